using System.Text.Json.Nodes;
using CognitoTyped.Generators.Model;
using CognitoTyped.Tool.Model;
using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>
/// apply → pull on cognito-local gives back the same pools, for every cognito.json the generator tests use: the pulled file
/// is accepted by the generator with zero diagnostics, it holds no ID or secret, its model is the original's (attributes,
/// clients and what they may do, groups), and check finds both in step.
/// </summary>
public sealed class RoundTripTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    public static TheoryData<string> Configs() => [.. Directory.GetFiles(RepositoryPaths.GeneratorConfigs, "*.json").Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Configs))]
    public async Task Apply_then_pull_gives_back_the_same_model(string config)
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        var configPath = RepositoryPaths.GeneratorConfigs + "/" + config;
        var original = CognitoJsonFile.Read(configPath);

        var apply = await tool.RunAsync("apply", "--config", configPath, "--endpoint", emulator.Url.ToString());
        AssertInStepBesidesPolicyMerge(apply, apply.Stderr);
        var poolIds = original.Pools.Select(pool => KeyValue(apply.Stdout, $"Cognito:{pool.Name}:UserPoolId")).ToList();

        var pullArguments = new List<string> { "pull", "--endpoint", emulator.Url.ToString(), "--output", "pulled.json" };
        foreach (var (pool, id) in original.Pools.Zip(poolIds))
        {
            pullArguments.AddRange(["--user-pool-id", pool.Name + "=" + id]);
        }

        var pull = await tool.RunAsync([.. pullArguments]);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        var pulledText = await File.ReadAllTextAsync(tool.PathOf("pulled.json"));

        // The generator's own parser, then the generator itself: zero diagnostics, code emitted.
        Assert.Empty(CognitoJsonFile.Diagnose("cognito.json", pulledText, out var pulled));
        Assert.NotNull(pulled);
        var (generatorDiagnostics, sources) = GeneratorRun.Run(pulledText);
        Assert.Empty(generatorDiagnostics);
        Assert.True(sources > 0);

        // No ID or secret.
        foreach (var id in poolIds.Concat(ClientIds(apply.Stdout)))
        {
            Assert.DoesNotContain(id, pulledText, StringComparison.Ordinal);
        }

        foreach (var member in new[] { "\"UserPoolId\"", "\"ClientId\"", "\"ClientSecret\"", "\"IdentityPoolId\"", "\"Id\"" })
        {
            Assert.DoesNotContain(member, pulledText, StringComparison.Ordinal);
        }

        // The same pools, in canonical form and as the generator models them.
        Assert.Equal(original.Pools.Select(pool => pool.Name), pulled!.Pools.Select(pool => pool.Name));
        foreach (var (expected, actual) in original.Pools.Zip(pulled.Pools))
        {
            Assert.Empty(Drift.Compare(WhatCognitoLocalHolds(expected), CognitoJsonFile.Snapshot(actual)).Select(change => change.Describe()));
            Assert.Equal(CustomAttributes(expected), CustomAttributes(actual));
            Assert.Equal(StandardAttributesBeyondDefaults(expected), StandardAttributesBeyondDefaults(actual));
            Assert.Equal(ClientAbilities(expected), ClientAbilities(actual));
            Assert.Equal(expected.Groups.Select(group => (group.Name, group.ConstantName, group.Description)).Order(), actual.Groups.Select(group => (group.Name, group.ConstantName, group.Description)).Order());
            Assert.Equal(expected.AllowAdminCreateUserOnly, actual.AllowAdminCreateUserOnly);
            Assert.Equal(expected.MfaConfiguration, actual.MfaConfiguration);
        }

        var check = await tool.RunAsync("check", "--config", configPath, "--endpoint", emulator.Url.ToString());
        AssertInStepBesidesPolicyMerge(check, check.Stdout);
    }

    /// <summary>
    /// In step (exit 0), or exit 1 for one cognito-local quirk only: it deep-merges a given password policy into its default, so
    /// the Require* members cognito.json leaves out (false on AWS) are true there. check is right to report that.
    /// </summary>
    private static void AssertInStepBesidesPolicyMerge(ToolRun run, string diff)
    {
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        if (run.ExitCode == 1)
        {
            var changes = diff.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("~ ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(changes);
            Assert.All(changes, line => Assert.Matches(@"^~ pool: Policies\.PasswordPolicy\.Require\w+: \(default\) in cognito\.json, true deployed$", line));
        }
    }

    /// <summary>
    /// cognito-local 5.3.0 has no resource servers and no identity pools: those are left out of the expectation (and the
    /// scopes only a resource server defines with them). Everything else must come back.
    /// </summary>
    private static PoolSnapshot WhatCognitoLocalHolds(UserPoolModel pool)
    {
        var snapshot = CognitoJsonFile.Snapshot(pool);
        snapshot.ResourceServers.Clear();
        snapshot.IdentityPool = null;

        // cognito-local deep-merges a given password policy into its default one: what the request leaves out is true there.
        var request = JsonNode.Parse(pool.CreateUserPoolJson)!.AsObject();
        if (request["Policies"]?["PasswordPolicy"] is JsonObject policy)
        {
            foreach (var flag in new[] { "RequireUppercase", "RequireLowercase", "RequireNumbers", "RequireSymbols" })
            {
                policy[flag] ??= true;
            }

            snapshot.Settings = Normalizer.PoolSettings(request);
        }

        string[] standard = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];
        foreach (var client in snapshot.Clients.Values)
        {
            if (client["AllowedOAuthScopes"] is JsonArray scopes)
            {
                var kept = scopes.Where(scope => standard.Contains(scope!.GetValue<string>())).Select(scope => scope!.DeepClone()).ToArray();
                client["AllowedOAuthScopes"] = new JsonArray(kept);
            }
        }

        return snapshot;
    }

    private static List<string> CustomAttributes(UserPoolModel pool)
        => [.. pool.Attributes.Where(a => a.IsCustom).Select(a => $"{a.CognitoName} {a.PropertyName} {a.ClrType} {a.DataType} required={a.IsRequired} mutable={a.IsMutable} {a.MinLength}..{a.MaxLength} {a.MinValue}..{a.MaxValue}").Order(StringComparer.Ordinal)];

    /// <summary>Standard attributes that differ from Cognito's defaults (those at defaults every pool has, declared or not).</summary>
    private static List<string> StandardAttributesBeyondDefaults(UserPoolModel pool)
        => [.. pool.Attributes.Where(a => !a.IsCustom && a.CognitoName != "identities" && (a.IsRequired || !a.IsMutable || Bounds(a).Length > 0))
            .Select(a => $"{a.CognitoName} {a.ClrType} required={a.IsRequired} mutable={a.IsMutable} {Bounds(a)}").Order(StringComparer.Ordinal)];

    /// <summary>Length bounds other than Cognito's defaults (0 to 2048; birthdate 10 to 10).</summary>
    private static string Bounds(AttributeModel attribute)
        => attribute.CognitoName == "birthdate" && attribute is { MinLength: 10, MaxLength: 10 } ? string.Empty
            : (attribute.MinLength is null or 0 ? string.Empty : "min " + attribute.MinLength) + (attribute.MaxLength is null or 2048 ? string.Empty : " max " + attribute.MaxLength);

    private static List<string> ClientAbilities(UserPoolModel pool)
        => [.. pool.Clients.Select(c => $"{c.Name} secret={c.GenerateSecret} srp={c.AllowUserSrp} password={c.AllowUserPassword} refresh={c.AllowRefresh} custom={c.AllowCustomAuth} userAuth={c.AllowUserAuth} admin={c.AllowAdminUserPassword} revocation={c.EnableTokenRevocation} code={c.AllowsCodeFlow} callbacks={string.Join(' ', c.CallbackUrls.Order(StringComparer.Ordinal))} logouts={string.Join(' ', c.LogoutUrls.Order(StringComparer.Ordinal))} redirect={c.DefaultRedirectUri} read={Explicit(c.CreateUserPoolClientJson, "ReadAttributes")} write={Explicit(c.CreateUserPoolClientJson, "WriteAttributes")}").Order(StringComparer.Ordinal)];

    private static string Explicit(string clientJson, string member)
        => JsonNode.Parse(clientJson)?[member] is JsonArray list ? string.Join(' ', list.Select(item => item!.GetValue<string>()).Order(StringComparer.Ordinal)) : "(all)";

    internal static string KeyValue(string stdout, string key)
        => stdout.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..]
            ?? throw new Xunit.Sdk.XunitException($"'{key}' is not in the output:\n{stdout}");

    private static IEnumerable<string> ClientIds(string stdout)
        => stdout.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(":ClientId=", StringComparison.Ordinal)).Select(line => line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]);
}
