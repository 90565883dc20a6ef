using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.OidcHostedUiStartup;

// Razor Pages app signing users in through the Cognito hosted UI.
public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Kd8Qw2ZxR";
                options.ClientId = "saj08xui6d39zzzzg4zdmen2kh"; // expect: CTY0001
                options.ClientSecret = "o5cv0xzmas6en5mtmo3oqsg5lo50djzdnbj0ddlz2uhfkvml73c"; // expect: CTY0003
                options.ResponseType = "code";
                options.Scope.Add("openid");
                options.Scope.Add("email");
                options.SaveTokens = true;
                options.CallbackPath = "/signin-oidc";
                options.TokenValidationParameters.NameClaimType = "cognito:username";
            });
    }
}

// A second app in the same solution: the partner portal uses a separate app client.
public class PartnerPortalStartup
{
    private const string CognitoAuthority = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Kd8Qw2ZxR";
    private const string PartnerClientId = "vdgaj8gxbenyjqwx4hh5344tfj"; // expect: CTY0001
    private const string PartnerClientSecret = "agwncxvjcnqcnau0xltenc594e0gz9j8fkzr0st0dtw00bxmzzn"; // expect: CTY0003

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication("Cookies")
            .AddCookie()
            .AddOpenIdConnect("Partners", options =>
            {
                options.Authority = CognitoAuthority;
                options.ClientId = PartnerClientId; // expect: CTY0001
                options.ClientSecret = PartnerClientSecret; // expect: CTY0003
                options.ResponseType = "code";
                options.UsePkce = true;
            });
    }
}
