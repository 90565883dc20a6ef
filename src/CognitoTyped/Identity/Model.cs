// Wire types of Amazon Cognito identity pools (cognito-identity), written from AWS's service model (member names and types as AWS names them).
using System.Text.Json.Serialization;

namespace CognitoTyped.Identity;

/// <summary>AWS's <c>Credentials</c> shape.</summary>
public sealed class Credentials
{
    /// <summary>The <c>AccessKeyId</c> member.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The <c>SecretKey</c> member. Sensitive: never logged.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The <c>SessionToken</c> member.</summary>
    public string? SessionToken { get; set; }

    /// <summary>The <c>Expiration</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? Expiration { get; set; }
}

/// <summary>The request of the <c>GetCredentialsForIdentity</c> operation.</summary>
public sealed class GetCredentialsForIdentityRequest
{
    /// <summary>The <c>IdentityId</c> member. Required.</summary>
    public string? IdentityId { get; set; }

    /// <summary>The <c>Logins</c> member.</summary>
    public Dictionary<string, string>? Logins { get; set; }

    /// <summary>The <c>CustomRoleArn</c> member.</summary>
    public string? CustomRoleArn { get; set; }
}

/// <summary>The response of the <c>GetCredentialsForIdentity</c> operation.</summary>
public sealed class GetCredentialsForIdentityResponse
{
    /// <summary>The <c>IdentityId</c> member.</summary>
    public string? IdentityId { get; set; }

    /// <summary>The <c>Credentials</c> member.</summary>
    public Credentials? Credentials { get; set; }
}

/// <summary>The request of the <c>GetId</c> operation.</summary>
public sealed class GetIdRequest
{
    /// <summary>The <c>AccountId</c> member.</summary>
    public string? AccountId { get; set; }

    /// <summary>The <c>IdentityPoolId</c> member. Required.</summary>
    public string? IdentityPoolId { get; set; }

    /// <summary>The <c>Logins</c> member.</summary>
    public Dictionary<string, string>? Logins { get; set; }
}

/// <summary>The response of the <c>GetId</c> operation.</summary>
public sealed class GetIdResponse
{
    /// <summary>The <c>IdentityId</c> member.</summary>
    public string? IdentityId { get; set; }
}

/// <summary>The request of the <c>GetOpenIdToken</c> operation.</summary>
public sealed class GetOpenIdTokenRequest
{
    /// <summary>The <c>IdentityId</c> member. Required.</summary>
    public string? IdentityId { get; set; }

    /// <summary>The <c>Logins</c> member.</summary>
    public Dictionary<string, string>? Logins { get; set; }
}

/// <summary>The response of the <c>GetOpenIdToken</c> operation.</summary>
public sealed class GetOpenIdTokenResponse
{
    /// <summary>The <c>IdentityId</c> member.</summary>
    public string? IdentityId { get; set; }

    /// <summary>The <c>Token</c> member. Sensitive: never logged.</summary>
    public string? Token { get; set; }
}

/// <summary>Source-generated JSON metadata for the wire types (no reflection).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetCredentialsForIdentityRequest))]
[JsonSerializable(typeof(GetCredentialsForIdentityResponse))]
[JsonSerializable(typeof(GetIdRequest))]
[JsonSerializable(typeof(GetIdResponse))]
[JsonSerializable(typeof(GetOpenIdTokenRequest))]
[JsonSerializable(typeof(GetOpenIdTokenResponse))]
internal sealed partial class IdentityJsonContext : JsonSerializerContext
{
}
