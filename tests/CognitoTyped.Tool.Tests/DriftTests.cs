using System.Text.Json.Nodes;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>A pool changed behind cognito.json's back: check exits 1 and names each change, as text and as JSON.</summary>
public sealed class DriftTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    private const string Config = """
        {
          "UserPools": [{
            "Name": "Drifting",
            "Schema": [{ "Name": "email", "Required": true }, { "Name": "tenant_id", "Mutable": false }],
            "Groups": [{ "GroupName": "admins" }],
            "Clients": [{ "ClientName": "Web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                          "ReadAttributes": ["email", "custom:tenant_id"] }]
          }]
        }
        """;

    [Fact]
    public async Task Check_exits_1_and_names_each_change_made_to_the_deployed_pool()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), Config);
        var endpoint = emulator.Url.ToString();
        var apply = await tool.RunAsync("apply", "--endpoint", endpoint);
        Assert.True(apply.ExitCode == 0, apply.ToString());
        var poolId = RoundTripTests.KeyValue(apply.Stdout, "Cognito:Drifting:UserPoolId");
        var clientId = RoundTripTests.KeyValue(apply.Stdout, "Cognito:Drifting:Clients:Web:ClientId");
        var inStep = await tool.RunAsync("check", "--user-pool-id", "Drifting=" + poolId, "--endpoint", endpoint);
        Assert.True(inStep.ExitCode == 0, inStep.ToString());
        Assert.Equal($"Drifting ({poolId}): in step", inStep.Stdout.Split('\n')[0]);

        await emulator.Admin.AddCustomAttributesAsync(new AddCustomAttributesRequest
        {
            UserPoolId = poolId,
            CustomAttributes = [new SchemaAttributeType { Name = "plan", AttributeDataType = "Number" }],
        });
        await emulator.Admin.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientId = clientId,
            ClientName = "Web",
            ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
            ReadAttributes = ["email", "custom:tenant_id"],
        });
        await emulator.Admin.CreateGroupAsync(new CreateGroupRequest { UserPoolId = poolId, GroupName = "auditors" });
        await emulator.Admin.DeleteGroupAsync(new DeleteGroupRequest { UserPoolId = poolId, GroupName = "admins" });

        var drift = await tool.RunAsync("check", "--user-pool-id", "Drifting=" + poolId, "--endpoint", endpoint);

        Assert.True(drift.ExitCode == 1, drift.ToString());
        var lines = drift.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToList();
        Assert.Equal($"Drifting ({poolId}): 4 differences (- only in cognito.json, + only deployed, ~ different)", lines[0]);
        Assert.Contains("+ attribute custom:plan: deployed, not in cognito.json (AttributeDataType=\"Number\")", lines);
        Assert.Contains("~ client Web: ExplicitAuthFlows: +ALLOW_USER_PASSWORD_AUTH", lines);
        Assert.Contains("+ group auditors: deployed, not in cognito.json", lines);
        Assert.Contains("- group admins: in cognito.json, not deployed", lines);

        var json = await tool.RunAsync("check", "--user-pool-id", "Drifting=" + poolId, "--endpoint", endpoint, "--format", "json");
        Assert.True(json.ExitCode == 1, json.ToString());
        var report = JsonNode.Parse(json.Stdout)!;
        Assert.False(report["inStep"]!.GetValue<bool>());
        var changes = report["pools"]![0]!["changes"]!.AsArray();
        Assert.Equal(
            ["changed client Web ExplicitAuthFlows", "extra attribute custom:plan", "extra group auditors", "missing group admins"],
            changes.Select(change => $"{change!["kind"]} {change["entity"]}{(change["member"] is { } member ? " " + member : string.Empty)}").Order(StringComparer.Ordinal));
        var flows = changes.Single(change => change!["member"]?.GetValue<string>() == "ExplicitAuthFlows")!;
        Assert.Equal(3, flows["actual"]!.AsArray().Count);
    }

    [Fact]
    public async Task Check_reports_a_pool_that_is_not_deployed_as_drift()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), Config.Replace("Drifting", "NeverApplied", StringComparison.Ordinal));

        var check = await tool.RunAsync("check", "--endpoint", emulator.Url.ToString());

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("- user pool NeverApplied: in cognito.json, not deployed", check.Stdout, StringComparison.Ordinal);
    }
}
