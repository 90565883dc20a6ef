using System.Text.Json;

namespace CognitoTyped.ServiceModel.Generation;

/// <summary>Where one service's wire layer goes and how it is named in C#.</summary>
/// <param name="FactsFile">The facts file under <c>eng/models</c>, e.g. <c>cognito-idp.facts.json</c>.</param>
/// <param name="Service">The endpoint prefix, e.g. <c>cognito-idp</c>.</param>
/// <param name="Namespace">The C# namespace of the service's shapes and client.</param>
/// <param name="Folder">The folder under the runtime's project directory.</param>
/// <param name="ClientName">The hand-written partial client class the operations join.</param>
/// <param name="ContextName">The name of the service's JSON contexts file and the suffix of its per-operation contexts (<c>InitiateAuthIdentityProviderJsonContext</c>).</param>
/// <param name="ReferenceUrl">AWS's API reference page of an operation, with <c>{0}</c> for its name.</param>
internal sealed record ServiceTarget(
    string FactsFile, string Service, string Namespace, string Folder, string ClientName, string ContextName, string ReferenceUrl)
{
    /// <summary>Amazon Cognito user pools.</summary>
    public static ServiceTarget IdentityProvider { get; } = new(
        "cognito-idp.facts.json",
        "cognito-idp",
        "CognitoTyped.IdentityProvider",
        "IdentityProvider",
        "CognitoIdentityProviderClient",
        "IdentityProviderJsonContext",
        "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_{0}.html");

    /// <summary>Amazon Cognito identity pools.</summary>
    public static ServiceTarget Identity { get; } = new(
        "cognito-identity.facts.json",
        "cognito-identity",
        "CognitoTyped.Identity",
        "Identity",
        "CognitoIdentityClient",
        "IdentityJsonContext",
        "https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_{0}.html");

    /// <summary>The generated interface the client implements, e.g. <c>ICognitoIdentityProviderClient</c>.</summary>
    public string InterfaceName => "I" + ClientName;

    /// <summary>Both services, in the order their files are written.</summary>
    public static IReadOnlyList<ServiceTarget> All { get; } = [IdentityProvider, Identity];
}

/// <summary>A member of a structure shape, in model order.</summary>
internal sealed record MemberFacts(string Name, string Target, bool Required, bool Deprecated);

/// <summary>A shape of the model: what the generator needs of it.</summary>
internal sealed record ShapeFacts(
    string Name,
    string Type,
    IReadOnlyList<MemberFacts> Members,
    IReadOnlyList<string> EnumValues,
    string? ListMember,
    string? MapValue,
    bool IsError,
    bool IsDocument,
    bool Sensitive)
{
    public bool IsEnum => Type == "string" && EnumValues.Count > 0;

    public bool IsStructure => Type == "structure" && !IsError && !IsDocument;
}

/// <summary>
/// An operation's paginator: the request member that takes the next page's token, the response member that gives it, the
/// page-size member (kept as the caller set it) and the response lists that hold the items (none or several: pages are yielded).
/// </summary>
internal sealed record PaginatorFacts(string InputToken, string OutputToken, string? LimitKey, IReadOnlyList<string> ResultKeys);

/// <summary>An operation: its shapes, its modelled errors, whether it is signed with SigV4, and its paginator if it has one.</summary>
internal sealed record OperationFacts(
    string Name, string Input, string? Output, IReadOnlyList<string> Errors, bool Signed, PaginatorFacts? Paginator = null)
{
    public string RequestType => Name + "Request";

    public string ResponseType => Name + "Response";
}

/// <summary>The facts of one service, read from its committed facts file.</summary>
internal sealed record ServiceFacts(
    ServiceTarget Target, IReadOnlyDictionary<string, ShapeFacts> Shapes, IReadOnlyList<OperationFacts> Operations)
{
    /// <summary>Reads a facts file (the format <see cref="FactsWriter"/> writes).</summary>
    public static ServiceFacts Read(ServiceTarget target, string factsJson)
    {
        using var document = JsonDocument.Parse(factsJson);
        var root = document.RootElement;
        var shapes = new Dictionary<string, ShapeFacts>(StringComparer.Ordinal);
        foreach (var shape in root.GetProperty("shapes").EnumerateObject())
        {
            shapes.Add(shape.Name, ReadShape(shape.Name, shape.Value));
        }

        var operations = root.GetProperty("operations").EnumerateObject()
            .Select(operation => ReadOperation(operation.Name, operation.Value))
            .OrderBy(operation => operation.Name, StringComparer.Ordinal)
            .ToList();
        return new ServiceFacts(target, shapes, operations);
    }

    private static ShapeFacts ReadShape(string name, JsonElement shape)
    {
        var required = shape.TryGetProperty("required", out var requiredNames)
            ? requiredNames.EnumerateArray().Select(item => item.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var members = shape.TryGetProperty("members", out var memberFacts)
            ? memberFacts.EnumerateObject()
                .Select(member => new MemberFacts(
                    member.Name,
                    member.Value.GetProperty("shape").GetString()!,
                    required.Contains(member.Name),
                    Flag(member.Value, "deprecated")))
                .ToList()
            : [];
        var enumValues = shape.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Select(value => value.GetString()!).ToList()
            : [];
        return new ShapeFacts(
            name,
            shape.GetProperty("type").GetString()!,
            members,
            enumValues,
            shape.TryGetProperty("member", out var listMember) ? listMember.GetProperty("shape").GetString() : null,
            shape.TryGetProperty("value", out var mapValue) ? mapValue.GetProperty("shape").GetString() : null,
            Flag(shape, "exception"),
            Flag(shape, "document"),
            Flag(shape, "sensitive"));
    }

    private static OperationFacts ReadOperation(string name, JsonElement operation)
    {
        // awsJson1.1 signs with SigV4 unless the operation opts out: `authtype: none` (botocore) or smithy's noAuth.
        var unsigned = (operation.TryGetProperty("authtype", out var authType) && authType.GetString() == "none")
            || (operation.TryGetProperty("auth", out var auth)
                && auth.EnumerateArray().Any(scheme => scheme.GetString() == "smithy.api#noAuth"));
        return new OperationFacts(
            name,
            operation.GetProperty("input").GetProperty("shape").GetString()!,
            operation.TryGetProperty("output", out var output) ? output.GetProperty("shape").GetString() : null,
            operation.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("shape").GetString()!).ToList(),
            !unsigned,
            operation.TryGetProperty("paginator", out var paginator) ? ReadPaginator(name, paginator) : null);
    }

    private static PaginatorFacts ReadPaginator(string operation, JsonElement paginator)
    {
        // botocore allows several tokens (an array) per paginator; neither Cognito model has one, so the generator stops on it.
        string Token(string key) => paginator.GetProperty(key) is { ValueKind: JsonValueKind.String } token
            ? token.GetString()!
            : throw new InvalidDataException($"{operation}: the paginator's {key} is not one member, which the generator does not page.");
        var resultKeys = !paginator.TryGetProperty("result_key", out var resultKey) ? []
            : resultKey.ValueKind == JsonValueKind.Array ? resultKey.EnumerateArray().Select(key => key.GetString()!).ToList()
            : [resultKey.GetString()!];
        return new PaginatorFacts(
            Token("input_token"),
            Token("output_token"),
            paginator.TryGetProperty("limit_key", out var limitKey) ? limitKey.GetString() : null,
            resultKeys);
    }

    private static bool Flag(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
