using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// AddCognitoOpenIdConnect without an emulator: what it sets OpenID Connect up with, and configuration that fails the host's
/// start naming the key. The sign-in itself is WebAppSampleTests', against cognito-local.
/// </summary>
public sealed class CognitoOpenIdConnectTests
{
    private const string ClientId = "1example23456789abcdefghij";
    private const string ClientSecret = "s3cr3t-value-that-must-never-be-printed-0123456789";

    private static readonly KeyValuePair<string, string?>[] Complete =
    [
        new("Cognito:Customers:Domain", "https://contoso.auth.eu-west-1.amazoncognito.com"),
        new("Cognito:Customers:UserPoolId", "eu-west-1_AbCdEf123"),
        new("Cognito:Customers:Clients:Web:ClientId", ClientId),
        new("Cognito:Customers:Clients:Web:ClientSecret", ClientSecret),
    ];

    private static async Task<WebApplication> StartAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<CognitoOpenIdConnectOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = "Customers";
            })
            .AddCookie()
            .AddCognitoOpenIdConnect("Customers", "Web", configure);
        var app = builder.Build();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private static async Task<OptionsValidationException> StartFailsAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<CognitoOpenIdConnectOptions>? configure = null)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(configuration, configure));
        Assert.DoesNotContain(ClientSecret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientId, error.Message, StringComparison.Ordinal);
        return error;
    }

    private static IEnumerable<KeyValuePair<string, string?>> Without(string key) => Complete.Where(setting => setting.Key != key);

    private static OpenIdConnectOptions OpenIdConnectOf(WebApplication app) => app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get("Customers");

    [Fact]
    public async Task The_code_flow_with_PKCE_is_set_up_from_the_domain_without_discovery()
    {
        await using var app = await StartAsync(Complete);
        var options = OpenIdConnectOf(app);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);

        Assert.IsType<StaticConfigurationManager<OpenIdConnectConfiguration>>(options.ConfigurationManager);
        Assert.Null(options.MetadataAddress);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/authorize", configuration.AuthorizationEndpoint);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/token", configuration.TokenEndpoint);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/userInfo", configuration.UserInfoEndpoint);
        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123", configuration.Issuer);
        Assert.Equal(ClientId, options.ClientId);
        Assert.Equal(ClientSecret, options.ClientSecret);
        Assert.Equal(OpenIdConnectResponseType.Code, options.ResponseType);
        Assert.Equal(OpenIdConnectResponseMode.Query, options.ResponseMode);
        Assert.True(options.UsePkce);
        Assert.True(options.SaveTokens);
        Assert.False(options.MapInboundClaims);
        Assert.False(options.GetClaimsFromUserInfoEndpoint);
        Assert.Equal(["openid"], options.Scope);
    }

    [Fact]
    public async Task The_ID_token_checks_are_the_pools_issuers_this_client_RS256_and_the_nonce()
    {
        await using var app = await StartAsync(Complete);
        var options = OpenIdConnectOf(app);
        var parameters = options.TokenValidationParameters;

        Assert.Equal(
            ["https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123", "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"],
            parameters.ValidIssuers);
        Assert.True(parameters.ValidateIssuer && parameters.ValidateAudience && parameters.ValidateLifetime && parameters.RequireSignedTokens);
        Assert.Equal([ClientId], parameters.ValidAudiences);
        Assert.NotNull(parameters.AudienceValidator);
        Assert.Equal(["RS256"], parameters.ValidAlgorithms);
        Assert.Equal("cognito:username", parameters.NameClaimType);
        Assert.Equal("cognito:groups", parameters.RoleClaimType);
        Assert.Equal("CognitoTyped:Customers", parameters.AuthenticationType);
        Assert.IsType<CognitoJsonWebTokenHandler>(options.TokenHandler);
        Assert.False(options.UseSecurityTokenValidator);
        var validator = Assert.IsType<CognitoOpenIdConnectProtocolValidator>(options.ProtocolValidator);
        Assert.Equal(CognitoNonceValidation.Required, validator.NonceValidation);
        Assert.True(validator.RequireNonce);
        // 'aud' is kept for the typed user's ClientId; OpenID Connect's other defaults still drop the protocol claims.
        Assert.DoesNotContain(options.ClaimActions, action => action.ClaimType == "aud");
        Assert.Contains(options.ClaimActions, action => action.ClaimType == "nonce");
    }

    [Fact]
    public async Task Scopes_come_from_the_options_else_configuration_with_openid_always_first()
    {
        await using var configured = await StartAsync([.. Complete, new("Cognito:Customers:Clients:Web:Scopes:0", "email"), new("Cognito:Customers:Clients:Web:Scopes:1", "profile")]);
        await using var spaced = await StartAsync([.. Complete, new("Cognito:Customers:Clients:Web:Scopes", "openid orders/read")]);
        await using var coded = await StartAsync([.. Complete, new("Cognito:Customers:Clients:Web:Scopes", "profile")], options => options.Scopes.Add("email"));

        Assert.Equal(["openid", "email", "profile"], OpenIdConnectOf(configured).Scope);
        Assert.Equal(["openid", "orders/read"], OpenIdConnectOf(spaced).Scope);
        Assert.Equal(["openid", "email"], OpenIdConnectOf(coded).Scope);
    }

    [Fact]
    public async Task An_issuer_and_key_set_override_serve_emulators()
    {
        await using var app = await StartAsync(
        [
            new("Cognito:Customers:Domain", "http://127.0.0.1:9229"),
            new("Cognito:Customers:UserPoolId", "local_AbCdEf123"),
            new("Cognito:Customers:Issuer", "http://127.0.0.1:9229/local_AbCdEf123"),
            new("Cognito:Customers:ServiceUrl", "http://127.0.0.1:9229"),
            new("Cognito:Customers:Clients:Web:ClientId", ClientId),
            new("Cognito:Customers:Clients:Web:NonceValidation", "AllowMissing"),
        ]);
        var options = OpenIdConnectOf(app);

        Assert.Equal(["http://127.0.0.1:9229/local_AbCdEf123"], options.TokenValidationParameters.ValidIssuers);
        Assert.Equal("http://127.0.0.1:9229/oauth2/token", options.Configuration!.TokenEndpoint);
        Assert.Equal(CognitoNonceValidation.AllowMissing, Assert.IsType<CognitoOpenIdConnectProtocolValidator>(options.ProtocolValidator).NonceValidation);
        Assert.Null(options.ClientSecret);
    }

    [Fact]
    public async Task Missing_Domain_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync(Without("Cognito:Customers:Domain"));
        Assert.Contains("Cognito:Customers:Domain is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_ClientId_fails_at_start_naming_the_clients_key()
    {
        var error = await StartFailsAsync(Without("Cognito:Customers:Clients:Web:ClientId"));
        Assert.Contains("Cognito:Customers:Clients:Web:ClientId is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_UserPoolId_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync(Without("Cognito:Customers:UserPoolId"));
        Assert.Contains("Cognito:Customers:UserPoolId is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_ClientId_is_named_by_its_key_without_quoting_it_or_the_secret()
    {
        var error = await StartFailsAsync([.. Without("Cognito:Customers:Clients:Web:ClientId"), new("Cognito:Customers:Clients:Web:ClientId", ClientSecret + "!")]);
        Assert.Contains("Cognito:Customers:Clients:Web:ClientId is not an app client ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_NonceValidation_and_a_malformed_LogoutUri_fail_at_start_naming_their_keys()
    {
        var error = await StartFailsAsync([.. Complete, new("Cognito:Customers:Clients:Web:NonceValidation", "Off"), new("Cognito:Customers:Clients:Web:LogoutUri", "signed-out")]);
        Assert.Contains("Cognito:Customers:Clients:Web:NonceValidation must be Required or AllowMissing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cognito:Customers:Clients:Web:LogoutUri must be an absolute http(s) URL or a path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_domain_off_loopback_fails_at_start_unless_insecure_http_is_allowed()
    {
        KeyValuePair<string, string?>[] plain =
        [
            .. Without("Cognito:Customers:Domain"),
            new("Cognito:Customers:Domain", "http://cognito.internal:9229"),
            new("Cognito:Customers:JwksUri", "https://keys.example.com/jwks.json"),
        ];

        var error = await StartFailsAsync(plain);
        await using var allowed = await StartAsync([.. plain, new("Cognito:Customers:AllowInsecureHttp", "true")]);

        Assert.Contains("Cognito:Customers:Domain http://cognito.internal:9229 is plain http:// and not loopback", error.Message, StringComparison.Ordinal);
        Assert.Equal("http://cognito.internal:9229/oauth2/authorize", OpenIdConnectOf(allowed).Configuration!.AuthorizationEndpoint);
    }

    [Fact]
    public void AllowMissing_accepts_an_ID_token_without_a_nonce_but_never_a_wrong_one_and_Required_refuses_both()
    {
        var allowMissing = new CognitoOpenIdConnectProtocolValidator(CognitoNonceValidation.AllowMissing);
        var required = new CognitoOpenIdConnectProtocolValidator(CognitoNonceValidation.Required);
        var sent = required.GenerateNonce();
        OpenIdConnectProtocolValidationContext Context(string? nonceInToken, string? nonceOfCookie) => new()
        {
            ClientId = ClientId,
            Nonce = nonceOfCookie,
            ProtocolMessage = new OpenIdConnectMessage { IdToken = "id", AccessToken = "access" },
            ValidatedIdToken = new JwtSecurityToken(
                issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123",
                audience: ClientId,
                claims: [new Claim("sub", "s"), new Claim("iat", "1700000000", ClaimValueTypes.Integer64), .. nonceInToken is null ? Array.Empty<Claim>() : [new Claim("nonce", nonceInToken)]],
                expires: DateTime.UtcNow.AddHours(1)),
        };

        allowMissing.ValidateTokenResponse(Context(nonceInToken: null, nonceOfCookie: null));
        allowMissing.ValidateTokenResponse(Context(nonceInToken: sent, nonceOfCookie: sent));
        Assert.Throws<OpenIdConnectProtocolInvalidNonceException>(() => allowMissing.ValidateTokenResponse(Context(nonceInToken: required.GenerateNonce(), nonceOfCookie: sent)));
        Assert.Throws<OpenIdConnectProtocolInvalidNonceException>(() => allowMissing.ValidateTokenResponse(Context(nonceInToken: sent, nonceOfCookie: null)));
        Assert.Throws<OpenIdConnectProtocolInvalidNonceException>(() => required.ValidateTokenResponse(Context(nonceInToken: null, nonceOfCookie: null)));
        required.ValidateTokenResponse(Context(nonceInToken: sent, nonceOfCookie: sent));
    }
}
