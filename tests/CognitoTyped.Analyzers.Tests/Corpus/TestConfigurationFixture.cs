using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace Corpus.TestConfigurationFixture;

// Builds configuration for WebApplicationFactory-style tests.
public sealed class CognitoTestFixture : IDisposable
{
    public IConfiguration Configuration { get; }

    public CognitoTestFixture()
    {
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", "fbcixgy29db8p5qa3e68f7e4qe"); // expect: CTY0001
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_SECRET", "j2gejrzqad9w275pkacd8bzlpkdga9mj0m760l6tetd48ay13f2"); // expect: CTY0003
        Environment.SetEnvironmentVariable("COGNITO_USER_POOL_ID", "us-east-1_Fx2Tst9Qa");
        Environment.SetEnvironmentVariable("COGNITO_TEST_PASSWORD", "Fixture-Passw0rd!");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Testing");

        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cognito:Region"] = "us-east-1",
                ["Cognito:UserPoolId"] = "us-east-1_Fx2Tst9Qa",
                ["Cognito:ClientId"] = "ovmizwdiaeq1kdfy6spsc3lkr2", // expect: CTY0001
                ["Cognito:ClientSecret"] = "logqochvqdr917qsnf6akqpmkumyvpy8447ab1otnzekjcbhgkw", // expect: CTY0003
                ["Cognito:TestUser:Username"] = "fixture-user",
                ["Cognito:TestUser:Password"] = "Fixture-Passw0rd!",
                ["ConnectionStrings:Default"] = "Host=localhost;Database=app;Username=app;Password=postgres",
            })
            .AddEnvironmentVariables()
            .Build();
    }

    public static IConfiguration LocalStackConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new[]
            {
                new KeyValuePair<string, string?>("Cognito:ClientId", "localstack-client"),
                new KeyValuePair<string, string?>("Cognito:ClientSecret", ""),
                new KeyValuePair<string, string?>("Cognito:ServiceUrl", "http://localhost:4566"),
                new KeyValuePair<string, string?>("Cognito:AppClientId", "aqxv9upctnwlavyf4r6mp6afqf"), // expect: CTY0001
            })
            .Build();

    public static IConfiguration EmptyConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                { "Cognito:ClientId", "YOUR_CLIENT_ID" },
                { "Cognito:ClientSecret", "YOUR_CLIENT_SECRET" },
                { "Cognito:client_secret", "jbbcicecexm8eygpnnhccfs4gignsuv1qbwqsdxu64sb0b17gw4" }, // expect: CTY0003
            })
            .Build();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", null);
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_SECRET", null);
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", string.Empty);
    }
}
