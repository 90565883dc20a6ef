using System;
using CognitoTyped;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MyShop.Identity.Generated;

namespace Corpus.CognitoTypedDependencyInjection;

public static class CognitoTypedServiceCollectionExtensions
{
    // Recommended: bind from configuration.
    public static IServiceCollection AddCustomersAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CognitoClientOptions>(configuration.GetSection("Cognito"));
        services.AddSingleton(sp => new CustomersWebClient(sp.GetRequiredService<IOptions<CognitoClientOptions>>().Value));
        return services;
    }

    public static IServiceCollection AddCustomersAuthFromEnvironment(this IServiceCollection services)
    {
        services.Configure<CognitoClientOptions>(o =>
        {
            o.ClientId = Environment.GetEnvironmentVariable("CUSTOMERS_CLIENT_ID") ?? throw new InvalidOperationException("CUSTOMERS_CLIENT_ID not set");
            o.ClientSecret = Environment.GetEnvironmentVariable("CUSTOMERS_CLIENT_SECRET");
            o.UserPoolId = Environment.GetEnvironmentVariable("CUSTOMERS_USER_POOL_ID");
        });
        return services;
    }

    // Quick hack while the configuration story was being sorted out.
    public static IServiceCollection AddCustomersAuthHardcoded(this IServiceCollection services)
    {
        services.Configure<CognitoClientOptions>(o =>
        {
            o.ClientId = "s26lrwbqcab69m64p2g158z6tn"; // expect: CTY0001
            o.ClientSecret = "xqyxjxvf2olds7qtuacojs106xdi5ocbdawtg7w8o0tinx4kiap"; // expect: CTY0003
            o.UserPoolId = "us-east-1_Tg5Fr4De3";
            o.Region = "us-east-1";
        });
        return services;
    }

    public static IOptions<CognitoClientOptions> CreateTestOptions() =>
        Options.Create(new CognitoClientOptions
        {
            ClientId = "test-client-id", // expect: CTY0001
            ClientSecret = "test-client-secret", // expect: CTY0003
            UserPoolId = "local_pool",
        });

    public static CognitoClientOptions CreatePublicClientOptions(string clientId) =>
        new CognitoClientOptions
        {
            ClientId = clientId,
            ClientSecret = null,
            UserPoolId = "us-east-1_Tg5Fr4De3",
        };

    public static CognitoClientOptions Validate(CognitoClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new InvalidOperationException($"{nameof(CognitoClientOptions)}.{nameof(CognitoClientOptions.ClientId)} is required.");
        }
        if (options.ClientSecret == "CHANGE_ME")
        {
            throw new InvalidOperationException("Replace the placeholder client secret.");
        }
        return options;
    }
}
