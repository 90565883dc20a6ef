using Amazon.Runtime;

namespace CognitoTyped;

/// <summary>Settings of the low-level service clients (<see cref="IdentityProvider.CognitoIdentityProviderClient"/>, <see cref="Identity.CognitoIdentityClient"/>).</summary>
public sealed class CognitoServiceClientOptions
{
    /// <summary>The AWS region, e.g. <c>eu-west-1</c>. Required unless <see cref="ServiceUrl"/> is set (then it is still used to sign).</summary>
    public string? Region { get; set; }

    /// <summary>Overrides the endpoint, e.g. <c>http://127.0.0.1:9229</c> for cognito-local.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// The AWS credentials that sign the admin operations. Null: AWSSDK.Core's default chain
    /// (environment, profile, container, instance) is asked the first time a signed call is made.
    /// User operations (sign-up, sign-in, …) are never signed.
    /// </summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>How long one attempt may take before it is abandoned (and retried when that is safe). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() => $"CognitoServiceClientOptions {{ Region = {Region}, ServiceUrl = {ServiceUrl} }}";
}
