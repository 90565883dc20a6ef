using System.Text.Json.Nodes;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tool.Model;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>pull's output: short, stable, in AWS's vocabulary, accepted by the generator, without IDs or secrets.</summary>
public sealed class PullTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    [Fact]
    public async Task Pull_of_a_pool_made_with_the_AWS_API_writes_a_short_file_the_generator_accepts()
    {
        var pool = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "shop-prod",
            UsernameAttributes = ["email"],
            Schema = [new SchemaAttributeType { Name = "email", Required = true, Mutable = true, AttributeDataType = "String" }, new SchemaAttributeType { Name = "loyalty_tier", AttributeDataType = "String", Mutable = true }],
        });
        var poolId = pool.UserPool!.Id!;
        var client = await emulator.Admin.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientName = "Checkout",
            GenerateSecret = true,
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            ReadAttributes = ["email", "custom:loyalty_tier"],
        });
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var run = await tool.RunAsync("pull", "--user-pool-id", poolId, "--name", "Shop", "--namespace", "Contoso.Shop", "--endpoint", emulator.Url.ToString(), "--output", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("""
            {
              "Namespace": "Contoso.Shop",
              "UserPools": [
                {
                  "Name": "Shop",
                  "PoolName": "shop-prod",
                  "UsernameAttributes": [
                    "email"
                  ],
                  "Schema": [
                    {
                      "Name": "email",
                      "Required": true
                    },
                    {
                      "Name": "custom:loyalty_tier"
                    }
                  ],
                  "Clients": [
                    {
                      "ClientName": "Checkout",
                      "ExplicitAuthFlows": [
                        "ALLOW_REFRESH_TOKEN_AUTH",
                        "ALLOW_USER_PASSWORD_AUTH"
                      ],
                      "GenerateSecret": true,
                      "ReadAttributes": [
                        "custom:loyalty_tier",
                        "email"
                      ]
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"), run.Stdout);
        Assert.DoesNotContain(client.UserPoolClient!.ClientSecret!, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(client.UserPoolClient.ClientId!, run.Stdout, StringComparison.Ordinal);
        Assert.Empty(CognitoJsonFile.Diagnose("cognito.json", run.Stdout, out _));
    }

    [Fact]
    public async Task Pull_writes_several_pools_into_one_file_named_as_given()
    {
        var first = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "customers-" + Guid.NewGuid().ToString("N")[..6] });
        var second = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "staff-" + Guid.NewGuid().ToString("N")[..6] });
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var run = await tool.RunAsync("pull", "--user-pool-id", "Customers=" + first.UserPool!.Id, "--user-pool-id", "Staff=" + second.UserPool!.Id, "--endpoint", emulator.Url.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        var written = JsonNode.Parse(await File.ReadAllTextAsync(tool.PathOf("cognito.json")))!;
        Assert.Equal(["Customers", "Staff"], written["UserPools"]!.AsArray().Select(pool => pool!["Name"]!.GetValue<string>()));
        Assert.Contains("wrote " + tool.PathOf("cognito.json"), run.Stderr, StringComparison.Ordinal);
    }
}
