using System.Text.Json.Nodes;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>
/// The identity pool: cognito-local has none, so cognito-identity is a loopback stand-in answering DescribeIdentityPool as AWS
/// does (its ID and the Cognito providers, which name the user pool's and a client's IDs, included), on --identity-endpoint.
/// </summary>
public sealed class IdentityPoolTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    private const string Described = """
        {"IdentityPoolId":"eu-west-1:0f9c5e1a-1111-2222-3333-444455556666","IdentityPoolName":"media","AllowUnauthenticatedIdentities":true,
         "AllowClassicFlow":false,"CognitoIdentityProviders":[{"ProviderName":"cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123","ClientId":"5v7ziiu33qx5imly4yq4xupag","ServerSideTokenCheck":false}],
         "IdentityPoolTags":{}}
        """;

    [Fact]
    public async Task Pull_writes_the_identity_pool_without_its_IDs_and_check_compares_it()
    {
        using var identity = new FakeAwsEndpoint(200, Described);
        var pool = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "viewers" });
        var poolId = pool.UserPool!.Id!;
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var pull = await tool.RunAsync("pull", "--user-pool-id", "Viewers=" + poolId, "--identity-pool-id", "Viewers=eu-west-1:0f9c5e1a-1111-2222-3333-444455556666",
            "--endpoint", emulator.Url.ToString(), "--identity-endpoint", identity.Url.ToString(), "--output", "-");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal("""{"AllowUnauthenticatedIdentities":true,"IdentityPoolName":"media"}""", JsonNode.Parse(pull.Stdout)!["UserPools"]![0]!["IdentityPool"]!.ToJsonString());
        foreach (var id in new[] { "0f9c5e1a", "eu-west-1_AbCdEf123", "5v7ziiu33qx5imly4yq4xupag", poolId })
        {
            Assert.DoesNotContain(id, pull.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("AWSCognitoIdentityService.DescribeIdentityPool", identity.Targets);

        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), """
            { "UserPools": [{ "Name": "Viewers", "PoolName": "viewers", "IdentityPool": { "IdentityPoolName": "media", "AllowUnauthenticatedIdentities": false } }] }
            """);
        var check = await tool.RunAsync("check", "--user-pool-id", "Viewers=" + poolId, "--identity-pool-id", "Viewers=eu-west-1:0f9c5e1a-1111-2222-3333-444455556666",
            "--endpoint", emulator.Url.ToString(), "--identity-endpoint", identity.Url.ToString());

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("~ identity pool: AllowUnauthenticatedIdentities: false in cognito.json, true deployed", check.Stdout, StringComparison.Ordinal);

        var unchecked_ = await tool.RunAsync("check", "--user-pool-id", "Viewers=" + poolId, "--endpoint", emulator.Url.ToString());
        Assert.True(unchecked_.ExitCode == 0, unchecked_.ToString());
        Assert.Contains("note: identity pool not compared: pass --identity-pool-id Viewers=ID", unchecked_.Stdout, StringComparison.Ordinal);
    }
}
