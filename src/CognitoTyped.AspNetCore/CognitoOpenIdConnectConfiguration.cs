using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Reads <c>Cognito:{Pool}:Clients:{Client}</c>, then <c>Cognito:{Pool}</c>, into <see cref="CognitoOpenIdConnectOptions"/> key by
/// key (the client's own key wins, as the runtime's managed-login binding reads them), and derives Cognito's endpoints from the
/// domain. A malformed value is kept as an error naming its key, reported when the host starts.
/// </summary>
internal static class CognitoOpenIdConnectConfiguration
{
    internal static string ClientSection(string userPool, string client) => CognitoJwtBearerConfiguration.PoolSection(userPool) + ":Clients:" + client;

    internal static void Read(CognitoOpenIdConnectOptions options, IConfiguration configuration, string userPool, string client)
    {
        var settings = new Settings(configuration, ClientSection(userPool, client), CognitoJwtBearerConfiguration.PoolSection(userPool), options.ConfigurationErrors);
        options.Domain = settings.Url("Domain") ?? options.Domain;
        options.UserPoolId = settings.Value("UserPoolId");
        options.Region = settings.Value("Region");
        options.ServiceUrl = settings.Url("ServiceUrl");
        options.ClientId = settings.Value("ClientId");
        options.ClientSecret = settings.Value("ClientSecret");
        options.Issuer = settings.Value("Issuer") ?? options.Issuer;
        options.JwksUri = settings.Url("JwksUri") ?? options.JwksUri;
        options.LogoutUri = settings.Value("LogoutUri") ?? options.LogoutUri;
        if (settings.Value("ClockSkew") is { } skew)
        {
            if (TimeSpan.TryParse(skew, CultureInfo.InvariantCulture, out var parsed))
            {
                options.ClockSkew = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{settings.KeyOf("ClockSkew")} is not a duration (like 00:02:00).");
            }
        }

        if (settings.Value("AllowInsecureHttp") is { } insecure)
        {
            if (bool.TryParse(insecure, out var parsed))
            {
                options.AllowInsecureHttp = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{settings.KeyOf("AllowInsecureHttp")} must be true or false.");
            }
        }

        if (settings.Value("NonceValidation") is { } nonce)
        {
            if (Enum.TryParse<CognitoNonceValidation>(nonce, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !nonce.All(char.IsDigit))
            {
                options.NonceValidation = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add($"{settings.KeyOf("NonceValidation")} must be Required or AllowMissing.");
            }
        }

        options.ConfiguredScopes.AddRange(settings.List("Scopes"));
    }

    /// <summary>The scopes asked for: the app's, else the configured ones, else none; <c>openid</c> first and always.</summary>
    internal static IReadOnlyList<string> Scopes(CognitoOpenIdConnectOptions options)
    {
        var chosen = options.Scopes.Count > 0 ? options.Scopes : options.ConfiguredScopes;
        return ["openid", .. chosen.Select(scope => scope.Trim()).Where(scope => scope != "openid").Distinct(StringComparer.Ordinal)];
    }

    internal static IReadOnlyList<string> Issuers(CognitoOpenIdConnectOptions options) =>
        CognitoJwtBearerConfiguration.Issuers(options.Issuer, CognitoJwtBearerConfiguration.Region(options.Region, options.UserPoolId), options.UserPoolId);

    internal static Uri JwksUri(CognitoOpenIdConnectOptions options) =>
        CognitoJwtBearerConfiguration.JwksUri(options.JwksUri, options.ServiceUrl, CognitoJwtBearerConfiguration.Region(options.Region, options.UserPoolId), options.UserPoolId);

    /// <summary>An endpoint of the domain, e.g. <c>/oauth2/token</c>.</summary>
    internal static string Endpoint(Uri domain, string path) => domain.GetLeftPart(UriPartial.Path).TrimEnd('/') + path;

    /// <summary>Cognito's own sign-out URL (not OpenID Connect's end-session form): <c>{domain}/logout?client_id=…&amp;logout_uri=…</c>.</summary>
    internal static string LogoutUrl(Uri domain, string clientId, string logoutUri) =>
        Endpoint(domain, "/logout") + "?client_id=" + Uri.EscapeDataString(clientId) + "&logout_uri=" + Uri.EscapeDataString(logoutUri);

    /// <summary>The configured logout URI, made absolute against the request when it is a path.</summary>
    internal static string AbsoluteLogoutUri(string? logoutUri, string scheme, string host, string pathBase)
    {
        if (logoutUri is not null && Uri.TryCreate(logoutUri, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute.AbsoluteUri;
        }

        return scheme + "://" + host + pathBase + (logoutUri ?? "/");
    }

    /// <summary>Whether a logout URI is usable: absolute http(s), or a path starting with one '/'.</summary>
    internal static bool IsValidLogoutUri(string logoutUri) =>
        (Uri.TryCreate(logoutUri, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        || (logoutUri.StartsWith('/') && !logoutUri.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(logoutUri, UriKind.Relative));

    /// <summary>Settings looked up in the client's section first, then the pool's.</summary>
    private sealed class Settings(IConfiguration configuration, string clientSection, string poolSection, List<string> errors)
    {
        internal string KeyOf(string setting) => FoundIn(setting) + ":" + setting;

        internal string? Value(string setting) => CognitoJwtBearerConfiguration.Value(configuration, FoundIn(setting), setting);

        internal Uri? Url(string setting) => CognitoJwtBearerConfiguration.Url(configuration, FoundIn(setting), setting, errors);

        internal IEnumerable<string> List(string setting)
        {
            var section = configuration.GetSection(FoundIn(setting) + ":" + setting);
            var children = section.GetChildren().Select(child => child.Value).ToList();
            var values = children.Count > 0 ? children : [section.Value];
            return values.SelectMany(value => (value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        private string FoundIn(string setting)
        {
            var clientKey = configuration.GetSection(clientSection + ":" + setting);
            return clientKey.Value is { Length: > 0 } || clientKey.GetChildren().Any() ? clientSection : poolSection;
        }
    }
}
