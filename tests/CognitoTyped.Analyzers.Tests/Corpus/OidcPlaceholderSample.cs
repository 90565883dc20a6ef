using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.OidcPlaceholderSample;

// Template shipped in a blog post: the reader is expected to replace the placeholders.
public static class AuthenticationSetup
{
    private const string ClientId = "<your-app-client-id>";
    private const string ClientSecret = "<your-app-client-secret>";
    private const string UserPoolClientId = "1example23456789";

    public static IServiceCollection AddCognitoHostedUi(this IServiceCollection services)
    {
        services.AddAuthentication("Cookies")
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = "https://cognito-idp.<region>.amazonaws.com/<user-pool-id>";
                options.ClientId = ClientId;
                options.ClientSecret = ClientSecret;
                options.ResponseType = "code";
            })
            .AddOpenIdConnect("Legacy", options =>
            {
                options.ClientId = "my-web-client";
                options.ClientSecret = "CHANGE_ME";
            })
            .AddOpenIdConnect("Docs", options =>
            {
                options.ClientId = UserPoolClientId;
                options.ClientSecret = "";
            })
            .AddOpenIdConnect("Upper", options =>
            {
                options.ClientId = "4A3B2C1D0E9F8G7H6I5J4K3L2M";
                options.ClientSecret = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY";
            });

        return services;
    }
}
