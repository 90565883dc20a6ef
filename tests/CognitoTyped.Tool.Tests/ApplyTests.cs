using System.Text.Json.Nodes;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>apply creates what is missing, changes nothing that exists, prints the configuration keys, and keeps secrets back.</summary>
public sealed class ApplyTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    private const string Config = """
        {
          "UserPools": [{
            "Name": "Backoffice",
            "Schema": [{ "Name": "email", "Required": true }],
            "Groups": [{ "GroupName": "staff" }],
            "Clients": [
              { "ClientName": "Web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] },
              { "ClientName": "Worker", "GenerateSecret": true, "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }
            ]
          }]
        }
        """;

    [Fact]
    public async Task Apply_twice_creates_once_and_prints_the_same_keys_without_secrets()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), Config);

        var first = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString());
        var second = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString());

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        var poolId = RoundTripTests.KeyValue(first.Stdout, "Cognito:Backoffice:UserPoolId");
        Assert.Equal(
            ["Cognito:Backoffice:Region", "Cognito:Backoffice:UserPoolId", "Cognito:Backoffice:ServiceUrl", "Cognito:Backoffice:Clients:Web:ClientId", "Cognito:Backoffice:Clients:Worker:ClientId"],
            first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)]));
        Assert.Contains("created user pool Backoffice", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("created app client Worker", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("created group staff", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("created", second.Stderr, StringComparison.Ordinal);
        Assert.Contains($"user pool Backoffice exists ({poolId})", second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", first.Stdout + first.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_prints_a_secret_only_when_asked_and_stores_keys_as_user_secrets_through_stdin()
    {
        var calls = new List<(IReadOnlyList<string> Arguments, string? Input)>();
        using var tool = new ToolRunner(ToolFixture.LocalCredentials, (arguments, _, input, _) =>
        {
            calls.Add((arguments, input));
            return Task.FromResult((0, string.Empty));
        });
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), Config.Replace("Backoffice", "Secretive", StringComparison.Ordinal));

        var shown = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString(), "--show-secrets");
        var stored = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString(), "--user-secrets", "App/App.csproj");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        var secret = RoundTripTests.KeyValue(shown.Stdout, "Cognito:Secretive:Clients:Worker:ClientSecret");
        Assert.NotEmpty(secret);
        Assert.DoesNotContain("Clients:Web:ClientSecret", shown.Stdout, StringComparison.Ordinal);

        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.DoesNotContain(secret, stored.Stdout + stored.Stderr, StringComparison.Ordinal);
        Assert.Equal(["user-secrets", "init", "--project", tool.PathOf("App/App.csproj")], calls[0].Arguments);
        Assert.Equal(["user-secrets", "set", "--project", tool.PathOf("App/App.csproj")], calls[1].Arguments);
        Assert.DoesNotContain(secret, string.Join(' ', calls.SelectMany(call => call.Arguments)), StringComparison.Ordinal);
        var secrets = JsonNode.Parse(calls[1].Input!)!.AsObject();
        Assert.Equal(secret, secrets["Cognito:Secretive:Clients:Worker:ClientSecret"]!.GetValue<string>());
        Assert.Equal(RoundTripTests.KeyValue(shown.Stdout, "Cognito:Secretive:UserPoolId"), secrets["Cognito:Secretive:UserPoolId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_adds_a_missing_client_to_an_existing_pool_and_leaves_a_changed_one_alone_reporting_it()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        var config = Config.Replace("Backoffice", "Growing", StringComparison.Ordinal);
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), config);
        var first = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString());
        Assert.True(first.ExitCode == 0, first.ToString());

        // cognito.json gains a client and changes another; apply creates the first and only reports the second.
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), config
            .Replace("""{ "ClientName": "Web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }""",
                """{ "ClientName": "Web", "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, { "ClientName": "Mobile" }""", StringComparison.Ordinal));
        var second = await tool.RunAsync("apply", "--endpoint", emulator.Url.ToString());

        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains("created app client Mobile", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("~ client Web: ExplicitAuthFlows: +ALLOW_USER_SRP_AUTH, -ALLOW_USER_PASSWORD_AUTH", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("Cognito:Growing:Clients:Mobile:ClientId=", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(RoundTripTests.KeyValue(first.Stdout, "Cognito:Growing:Clients:Web:ClientId"), RoundTripTests.KeyValue(second.Stdout, "Cognito:Growing:Clients:Web:ClientId"));
    }
}
