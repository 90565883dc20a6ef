using System;
using System.Collections.Generic;
using CognitoTyped;
using HeldOut.Generated;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HeldOut.DependencyInjection;

public static class CognitoServiceRegistration
{
    public static IServiceCollection AddShopCognito(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<CognitoClientOptions>(configuration.GetSection("Cognito"));

        if (environment.IsDevelopment())
        {
            services.PostConfigure<CognitoClientOptions>(o =>
            {
                o.ClientId = "local-dev-client"; // expect: CTY0001
                o.ClientSecret = null;
            });
        }

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CognitoClientOptions>>().Value;
            return new ShopMobileClient(options.ClientId, options.ClientSecret);
        });
        return services;
    }

    public static IServiceCollection AddCognitoForIntegrationTests(this IServiceCollection services) =>
        services.AddCognitoTyped(options =>
        {
            options.UserPoolId = "us-east-1_Q7xk2PzLm";
            options.Region = "us-east-1";
            options.ClientId = "3f9caioctiq71hget7myqoaa8t"; // expect: CTY0001
            options.ClientSecret = "sxwz7jpc5xgx3fjubwr7bgcn5nqr1g2iqcvmlyfbdc9x35ezhfq"; // expect: CTY0003
        });

    public static IServiceCollection AddCognitoFromEnvironment(this IServiceCollection services) =>
        services.AddCognitoTyped(options =>
        {
            options.UserPoolId = Environment.GetEnvironmentVariable("COGNITO_USER_POOL_ID") ?? "";
            options.ClientId = Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? "";
            options.ClientSecret = Environment.GetEnvironmentVariable("COGNITO_CLIENT_SECRET");
        });

    public static IConfiguration BuildLocalConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cognito:UserPoolId"] = "us-east-1_Q7xk2PzLm",
                ["Cognito:ClientId"] = "3rup47p9pb0tdbm50fqo1xo5cv", // expect: CTY0001
                ["Cognito:ClientSecret"] = "uof6zl2kxpolcqwd9bdq64dgjuamt2g4uxqyhx4yk2pja3mckoe", // expect: CTY0003
                ["Cognito:Region"] = "us-east-1",
                ["Smtp:Password"] = "smtp-pass-123",
                ["Telemetry:InstanceKey"] = "zdnbj0ddlz2uhfkvml73ctyxv2",
            })
            .AddEnvironmentVariables()
            .Build();

    public static IConfiguration BuildTemplateConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                { "Cognito:ClientId", "YOUR_CLIENT_ID" },
                { "Cognito:ClientSecret", "" },
                { "Cognito:AppClientId", "umx1bz99nfd02is5d9ik40vstq" }, // expect: CTY0001
            })
            .Build();

    public static void ExportForChildProcess(CognitoClientOptions options)
    {
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", options.ClientId);
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_SECRET", options.ClientSecret);
    }
}
