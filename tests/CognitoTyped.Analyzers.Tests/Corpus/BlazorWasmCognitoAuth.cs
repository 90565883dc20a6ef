using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.BlazorWasmCognitoAuth;

// Blazor WebAssembly client using the hosted UI with a public (secret-less) app client.
public static class ClientSetup
{
    public static void AddAuth(IServiceCollection services)
    {
        services.AddOidcAuthentication(options =>
        {
            options.ProviderOptions.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Vb6Nm4Kl2";
            options.ProviderOptions.ClientId = "ompzom75wbbr4qmw2wxfogo4mv"; // expect: CTY0001
            options.ProviderOptions.RedirectUri = "https://localhost:5001/authentication/login-callback";
            options.ProviderOptions.ResponseType = "code";
            options.ProviderOptions.DefaultScopes.Add("email");
        });
    }

    public static void AddAuth(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOidcAuthentication(options =>
        {
            options.ProviderOptions.Authority = configuration["Cognito:Authority"];
            options.ProviderOptions.ClientId = configuration["Cognito:ClientId"];
            options.ProviderOptions.ResponseType = "code";
        });
    }
}
