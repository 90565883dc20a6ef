using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Provisioning;
using CognitoTyped.Tests.Protocol;

namespace CognitoTyped.Tests.Provisioning;

/// <summary>
/// Resource servers in provisioning, against a fake that answers as AWS documents CreateUserPool, CreateResourceServer,
/// CreateUserPoolClient and CreateGroup: cognito-local 5.3.0 has no CreateResourceServer (the integration tests show it refuses it).
/// </summary>
public sealed class ProvisionerFakeTests
{
    private static readonly UserPoolDefinition Definition = new(
        "Shop",
        """{"UsernameAttributes":["email"]}""",
        [new UserPoolClientDefinition("Web", """{"AllowedOAuthFlowsUserPoolClient":true,"AllowedOAuthFlows":["code"],"AllowedOAuthScopes":["openid","orders/read"],"CallbackURLs":["https://app.example.com/cb"]}""")],
        [new UserPoolGroupDefinition("admins")],
        identityPool: null,
        [new UserPoolResourceServerDefinition("orders", """{"Identifier":"orders","Name":"Orders","Scopes":[{"ScopeName":"read","ScopeDescription":"Read orders"}]}""")]);

    private static FakeHttpHandler Fake() => new(call => FakeHttpHandler.Json(HttpStatusCode.OK, call.Operation switch
    {
        "CreateUserPool" => """{"UserPool":{"Id":"eu-west-1_Fake","Name":"Shop"}}""",
        "CreateResourceServer" => """{"ResourceServer":{"Identifier":"orders","Name":"Orders"}}""",
        "CreateUserPoolClient" => """{"UserPoolClient":{"ClientId":"fakeclientid","ClientName":"Web"}}""",
        "CreateGroup" => """{"Group":{"GroupName":"admins"}}""",
        _ => throw new InvalidOperationException(call.Operation),
    }));

    private static CognitoIdentityProviderClient AdminOver(FakeHttpHandler fake) => new(
        new CognitoServiceClientOptions { Region = "eu-west-1", Credentials = new BasicAWSCredentials("fake", "fake"), Retry = new CognitoRetryOptions { MaxAttempts = 1 } },
        new HttpClient(fake));

    [Fact]
    public async Task Fake_resource_servers_are_created_after_the_pool_and_before_the_clients_whose_scopes_name_them()
    {
        var fake = Fake();
        using var admin = AdminOver(fake);

        var pool = await CognitoProvisioner.ProvisionAsync(Definition, admin);

        Assert.Equal(["CreateUserPool", "CreateResourceServer", "CreateUserPoolClient", "CreateGroup"], fake.Calls.Select(c => c.Operation));
        var server = JsonDocument.Parse(fake.Calls[1].Body).RootElement;
        Assert.Equal("eu-west-1_Fake", server.GetProperty("UserPoolId").GetString());
        Assert.Equal("orders", server.GetProperty("Identifier").GetString());
        Assert.Equal("Orders", server.GetProperty("Name").GetString());
        Assert.Equal("read", server.GetProperty("Scopes")[0].GetProperty("ScopeName").GetString());
        var client = JsonDocument.Parse(fake.Calls[2].Body).RootElement;
        Assert.Equal(["openid", "orders/read"], client.GetProperty("AllowedOAuthScopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("fakeclientid", pool.Client("Web").ClientId);
    }

    [Fact]
    public async Task Fake_without_resource_servers_when_the_endpoint_has_none_and_only_then()
    {
        var fake = Fake();
        using var admin = AdminOver(fake);

        await CognitoProvisioner.ProvisionAsync(Definition, admin, new CognitoProvisioningOptions { PoolName = "Shop-dev", CreateResourceServers = false });

        Assert.Equal(["CreateUserPool", "CreateUserPoolClient", "CreateGroup"], fake.Calls.Select(c => c.Operation));
        Assert.Equal("Shop-dev", JsonDocument.Parse(fake.Calls[0].Body).RootElement.GetProperty("PoolName").GetString());
    }
}
