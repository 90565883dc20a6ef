using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Reads <c>Cognito:{Pool}</c> into <see cref="CognitoJwtBearerOptions"/> key by key (no reflection binder) and resolves the
/// issuers, key endpoint and clients from the result. A malformed value is kept as an error naming its key, reported when the
/// host starts.
/// </summary>
internal static partial class CognitoJwtBearerConfiguration
{
    internal static string PoolSection(string userPool) => "Cognito:" + userPool;

    internal static void Read(CognitoJwtBearerOptions options, IConfiguration configuration, string userPool)
    {
        var section = PoolSection(userPool);
        options.UserPoolId = Value(configuration, section, "UserPoolId");
        options.Region = Value(configuration, section, "Region");
        options.Issuer = Value(configuration, section, "Issuer") ?? options.Issuer;
        options.JwksUri = Url(configuration, section, "JwksUri", options.ConfigurationErrors) ?? options.JwksUri;
        options.ServiceUrl = Url(configuration, section, "ServiceUrl", options.ConfigurationErrors);
        if (Value(configuration, section, "ClockSkew") is { } skew)
        {
            if (TimeSpan.TryParse(skew, CultureInfo.InvariantCulture, out var parsed))
            {
                options.ClockSkew = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{section}:ClockSkew is not a duration (like 00:02:00).");
            }
        }

        if (Value(configuration, section, "AllowInsecureHttp") is { } insecure)
        {
            if (bool.TryParse(insecure, out var parsed))
            {
                options.AllowInsecureHttp = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{section}:AllowInsecureHttp must be true or false.");
            }
        }

        foreach (var client in configuration.GetSection(section + ":Clients").GetChildren())
        {
            if (client["ClientId"] is { Length: > 0 } clientId)
            {
                options.ConfiguredClientIds.Add(($"{section}:Clients:{client.Key}:ClientId", clientId.Trim()));
            }
        }
    }

    /// <summary>The app clients accepted: the app's explicit list, else every configured client.</summary>
    internal static IReadOnlyList<string> ClientIds(CognitoJwtBearerOptions options) =>
        options.ClientIds.Count > 0 ? [.. options.ClientIds] : [.. options.ConfiguredClientIds.Select(c => c.ClientId)];

    /// <summary>The region: configured, else the pool ID's prefix.</summary>
    internal static string? Region(CognitoJwtBearerOptions options) => Region(options.Region, options.UserPoolId);

    /// <summary>The region: configured, else the pool ID's prefix.</summary>
    internal static string? Region(string? region, string? userPoolId)
    {
        if (!string.IsNullOrWhiteSpace(region))
        {
            return region.Trim();
        }

        var separator = userPoolId?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        return separator > 0 ? userPoolId![..separator] : null;
    }

    /// <summary>The issuers a token may carry: the override alone, else both forms Cognito documents.</summary>
    internal static IReadOnlyList<string> Issuers(CognitoJwtBearerOptions options) => Issuers(options.Issuer, Region(options), options.UserPoolId);

    /// <summary>The issuers a token may carry: the override alone, else both forms Cognito documents (the regular one first).</summary>
    internal static IReadOnlyList<string> Issuers(string? issuerOverride, string? region, string? userPoolId)
    {
        if (!string.IsNullOrWhiteSpace(issuerOverride))
        {
            return [issuerOverride.Trim()];
        }

        var dnsSuffix = DnsSuffix(region);
        return
        [
            $"https://cognito-idp.{region}.{dnsSuffix}/{userPoolId}",
            $"https://issuer-cognito-idp.{region}.{dnsSuffix}/{userPoolId}",
        ];
    }

    /// <summary>Where the keys are fetched: the override, else under the service URL (emulators), else the regional AWS endpoint.</summary>
    internal static Uri JwksUri(CognitoJwtBearerOptions options) => JwksUri(options.JwksUri, options.ServiceUrl, Region(options), options.UserPoolId);

    /// <summary>Where the keys are fetched: the override, else under the service URL (emulators), else the regional AWS endpoint.</summary>
    internal static Uri JwksUri(Uri? jwksUri, Uri? serviceUrl, string? region, string? userPoolId)
    {
        if (jwksUri is not null)
        {
            return jwksUri;
        }

        if (serviceUrl is not null)
        {
            return new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/" + userPoolId + "/.well-known/jwks.json", UriKind.Absolute);
        }

        return new Uri($"https://cognito-idp.{region}.{DnsSuffix(region)}/{userPoolId}/.well-known/jwks.json", UriKind.Absolute);
    }

    private static string DnsSuffix(string? region) =>
        region is not null && region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";

    /// <summary>Plain http:// is allowed only on loopback (an emulator on this machine) or when the app opts in.</summary>
    internal static bool IsTransportAllowed(Uri url, bool allowInsecureHttp) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (allowInsecureHttp || IsLoopback(url)));

    /// <summary>
    /// Why the key set <paramref name="jwks"/> may not be fetched (plain http:// off loopback without the opt-in, or another
    /// scheme), naming the configuration key under <paramref name="section"/>; null when it may.
    /// </summary>
    /// <param name="jwks">The key set's URL.</param>
    /// <param name="jwksUriSet">Whether it came from the <c>JwksUri</c> setting (else from <c>ServiceUrl</c>).</param>
    /// <param name="allowInsecureHttp">The <c>AllowInsecureHttp</c> setting.</param>
    /// <param name="section">The configuration section the keys are named under.</param>
    /// <param name="checkedTokens">What the keys check, for the message ("tokens", "ID tokens").</param>
    internal static string? JwksTransportFailure(Uri jwks, bool jwksUriSet, bool allowInsecureHttp, string section, string checkedTokens)
    {
        if (IsTransportAllowed(jwks, allowInsecureHttp))
        {
            return null;
        }

        var key = jwksUriSet ? "JwksUri" : "ServiceUrl";
        return jwks.Scheme == Uri.UriSchemeHttp
            ? $"{section}:{key}: the key set {jwks.GetLeftPart(UriPartial.Authority)} is plain http:// and not loopback: whoever controls the network would choose the keys {checkedTokens} are checked with. Use https://, or, for an emulator reached by name, set {section}:AllowInsecureHttp = true (insecure; never in production)."
            : $"{section}:{key} must be https:// (or http:// on loopback), not {jwks.Scheme}://.";
    }

    /// <summary><c>localhost</c>, 127.0.0.0/8 or ::1. Other names are not resolved: what a name points to can change.</summary>
    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback
        && (string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address)));

    [GeneratedRegex(@"^[\w-]+_[0-9a-zA-Z]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex UserPoolIdPattern();

    [GeneratedRegex(@"^[\w+]{1,128}$", RegexOptions.CultureInvariant)]
    internal static partial Regex ClientIdPattern();

    internal static string? Value(IConfiguration configuration, string section, string setting) =>
        configuration[section + ":" + setting] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    internal static Uri? Url(IConfiguration configuration, string section, string setting, List<string> errors)
    {
        if (Value(configuration, section, setting) is not { } value)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        errors.Add($"{section}:{setting} is not an absolute http:// or https:// URL.");
        return null;
    }
}
