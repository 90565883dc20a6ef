namespace CognitoTyped.ServiceModel.Generation;

/// <summary>
/// Writes every modelled error of both services as an exception in namespace <c>CognitoTyped</c>, and the code → exception
/// mapping the transport uses. Both services model some errors under the same name (<c>NotAuthorizedException</c>,
/// <c>TooManyRequestsException</c>, …): those are one type, since callers catch an error by what it means, not by service.
/// </summary>
internal static class ErrorEmitter
{
    public static string WriteExceptions(IReadOnlyList<ServiceFacts> services, string source)
    {
        var errors = services
            .SelectMany(facts => facts.Shapes.Values.Where(shape => shape.IsError).Select(shape => (shape.Name, facts.Target.Service)))
            .GroupBy(error => error.Name, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (Name: group.Key, Services: string.Join(" and ", group.Select(error => $"<c>{error.Service}</c>"))))
            .ToList();

        var code = new CodeWriter("Every error the cognito-idp and cognito-identity models name, as a typed exception, and the code that picks one.", source)
            .Line("using System.Net;")
            .Line()
            .Line("namespace CognitoTyped;");
        foreach (var (name, owners) in errors)
        {
            code.Line();
            code.Summary($"The service answered with the <c>{name}</c> error (modelled by {owners}).");
            code.Line($"public sealed class {name} : CognitoServiceException").Open();
            code.Summary("Creates the exception, as the client does when the service answers with this error (or a test that fakes one).");
            code.Line("/// <param name=\"message\">The service's message.</param>");
            code.Line("/// <param name=\"statusCode\">The HTTP status of the response.</param>");
            code.Line("/// <param name=\"requestId\">The <c>x-amzn-RequestId</c> of the response, when present.</param>");
            code.Line($"public {name}(string message, HttpStatusCode statusCode, string? requestId)");
            code.Line($"    : base(\"{name}\", message, statusCode, requestId)");
            code.Open().Close();
            code.Close();
        }

        code.Line();
        code.Line("internal static partial class CognitoErrors").Open();
        code.Line("private static CognitoServiceException? CreateKnown(string code, string message, HttpStatusCode statusCode, string? requestId) => code switch").Open();
        foreach (var (name, _) in errors)
        {
            code.Line($"\"{name}\" => new {name}(message, statusCode, requestId),");
        }

        code.Line("_ => null,");
        code.Close(";");
        code.Line();
        code.Line("internal static IReadOnlyCollection<string> KnownCodes { get; } = new[]").Open();
        foreach (var (name, _) in errors)
        {
            code.Line($"\"{name}\",");
        }

        code.Close(";");
        return code.Close().ToString();
    }
}
