using CognitoTyped.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds OpenID Connect sign-in through an Amazon Cognito user pool's managed login, for web apps.</summary>
public static class CognitoOpenIdConnectExtensions
{
    /// <summary>
    /// Adds an OpenID Connect scheme named after the user pool that signs users in with Cognito's managed login: authorization
    /// code flow with PKCE (S256) against the pool's domain (<c>/oauth2/authorize</c>, <c>/oauth2/token</c>; no discovery
    /// round trip), the ID token checked fully (issuer, RS256 signature from the pool's JWKS with key rotation, expiry,
    /// <c>token_use</c>, audience = this app client, nonce), tokens saved in the sign-in's properties, claims under their JWT
    /// names (<c>cognito:username</c> is the name claim, <c>cognito:groups</c> the role claim) and sign-out through Cognito's
    /// <c>/logout?client_id=…&amp;logout_uri=…</c>.
    /// </summary>
    /// <param name="builder">The authentication builder; the app adds the cookie scheme that keeps the sign-in.</param>
    /// <param name="userPool">The pool's name: its configuration section <c>Cognito:{userPool}</c> and the scheme's name (which the generated <c>{Pool}Policies</c> use).</param>
    /// <param name="client">The app client's name: its configuration section <c>Cognito:{userPool}:Clients:{client}</c>.</param>
    /// <param name="configure">Changes to what the configuration says, e.g. scopes or the logout URI.</param>
    /// <returns>The builder, to add more schemes.</returns>
    /// <remarks>
    /// Reads <c>Domain</c>, <c>UserPoolId</c>, <c>Region</c>, <c>ClientId</c>, <c>ClientSecret</c>, <c>Scopes</c>, <c>LogoutUri</c>,
    /// <c>Issuer</c>, <c>JwksUri</c>, <c>ServiceUrl</c>, <c>NonceValidation</c>, <c>ClockSkew</c> and <c>AllowInsecureHttp</c>,
    /// each from the client's section first, then the pool's; a missing or malformed value fails the host's start with an
    /// <see cref="OptionsValidationException"/> naming the key (never quoting the client ID or secret). The user-info endpoint is
    /// not called (the ID token carries the user's attributes); set <see cref="OpenIdConnectOptions.GetClaimsFromUserInfoEndpoint"/>
    /// through <c>services.Configure&lt;OpenIdConnectOptions&gt;(userPool, …)</c> to change that or anything else OpenID Connect offers.
    /// </remarks>
    public static AuthenticationBuilder AddCognitoOpenIdConnect(this AuthenticationBuilder builder, string userPool, string client, Action<CognitoOpenIdConnectOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(userPool);
        ArgumentException.ThrowIfNullOrWhiteSpace(client);

        var authenticationScheme = userPool;
        var services = builder.Services;
        var cognitoOptions = services.AddOptions<CognitoOpenIdConnectOptions>(authenticationScheme)
            .Configure<IConfiguration>((options, configuration) => CognitoOpenIdConnectConfiguration.Read(options, configuration, userPool, client));
        if (configure is not null)
        {
            cognitoOptions.Configure(configure);
        }

        cognitoOptions.ValidateOnStart();
        services.AddSingleton<IValidateOptions<CognitoOpenIdConnectOptions>>(new CognitoOpenIdConnectOptionsValidator(authenticationScheme, userPool, client));

        // Before AddOpenIdConnect: the Cognito setup comes first, the app's own Configure calls after it.
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>>(provider =>
            new ConfigureCognitoOpenIdConnect(authenticationScheme, provider.GetRequiredService<IOptionsMonitor<CognitoOpenIdConnectOptions>>()));
        builder.AddOpenIdConnect(authenticationScheme, displayName: "Amazon Cognito", _ => { });
        // After AddOpenIdConnect (whose post-configuration makes the backchannel): the token checks are what the handler uses.
        services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>>(provider =>
            new PostConfigureCognitoOpenIdConnect(authenticationScheme, userPool, provider.GetRequiredService<IOptionsMonitor<CognitoOpenIdConnectOptions>>()));
        return builder;
    }
}
