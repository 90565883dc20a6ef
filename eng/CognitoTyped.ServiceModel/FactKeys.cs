namespace CognitoTyped.ServiceModel;

/// <summary>
/// The allow-list: every key of a botocore service-2.json and paginators-1.json this tool knows, classified as a fact (kept)
/// or as prose (dropped). A key that is in neither list fails the extraction with its path, to be classified here.
/// </summary>
internal static class FactKeys
{
    private static readonly ScalarRule Scalar = new();
    private static readonly ScalarListRule Scalars = new();

    /// <summary><c>{"shape": "Name"}</c>: an operation's input, output or error, or a list's or map's element.</summary>
    private static readonly ObjectRule ShapeRef = new("a shape reference", block: false, [("shape", Scalar)], ["documentation"]);

    private static readonly ObjectRule Http = new(
        "an operation's http binding", block: false,
        [("method", Scalar), ("requestUri", Scalar), ("responseCode", Scalar)],
        []);

    private static readonly ObjectRule Operation = new(
        "an operation", block: true,
        [
            ("name", Scalar),
            ("http", Http),
            ("input", ShapeRef),
            ("output", ShapeRef),
            ("errors", new ListRule(ShapeRef, block: true)),
            // "authtype": "none" (botocore) and "auth": ["smithy.api#noAuth"] (Smithy) both say the operation is unsigned.
            ("authtype", Scalar),
            ("auth", Scalars),
            ("deprecated", Scalar),
        ],
        ["documentation", "documentationUrl", "examples", "deprecatedMessage"]);

    /// <summary>A structure's member: its target shape and the traits that change how it is sent.</summary>
    private static readonly ObjectRule Member = new(
        "a structure member", block: false,
        [
            ("shape", Scalar),
            // A boolean or number that is absent unless set, rather than defaulted.
            ("box", Scalar),
            ("deprecated", Scalar),
            ("idempotencyToken", Scalar),
            ("jsonvalue", Scalar),
            ("timestampFormat", Scalar),
        ],
        // deprecatedMessage is prose ("This property is no longer available."); the fact is "deprecated".
        ["documentation", "deprecatedMessage"]);

    private static readonly ObjectRule ErrorTrait = new(
        "a shape's error trait", block: false,
        [("code", Scalar), ("httpStatusCode", Scalar), ("senderFault", Scalar)],
        []);

    private static readonly ObjectRule Shape = new(
        "a shape", block: true,
        [
            ("type", Scalar),
            ("exception", Scalar),
            ("fault", Scalar),
            ("error", ErrorTrait),
            ("sensitive", Scalar),
            // A structure with "document": true is an untyped JSON document.
            ("document", Scalar),
            ("deprecated", Scalar),
            ("min", Scalar),
            ("max", Scalar),
            ("pattern", Scalar),
            ("enum", Scalars),
            ("timestampFormat", Scalar),
            ("member", ShapeRef),
            ("key", ShapeRef),
            ("value", ShapeRef),
            ("required", Scalars),
            ("members", new MapRule(Member, sortByName: false, block: true)),
        ],
        ["documentation", "deprecatedMessage"]);

    private static readonly ObjectRule Metadata = new(
        "the model's metadata", block: true,
        [
            ("apiVersion", Scalar),
            ("endpointPrefix", Scalar),
            ("jsonVersion", Scalar),
            ("protocol", Scalar),
            ("protocols", Scalars),
            ("serviceAbbreviation", Scalar),
            ("serviceFullName", Scalar),
            ("serviceId", Scalar),
            ("signatureVersion", Scalar),
            ("signingName", Scalar),
            ("targetPrefix", Scalar),
            ("uid", Scalar),
            ("auth", Scalars),
        ],
        []);

    /// <summary>The root of a service-2.json.</summary>
    public static readonly ObjectRule Model = new(
        "a service model", block: true,
        [
            ("version", Scalar),
            ("metadata", Metadata),
            ("operations", new MapRule(Operation, sortByName: true, block: true)),
            ("shapes", new MapRule(Shape, sortByName: true, block: true)),
        ],
        ["documentation"]);

    /// <summary>One operation's paginator, merged into the operation as <c>"paginator"</c>.</summary>
    public static readonly ObjectRule Paginator = new(
        "a paginator", block: false,
        [
            ("input_token", new ScalarOrListRule()),
            ("output_token", new ScalarOrListRule()),
            ("limit_key", Scalar),
            ("result_key", new ScalarOrListRule()),
        ],
        []);

    /// <summary>The root of a paginators-1.json.</summary>
    public static readonly ObjectRule Paginators = new(
        "a paginators file", block: false,
        [("pagination", new MapRule(Paginator, sortByName: true, block: false))],
        []);
}
