using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tool;

/// <summary>
/// Where and as whom the tool calls Cognito: the region, an endpoint override (emulators), and AWS credentials from the
/// default chain as the AWS CLI finds them (environment, profile, SSO, container, instance), or a named profile.
/// </summary>
internal sealed class CognitoConnection
{
    private readonly AWSCredentials _credentials;

    private CognitoConnection(string? region, Uri? endpoint, Uri? identityEndpoint, bool allowInsecureHttp, AWSCredentials credentials)
    {
        Region = region;
        Endpoint = endpoint;
        IdentityEndpoint = identityEndpoint ?? endpoint;
        AllowInsecureHttp = allowInsecureHttp;
        _credentials = credentials;
    }

    /// <summary>The region given or found in the environment; null: taken from each pool ID.</summary>
    public string? Region { get; }

    public Uri? Endpoint { get; }

    /// <summary>The cognito-identity endpoint: --identity-endpoint, else --endpoint.</summary>
    public Uri? IdentityEndpoint { get; }

    public bool AllowInsecureHttp { get; }

    /// <summary>Resolves the credentials once, up front, so "no credentials" is one clear error before any call.</summary>
    public static CognitoConnection Create(ParsedArguments arguments, ToolContext context)
    {
        var region = arguments.Value("--region") ?? context.Environment("AWS_REGION") ?? context.Environment("AWS_DEFAULT_REGION");
        var allowInsecure = arguments.Flag("--allow-insecure-http");
        var endpoint = EndpointOption(arguments, "--endpoint", allowInsecure);
        var identityEndpoint = EndpointOption(arguments, "--identity-endpoint", allowInsecure);
        return new CognitoConnection(region, endpoint, identityEndpoint, allowInsecure, ResolveCredentials(arguments.Value("--profile"), context));
    }

    private static Uri? EndpointOption(ParsedArguments arguments, string option, bool allowInsecure)
    {
        if (arguments.Value(option) is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ToolException($"{option} '{text}' is not an http(s) URL");
        }

        if (endpoint.Scheme == "http" && !endpoint.IsLoopback && !allowInsecure)
        {
            throw new ToolException($"{option} {endpoint} is plain http and not loopback; pass --allow-insecure-http to send to it anyway (emulators only)");
        }

        return endpoint;
    }

    private static AWSCredentials ResolveCredentials(string? profile, ToolContext context)
    {
        if (context.Credentials is { } given)
        {
            return given;
        }

        try
        {
            if (profile is not null)
            {
                return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var fromProfile)
                    ? fromProfile
                    : throw new ToolException($"AWS profile '{profile}' was not found in the shared credentials or config file");
            }

            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException exception)
        {
            throw new ToolException("no AWS credentials found (environment, profile, SSO, container or instance): " + OneLine(exception.Message), exception);
        }
    }

    /// <summary>The region to sign for a pool: --region, the environment, the pool ID's prefix.</summary>
    public string RegionFor(string? userPoolId)
        => Region
            ?? (userPoolId is not null && userPoolId.IndexOf('_', StringComparison.Ordinal) is > 0 and var underscore ? userPoolId[..underscore] : null)
            ?? (Endpoint is not null ? "us-east-1" : throw new ToolException("no AWS region: pass --region (or set AWS_REGION)"));

    public CognitoIdentityProviderClient IdentityProvider(string region) => new(Options(region, Endpoint));

    public CognitoIdentityClient Identity(string region) => new(Options(region, IdentityEndpoint));

    private CognitoServiceClientOptions Options(string region, Uri? endpoint) => new()
    {
        Region = region,
        ServiceUrl = endpoint,
        Credentials = _credentials,
        AllowInsecureHttp = AllowInsecureHttp,
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
