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
        RefuseInsecure(url, options.AllowInsecureHttp, signingName);
        if (!url.AbsolutePath.EndsWith('/'))
        {
            url = new Uri(url.AbsoluteUri + "/");
        }

        return new AwsServiceEndpoint(signingName, targetPrefix, url, region!);
    }

    /// <summary>
    /// Plain http:// carries passwords, codes and tokens in clear text: only loopback (an emulator on this machine) is
    /// allowed without <see cref="CognitoServiceClientOptions.AllowInsecureHttp"/>.
    /// </summary>
    internal static void RefuseInsecure(Uri url, bool allowInsecureHttp, string signingName)
    {
        if (url.Scheme == Uri.UriSchemeHttps || allowInsecureHttp || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)))
        {
            return;
        }

        throw new InvalidOperationException(url.Scheme == Uri.UriSchemeHttp
            ? $"The {signingName} ServiceUrl {url.GetLeftPart(UriPartial.Authority)} is plain http:// and not loopback: passwords, codes and tokens would cross the network in clear text. Use https://, or, for an emulator reached by name (a container), set AllowInsecureHttp = true (insecure; never in production)."
            : $"The {signingName} ServiceUrl must be https:// (or http:// on loopback), not {url.Scheme}://.");
    }

    /// <summary><c>localhost</c>, 127.0.0.0/8 or ::1. Names other than <c>localhost</c> are not resolved: what a name points to can change.</summary>
    internal static bool IsLoopback(Uri url)
        => url.IsLoopback
            && (string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(url.IdnHost, out var address) && System.Net.IPAddress.IsLoopback(address)));

    internal static Uri DefaultUrl(string signingName, string region)
    {
        var dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://{signingName}.{region}.{dnsSuffix}/");
    }
}
