namespace CognitoTyped.ServiceModel.Generation;

/// <summary>Writes a service's operations (on its hand-written partial client) and its source-generated JSON context.</summary>
internal static class ClientEmitter
{
    /// <summary>The file of a service's operations: one <c>XxxAsync(XxxRequest, CancellationToken)</c> each.</summary>
    public static string WriteOperations(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The operations of {target.Service}: one method each, signed with SigV4 unless the model says the operation is unauthenticated.", source)
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line()
            .Line($"public sealed partial class {target.ClientName}")
            .Open();
        var first = true;
        foreach (var operation in facts.Operations)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            var how = operation.Signed
                ? "Signed with the AWS credentials of the client's options."
                : "Unsigned: the model marks it unauthenticated (tokens, codes or the app client in the request authorize it).";
            code.Summary($"Calls the <c>{operation.Name}</c> operation. {how}");
            code.Line($"/// <remarks>AWS's API reference: <see href=\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, target.ReferenceUrl, operation.Name)}\"/>.</remarks>");
            code.Line("/// <param name=\"request\">The request.</param>");
            code.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            code.Line(operation.Output is null ? "/// <returns>Completes when the service has answered.</returns>" : "/// <returns>The service's response.</returns>");
            foreach (var error in operation.Errors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                code.Line($"/// <exception cref=\"global::CognitoTyped.{error}\">The service answered <c>{error}</c>.</exception>");
            }

            code.Line("/// <exception cref=\"global::CognitoTyped.CognitoServiceException\">The service answered with another error.</exception>");
            var context = $"{target.ContextName}.Default";
            var signed = operation.Signed ? "true" : "false";
            if (operation.Output is null)
            {
                code.Line($"public Task {operation.Name}Async({operation.RequestType} request, CancellationToken cancellationToken = default)");
                code.Line($"    => _transport.SendAsync(\"{operation.Name}\", request, {context}.{operation.RequestType}, {signed}, cancellationToken);");
            }
            else
            {
                code.Line($"public Task<{operation.ResponseType}> {operation.Name}Async({operation.RequestType} request, CancellationToken cancellationToken = default)");
                code.Line($"    => _transport.SendAsync(\"{operation.Name}\", request, {context}.{operation.RequestType}, {context}.{operation.ResponseType}, {signed}, cancellationToken);");
            }
        }

        return code.Close().ToString();
    }

    /// <summary>The file of a service's JSON context: every request and response, so nested shapes come with them.</summary>
    public static string WriteJsonContext(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The source-generated JSON metadata of {target.Service}'s requests and responses (no reflection; unset members are not sent).", source)
            .Line("using System.Text.Json.Serialization;")
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line()
            .Summary($"Source-generated JSON metadata of the {target.Service} wire types.")
            .Line("[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]");
        var types = facts.Operations
            .SelectMany(operation => operation.Output is null ? [operation.RequestType] : new[] { operation.RequestType, operation.ResponseType })
            .Order(StringComparer.Ordinal);
        foreach (var type in types)
        {
            code.Line($"[JsonSerializable(typeof({type}))]");
        }

        return code.Line($"internal sealed partial class {target.ContextName} : JsonSerializerContext").Open().Close().ToString();
    }
}
