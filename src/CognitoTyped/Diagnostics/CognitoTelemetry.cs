using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CognitoTyped.Diagnostics;

/// <summary>
/// The one <see cref="ActivitySource"/> and <see cref="Meter"/> of the library, both named <c>CognitoTyped</c>, and their
/// instruments. Names, units and tags are listed in docs/observability.md; none carries a username, a password, a code, a
/// session, a token or a secret.
/// </summary>
internal static class CognitoTelemetry
{
    internal const string Name = "CognitoTyped";

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "cognitotyped.operation.duration",
        unit: "s",
        description: "Duration of a Cognito operation, every attempt and backoff included.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "cognitotyped.operation.retries",
        unit: "{retry}",
        description: "Attempts of a Cognito operation sent again after a failure.");

    internal static readonly Counter<long> SignIns = Meter.CreateCounter<long>(
        "cognitotyped.sign_in.steps",
        unit: "{step}",
        description: "Sign-in steps that ended signed in or with a challenge, by challenge kind.");

    internal static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>(
        "cognitotyped.token.refreshes",
        unit: "{refresh}",
        description: "Token refreshes (REFRESH_TOKEN_AUTH), by outcome.");

    internal static readonly Counter<long> JwksFetches = Meter.CreateCounter<long>(
        "cognitotyped.jwks.fetches",
        unit: "{fetch}",
        description: "Fetches of a user pool's JSON Web Key Set, by outcome.");

    // Tag names: OpenTelemetry's RPC and error conventions where they exist, ours under cognitotyped.* otherwise.
    internal const string RpcSystem = "rpc.system";
    internal const string RpcService = "rpc.service";
    internal const string RpcMethod = "rpc.method";
    internal const string AwsRequestId = "aws.request_id";
    internal const string HttpStatusCode = "http.response.status_code";
    internal const string ErrorType = "error.type";
    internal const string Outcome = "cognitotyped.outcome";
    internal const string Attempts = "cognitotyped.attempts";
    internal const string ChallengeKind = "cognitotyped.challenge.kind";

    internal const string Success = "success";
    internal const string Failure = "failure";

    /// <summary>The <c>rpc.service</c> of a signing name: AWS's service ID without spaces.</summary>
    internal static string RpcServiceOf(string signingName) => signingName switch
    {
        Protocol.AwsServiceEndpoint.IdentityProviderSigningName => "CognitoIdentityProvider",
        Protocol.AwsServiceEndpoint.IdentitySigningName => "CognitoIdentity",
        _ => signingName,
    };

    /// <summary>A low-cardinality name of what went wrong: the AWS error code, else the exception's type.</summary>
    internal static string ErrorTypeOf(Exception exception) => exception switch
    {
        CognitoServiceException service => service.ErrorCode,
        CognitoAmbiguousOutcomeException { InnerException: { } inner } => ErrorTypeOf(inner),
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    private static string Version => typeof(CognitoTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
