using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Sets up one scheme's <see cref="JwtBearerOptions"/> from its validated <see cref="CognitoJwtBearerOptions"/>. Runs as a
/// post-configuration, after JwtBearer's own and the app's <c>Configure</c> calls, so the app's backchannel and events are
/// kept (wrapped), and the Cognito checks are what the handler finally uses.
/// </summary>
internal sealed class ConfigureCognitoJwtBearer(string authenticationScheme, string userPool, IOptionsMonitor<CognitoJwtBearerOptions> cognitoOptions)
    : IPostConfigureOptions<JwtBearerOptions>
{
    private const int MaxJwksBytes = 256 * 1024;

    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != authenticationScheme)
        {
            return;
        }

        // Throws OptionsValidationException naming the keys when the configuration is incomplete (also checked at host start).
        var cognito = cognitoOptions.Get(authenticationScheme);
        var issuers = CognitoJwtBearerConfiguration.Issuers(cognito);
        var checks = new CognitoTokenChecks(userPool, cognito.TokenUse, issuers, CognitoJwtBearerConfiguration.ClientIds(cognito), [.. cognito.RequiredScopes]);

        options.MapInboundClaims = false;
        options.IncludeErrorDetails = true;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            // Access tokens have no 'aud': the audience step runs the Cognito checks (token_use, client_id/aud, scopes).
            ValidateAudience = true,
            AudienceValidator = checks.Validate,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = cognito.ClockSkew,
            NameClaimType = cognito.TokenUse == CognitoTokenUse.Id ? "cognito:username" : "username",
            RoleClaimType = "cognito:groups",
            AuthenticationType = CognitoJwtBearerDefaults.AuthenticationType(userPool),
            IncludeTokenOnFailedValidation = false,
            LogValidationExceptions = false,
        };

        var backchannel = options.Backchannel ?? new HttpClient(options.BackchannelHttpHandler ?? new HttpClientHandler())
        {
            Timeout = options.BackchannelTimeout,
            MaxResponseContentBufferSize = MaxJwksBytes,
        };
        options.Backchannel = backchannel;
        // The validator refused plain http:// unless loopback or AllowInsecureHttp. Keys come from the JWKS URL alone: no
        // discovery document and no ConfigurationManager (see CognitoSigningKeys).
        options.ConfigurationManager = null;
        options.Configuration = null;
        var signingKeys = new CognitoSigningKeys(CognitoJwtBearerConfiguration.JwksUri(cognito), backchannel, userPool, options.TimeProvider ?? TimeProvider.System);
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new CognitoJsonWebTokenHandler(signingKeys) { MapInboundClaims = false });

        var events = options.Events ?? new JwtBearerEvents();
        var previousChallenge = events.OnChallenge;
        events.OnChallenge = context =>
        {
            if (context.AuthenticateFailure is { } failure)
            {
                context.Error = "invalid_token";
                context.ErrorDescription = CognitoTokenChecks.Describe(failure, userPool);
            }

            return previousChallenge(context);
        };
        options.Events = events;
    }
}
