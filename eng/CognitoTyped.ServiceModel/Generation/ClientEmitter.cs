namespace CognitoTyped.ServiceModel.Generation;

/// <summary>Writes a service's operations (on its hand-written partial client) and its source-generated JSON context.</summary>
internal static class ClientEmitter
{
    /// <summary>The interface of a service's client: every operation and every paginated form, documented here.</summary>
    public static string WriteInterface(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The interface of {target.Service}'s client: every operation, and an IAsyncEnumerable form of every paginated one.", source)
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line()
            .Summary($"The operations of <see cref=\"{target.ClientName}\"/>, so code that calls {target.Service} can be tested against a fake.")
            .Line($"public partial interface {target.InterfaceName} : IDisposable")
            .Open();
        var first = true;
        foreach (var operation in facts.Operations)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            WriteOperationDocs(code, facts, operation);
            code.Line($"{ReturnType(operation)} {operation.Name}Async({operation.RequestType} request, CancellationToken cancellationToken = default);");
        }

        foreach (var (operation, paginator) in Paginated(facts))
        {
            code.Line();
            var item = PageItem(facts, operation, paginator);
            var yields = item.Member is null
                ? "yields each response"
                : $"yields each item of <c>{item.Member}</c>";
            code.Summary(
                $"Calls <see cref=\"{operation.Name}Async\"/> page after page and {yields}, passing each page's <c>{paginator.OutputToken}</c> "
                + $"as the next request's <c>{paginator.InputToken}</c> until the service sends none; a page is fetched when the enumeration reaches it.");
            var limit = paginator.LimitKey is null ? string.Empty : $" Its <c>{paginator.LimitKey}</c> is the page size, sent with every page.";
            code.Line($"/// <remarks>The request is copied before the first page, so the caller's request is not changed.{limit}</remarks>");
            code.Line("/// <param name=\"request\">The request of the first page.</param>");
            code.Line("/// <param name=\"cancellationToken\">Cancels the enumeration, between pages and during a call.</param>");
            code.Line(item.Member is null ? "/// <returns>The responses, page by page.</returns>" : "/// <returns>The items of every page, in order.</returns>");
            code.Line($"/// <exception cref=\"global::CognitoTyped.CognitoServiceException\">The service answered a page with an error (as <see cref=\"{operation.Name}Async\"/>).</exception>");
            code.Line($"IAsyncEnumerable<{item.Type}> {operation.Name}PaginateAsync({operation.RequestType} request, CancellationToken cancellationToken = default);");
        }

        return code.Close().ToString();
    }

    /// <summary>The file of a service's operations: one <c>XxxAsync(XxxRequest, CancellationToken)</c> each.</summary>
    public static string WriteOperations(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The operations of {target.Service}: one method each, signed with SigV4 unless the model says the operation is unauthenticated.", source)
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line()
            .Line($"public sealed partial class {target.ClientName} : {target.InterfaceName}")
            .Open();
        var first = true;
        foreach (var operation in facts.Operations)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            var context = $"{ContextOf(target, operation)}.Default";
            // Only a signed operation names the signer, so an app that calls none does not keep SigV4 and AWS's credential chain.
            var signed = operation.Signed ? "global::CognitoTyped.Protocol.SigV4Signing.Instance" : "null";
            var send = operation.Output is null
                ? $"_transport.SendAsync(\"{operation.Name}\", request, {context}.{operation.RequestType}, {signed}, cancellationToken);"
                : $"_transport.SendAsync(\"{operation.Name}\", request, {context}.{operation.RequestType}, {context}.{operation.ResponseType}, {signed}, cancellationToken);";
            code.Line("/// <inheritdoc/>");
            code.Line($"public {ReturnType(operation)} {operation.Name}Async({operation.RequestType} request, CancellationToken cancellationToken = default)");
            if (!RequiredChecks.Needed(facts, operation.Input))
            {
                code.Line("    => " + send);
                continue;
            }

            // Thrown before the task exists, as argument checks are: nothing is sent for a request the model says is incomplete.
            code.Open();
            code.Line("ArgumentNullException.ThrowIfNull(request);");
            code.Line($"request.{RequiredChecks.MethodName}(\"{operation.RequestType}\", nameof(request));");

            code.Line("return " + send);
            code.Close();
        }

        return code.Close().ToString();
    }

    /// <summary>
    /// The file of a service's paginated forms: each copies the request, then calls the operation page after page, moving
    /// the output token into the copy's input token, until the service sends no token.
    /// </summary>
    public static string WritePaginators(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The paginated forms of {target.Service}'s operations that have a paginator: IAsyncEnumerable of the items (or pages).", source)
            .Line("using System.Runtime.CompilerServices;")
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line()
            .Line($"public sealed partial class {target.ClientName}")
            .Open();
        var first = true;
        foreach (var (operation, paginator) in Paginated(facts))
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            var item = PageItem(facts, operation, paginator);
            var inputToken = TokenMember(facts, operation.Input, paginator.InputToken, operation.Name);
            var outputToken = TokenMember(facts, operation.Output!, paginator.OutputToken, operation.Name);
            code.Line("/// <inheritdoc/>");
            code.Line($"public async IAsyncEnumerable<{item.Type}> {operation.Name}PaginateAsync({operation.RequestType} request, [EnumeratorCancellation] CancellationToken cancellationToken = default)");
            code.Open();
            code.Line("ArgumentNullException.ThrowIfNull(request);");
            code.Line($"var page = CopyForPaging(request);");
            code.Line("do").Open();
            code.Line("cancellationToken.ThrowIfCancellationRequested();");
            code.Line($"var response = await {operation.Name}Async(page, cancellationToken).ConfigureAwait(false);");
            if (item.Member is null)
            {
                code.Line("yield return response;");
            }
            else
            {
                code.Line($"foreach (var item in response.{CSharpNames.Property(item.Member)} ?? [])").Open();
                code.Line("yield return item;");
                code.Close();
            }

            code.Line();
            // A service that answers with the token it was sent would page forever: stop with a protocol error instead.
            code.Line($"if (!string.IsNullOrEmpty(response.{outputToken}) && response.{outputToken} == page.{inputToken})").Open();
            code.Line($"throw new global::CognitoTyped.CognitoProtocolException(\"{facts.Target.Service} answered {operation.Name} with the page token it was sent; paging stopped instead of looping.\");");
            code.Close();
            code.Line();
            code.Line($"page.{inputToken} = response.{outputToken};");
            code.Close($" while (!string.IsNullOrEmpty(page.{inputToken}));");
            code.Close();
        }

        // One shallow copy per paginated request type: the paging loop writes tokens into the copy, never the caller's request.
        foreach (var (operation, type) in Paginated(facts).Select(pair => (pair.Operation, facts.Shapes[pair.Operation.Input])).DistinctBy(pair => pair.Operation.RequestType))
        {
            code.Line();
            code.Line($"private static {operation.RequestType} CopyForPaging({operation.RequestType} request) => new()").Open();
            foreach (var member in type.Members)
            {
                var name = CSharpNames.Property(member.Name);
                code.Line($"{name} = request.{name},");
            }

            code.Close(";");
        }

        return code.Close().ToString();
    }

    private static string ReturnType(OperationFacts operation)
        => operation.Output is null ? "Task" : $"Task<{operation.ResponseType}>";

    private static IEnumerable<(OperationFacts Operation, PaginatorFacts Paginator)> Paginated(ServiceFacts facts)
        => facts.Operations.Where(operation => operation.Paginator is not null).Select(operation => (operation, operation.Paginator!));

    /// <summary>What a paginated form yields: the item type of its one result list, or the response when it has none or several.</summary>
    private static (string Type, string? Member) PageItem(ServiceFacts facts, OperationFacts operation, PaginatorFacts paginator)
    {
        if (operation.Output is null)
        {
            throw new InvalidDataException($"{facts.Target.Service}: {operation.Name} has a paginator but no output.");
        }

        if (paginator.ResultKeys is not [var resultKey])
        {
            return (operation.ResponseType, null);
        }

        var member = facts.Shapes[operation.Output].Members.SingleOrDefault(member => member.Name == resultKey)
            ?? throw new InvalidDataException($"{facts.Target.Service}: {operation.Name}'s paginator names result_key {resultKey}, which its output lacks.");
        var list = facts.Shapes[member.Target];
        return list.Type == "list"
            ? (CSharpNames.ElementType(facts, list.ListMember!), resultKey)
            : throw new InvalidDataException($"{facts.Target.Service}: {operation.Name}'s result_key {resultKey} is not a list.");
    }

    private static string TokenMember(ServiceFacts facts, string shape, string token, string operation)
        => facts.Shapes[shape].Members.SingleOrDefault(member => member.Name == token) is { } member && facts.Shapes[member.Target].Type == "string"
            ? CSharpNames.Property(member.Name)
            : throw new InvalidDataException($"{facts.Target.Service}: {operation}'s paginator token {token} is not a string member of {shape}.");

    /// <summary>An operation's documentation: what it does, its reference page, and the errors the model lists for it.</summary>
    private static void WriteOperationDocs(CodeWriter code, ServiceFacts facts, OperationFacts operation)
    {
        var target = facts.Target;
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
        if (RequiredMembers(facts, operation) is { Count: > 0 } required)
        {
            var names = string.Join(", ", required.Select(member => $"<c>{member}</c>"));
            var nested = RequiredChecks.Needed(facts, operation.Input) && required.Count < facts.Shapes[operation.Input].Members.Count(member => RequiredChecks.Needed(facts, member.Target) || member.Required)
                ? ", or one of a nested structure" : string.Empty;
            code.Line($"/// <exception cref=\"ArgumentException\">A member the model requires is not set ({names}{nested}); nothing is sent.</exception>");
        }
        else if (RequiredChecks.Needed(facts, operation.Input))
        {
            code.Line("/// <exception cref=\"ArgumentException\">A member the model requires of a nested structure is not set; nothing is sent.</exception>");
        }
    }

    /// <summary>The C# names of the request members the model marks required, in model order.</summary>
    private static List<string> RequiredMembers(ServiceFacts facts, OperationFacts operation)
        => facts.Shapes[operation.Input].Members.Where(member => member.Required).Select(member => CSharpNames.Property(member.Name)).ToList();

    /// <summary>
    /// The source-generated JSON context of one operation, e.g. <c>InitiateAuthIdentityProviderJsonContext</c>. The service's
    /// context name is part of it because System.Text.Json's generator names its files after the context alone (without the
    /// namespace), and both services have <c>ListTagsForResource</c>, <c>TagResource</c> and <c>UntagResource</c>.
    /// </summary>
    internal static string ContextOf(ServiceTarget target, OperationFacts operation) => operation.Name + target.ContextName;

    /// <summary>
    /// The file of a service's JSON contexts: one per operation, holding its request and response (nested shapes come with
    /// them). A source-generated context's <c>GetTypeInfo(Type)</c> names every type
    /// it holds, and Native AOT keeps all of them as soon as the context is used; one context for the whole service made an
    /// app that only signs in carry the metadata of every shape. With one per operation it carries only the operations it calls.
    /// </summary>
    public static string WriteJsonContext(ServiceFacts facts, string source)
    {
        var target = facts.Target;
        var code = new CodeWriter($"The source-generated JSON metadata of {target.Service}'s requests and responses, one context per operation (no reflection; unset members are not sent).", source)
            .Line("using System.Text.Json.Serialization;")
            .Line()
            .Line($"namespace {target.Namespace};")
            .Line();
        var first = true;
        foreach (var operation in facts.Operations.OrderBy(operation => operation.Name, StringComparer.Ordinal))
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            code.Summary($"Source-generated JSON metadata of {target.Service}'s <c>{operation.Name}</c> request and response (one context per operation, so an app keeps only the metadata of the operations it calls).");
            code.Line("[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]");
            code.Line($"[JsonSerializable(typeof({operation.RequestType}))]");
            if (operation.Output is not null)
            {
                code.Line($"[JsonSerializable(typeof({operation.ResponseType}))]");
            }

            code.Line($"internal sealed partial class {ContextOf(target, operation)} : JsonSerializerContext").Open().Close();
        }

        return code.ToString();
    }
}
