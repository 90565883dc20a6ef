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
            .SelectMany(facts => facts.Shapes.Values.Where(shape => shape.IsError).Select(shape => (shape.Name, facts.Target.Service, Members: ErrorMembers(facts, shape))))
            .GroupBy(error => error.Name, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (
                Name: group.Key,
                Services: string.Join(" and ", group.Select(error => $"<c>{error.Service}</c>")),
                Members: group.SelectMany(error => error.Members).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

        var code = new CodeWriter("Every error the cognito-idp and cognito-identity models name, as a typed exception, and the code that picks one.", source)
            .Line("using System.Net;")
            .Line()
            .Line("namespace CognitoTyped;");
        foreach (var (name, owners, members) in errors)
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
            foreach (var member in members)
            {
                code.Line();
                code.Summary($"The error's <c>{member}</c> member, when the service sent it.");
                code.Line($"public string? {CSharpNames.Property(member)} {{ get; init; }}");
            }

            code.Close();
        }

        code.Line();
        code.Line("internal static partial class CognitoErrors").Open();
        code.Line("private static CognitoServiceException? CreateKnown(string code, string message, HttpStatusCode statusCode, string? requestId, IReadOnlyDictionary<string, string> members) => code switch").Open();
        foreach (var (name, _, members) in errors)
        {
            var initializer = members.Count == 0 ? string.Empty
                : " { " + string.Join(", ", members.Select(member => $"{CSharpNames.Property(member)} = members.GetValueOrDefault(\"{member}\")")) + " }";
            code.Line($"\"{name}\" => new {name}(message, statusCode, requestId){initializer},");
        }

        code.Line("_ => null,");
        code.Close(";");
        code.Line();
        code.Line("internal static IReadOnlyCollection<string> KnownCodes { get; } = new[]").Open();
        foreach (var (name, _, _) in errors)
        {
            code.Line($"\"{name}\",");
        }

        code.Close(";");
        return code.Close().ToString();
    }

    // An error's members besides its message (which every exception has): strings the service may send with the error.
    private static IEnumerable<string> ErrorMembers(ServiceFacts facts, ShapeFacts error)
    {
        foreach (var member in error.Members.Where(member => !string.Equals(member.Name, "message", StringComparison.OrdinalIgnoreCase)))
        {
            if (facts.Shapes[member.Target].Type != "string")
            {
                throw new InvalidDataException($"{facts.Target.Service}: error {error.Name} has member {member.Name} of type {facts.Shapes[member.Target].Type}; the generator writes string error members only.");
            }

            yield return member.Name;
        }
    }
}
