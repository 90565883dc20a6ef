using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using CognitoTyped.Hosting;
using CognitoTyped.IdentityProvider;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.Tests.Hosting;

/// <summary>What a generated admin client gets from <see cref="CognitoHosting.GetAdminClient"/>: the pool's keyed client and pool ID.</summary>
public sealed class AdminClientHostingTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<CognitoTypedBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions { Region = Amazon.RegionEndpoint.USEast2, Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret") });
        var builder = CognitoHosting.AddCognitoTyped(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        CognitoHosting.AddUserPool(builder, "Customers");
        CognitoHosting.AddClient(builder, "Customers", "Web", requiresSecret: false);
        configure?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_admin_client_gets_the_pools_keyed_client_and_the_pool_ID_from_configuration()
    {
        using var provider = Build(new() { ["Cognito:Customers:UserPoolId"] = "eu-west-1_Abc" });

        var (client, userPoolId) = CognitoHosting.GetAdminClient(provider, "Customers");

        Assert.Equal("eu-west-1_Abc", userPoolId);
        Assert.Same(provider.GetRequiredKeyedService<CognitoIdentityProviderClient>("Customers"), client);
        Assert.Equal("eu-west-1", client.Region);
    }

    [Fact]
    public void Without_configuration_the_pool_ID_an_app_client_was_given_in_code_is_used()
    {
        using var provider = Build(new(), builder => builder.ConfigureClient("Customers", "Web", o =>
        {
            o.UserPoolId = "us-east-2_Code";
            o.ClientId = "abcdefghij1234567890abcdef";
        }));

        Assert.Equal("us-east-2_Code", CognitoHosting.GetAdminClient(provider, "Customers").UserPoolId);
    }

    [Fact]
    public void Without_a_pool_ID_the_admin_client_fails_naming_the_key()
    {
        using var provider = Build(new());

        var exception = Assert.Throws<InvalidOperationException>(() => CognitoHosting.GetAdminClient(provider, "Customers"));
        Assert.Contains("Cognito:Customers:UserPoolId", exception.Message, StringComparison.Ordinal);
    }
}
