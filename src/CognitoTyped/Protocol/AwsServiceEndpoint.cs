namespace CognitoTyped.Protocol;

/// <summary>One AWS JSON 1.1 service: its signing name, its <c>X-Amz-Target</c> prefix and the URL to call.</summary>
internal sealed record AwsServiceEndpoint(string SigningName, string TargetPrefix, Uri Url, string Region)
{
    internal const string IdentityProviderSigningName = "cognito-idp";
    internal const string IdentityProviderTargetPrefix = "AWSCognitoIdentityProviderService";
    internal const string IdentitySigningName = "cognito-identity";
    internal const string IdentityTargetPrefix = "AWSCognitoIdentityService";

    internal static AwsServiceEndpoint For(string signingName, string targetPrefix, CognitoServiceClientOptions options)
    {
        var region = options.Region;
        if (string.IsNullOrWhiteSpace(region))
        {
            if (options.ServiceUrl is null)
            {
                throw new InvalidOperationException($"Set a Region (or a ServiceUrl) to call {signingName}.");
            }

            // An emulator still gets a signature; any region name will do for it.
            region = "us-east-1";
        }

        var url = options.ServiceUrl ?? DefaultUrl(signingName, region!);
        if (!url.AbsolutePath.EndsWith('/'))
        {
            url = new Uri(url.AbsoluteUri + "/");
        }

        return new AwsServiceEndpoint(signingName, targetPrefix, url, region!);
    }

    internal static Uri DefaultUrl(string signingName, string region)
    {
        var dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://{signingName}.{region}.{dnsSuffix}/");
    }
}
