using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Sets up one scheme's <see cref="OpenIdConnectOptions"/> from its validated <see cref="CognitoOpenIdConnectOptions"/>, before
/// the app's own <c>Configure</c> calls (so an app can still change, say, the callback path): the client, a static configuration
/// built from the domain (no discovery round trip; cognito-local's discovery document names a hard-coded localhost:9229 anyway),
/// the code flow with PKCE and the query response mode Cognito answers with, the scopes, and claims under their JWT names.
/// </summary>
internal sealed class ConfigureCognitoOpenIdConnect(string authenticationScheme, IOptionsMonitor<CognitoOpenIdConnectOptions> cognitoOptions)
    : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != authenticationScheme)
        {
            return;
        }

        // Throws OptionsValidationException naming the keys when the configuration is incomplete (also checked at host start).
        var cognito = cognitoOptions.Get(authenticationScheme);
        var domain = cognito.Domain!;
        options.ClientId = cognito.ClientId;
        options.ClientSecret = cognito.ClientSecret;
        options.Authority = null;
        options.MetadataAddress = null;
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = CognitoOpenIdConnectConfiguration.Issuers(cognito)[0],
            AuthorizationEndpoint = CognitoOpenIdConnectConfiguration.Endpoint(domain, "/oauth2/authorize"),
            TokenEndpoint = CognitoOpenIdConnectConfiguration.Endpoint(domain, "/oauth2/token"),
            UserInfoEndpoint = CognitoOpenIdConnectConfiguration.Endpoint(domain, "/oauth2/userInfo"),
            // Not OpenID Connect's end-session endpoint: Cognito's /logout takes client_id and logout_uri, which the sign-out
            // event writes (see PostConfigureCognitoOpenIdConnect).
            EndSessionEndpoint = CognitoOpenIdConnectConfiguration.Endpoint(domain, "/logout"),
        };
        configuration.ResponseTypesSupported.Add(OpenIdConnectResponseType.Code);
        configuration.CodeChallengeMethodsSupported.Add("S256");
        configuration.IdTokenSigningAlgValuesSupported.Add(SecurityAlgorithms.RsaSha256);
        options.Configuration = configuration;
        options.ConfigurationManager = null;

        options.ResponseType = OpenIdConnectResponseType.Code;
        // Cognito answers the authorization request in the query; it has no form_post (ASP.NET Core's default).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.SaveTokens = true;
        options.MapInboundClaims = false;
        // The ID token already holds the user's claims; cognito-local serves no /oauth2/userInfo. An app may switch it on.
        options.GetClaimsFromUserInfoEndpoint = false;
        options.DisableTelemetry = true;
        options.Scope.Clear();
        foreach (var scope in CognitoOpenIdConnectConfiguration.Scopes(cognito))
        {
            options.Scope.Add(scope);
        }

        // Kept (OpenID Connect's defaults delete it): the typed user reads the app client from 'aud' of the ID token.
        options.ClaimActions.Remove("aud");
    }
}

/// <summary>
/// The checks the sign-in's ID token must pass, set after OpenID Connect's own post-configuration and the app's calls, so they
/// are what the handler finally uses: issuer, RS256 signature from the pool's JWKS (the key cache <c>AddCognitoJwtBearer</c>
/// uses, with key rotation), expiry, <c>token_use</c> id, audience = this app client alone, nonce (see
/// <see cref="CognitoOpenIdConnectProtocolValidator"/>); and Cognito's own logout redirect on sign-out.
/// </summary>
internal sealed class PostConfigureCognitoOpenIdConnect(string authenticationScheme, string userPool, IOptionsMonitor<CognitoOpenIdConnectOptions> cognitoOptions)
    : IPostConfigureOptions<OpenIdConnectOptions>
{
    private const int MaxResponseBytes = 256 * 1024;

    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        if (name != authenticationScheme)
        {
            return;
        }

        var cognito = cognitoOptions.Get(authenticationScheme);
        var clientId = cognito.ClientId!;
        var domain = cognito.Domain!;
        var issuers = CognitoOpenIdConnectConfiguration.Issuers(cognito);
        var checks = new CognitoTokenChecks(userPool, CognitoTokenUse.Id, issuers, [clientId], []);

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = true,
            ValidAudiences = [clientId],
            // Replaces IdentityModel's audience step: issuer, token_use 'id' and 'aud' = this client alone, each refusal naming its check.
            AudienceValidator = checks.Validate,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = cognito.ClockSkew,
            NameClaimType = "cognito:username",
            RoleClaimType = "cognito:groups",
            // The generated {Pool}Principal finds the pool's identity by this type, in the cookie too.
            AuthenticationType = CognitoJwtBearerDefaults.AuthenticationType(userPool),
            IncludeTokenOnFailedValidation = false,
            LogValidationExceptions = false,
        };
        options.UseSecurityTokenValidator = false;

        var backchannel = options.Backchannel ?? new HttpClient(options.BackchannelHttpHandler ?? new HttpClientHandler())
        {
            Timeout = options.BackchannelTimeout,
            MaxResponseContentBufferSize = MaxResponseBytes,
        };
        options.Backchannel = backchannel;
        var signingKeys = new CognitoSigningKeys(CognitoOpenIdConnectConfiguration.JwksUri(cognito), backchannel, userPool, options.TimeProvider ?? TimeProvider.System);
        options.TokenHandler = new CognitoJsonWebTokenHandler(signingKeys) { MapInboundClaims = false };

        options.ProtocolValidator = new CognitoOpenIdConnectProtocolValidator(cognito.NonceValidation)
        {
            RequireNonce = true,
            RequireStateValidation = false,
            NonceLifetime = options.ProtocolValidator.NonceLifetime,
        };

        var events = options.Events ?? new OpenIdConnectEvents();
        var previousSignOut = events.OnRedirectToIdentityProviderForSignOut;
        events.OnRedirectToIdentityProviderForSignOut = async context =>
        {
            await previousSignOut(context).ConfigureAwait(false);
            if (context.Handled)
            {
                return;
            }

            var request = context.Request;
            var logoutUri = CognitoOpenIdConnectConfiguration.AbsoluteLogoutUri(cognito.LogoutUri, request.Scheme, request.Host.ToUriComponent(), request.PathBase.ToUriComponent());
            context.Response.Redirect(CognitoOpenIdConnectConfiguration.LogoutUrl(domain, clientId, logoutUri));
            context.HandleResponse();
        };
        options.Events = events;
    }
}
