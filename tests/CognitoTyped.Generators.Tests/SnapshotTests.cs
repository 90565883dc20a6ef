namespace CognitoTyped.Generators.Tests;

/// <summary>The generated code for each config under Configs/, compared with its reviewed snapshot under Snapshots/.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Configs() => new(GeneratorHarness.ConfigNames());

    [Fact]
    public void There_are_at_least_the_six_configs_the_issue_asks_for()
    {
        var names = GeneratorHarness.ConfigNames().ToList();
        Assert.Superset(
            new HashSet<string> { "minimal", "every-attribute-type", "many-clients", "secret-client", "identity-pool-and-groups", "describe-user-pool" },
            names.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Generated_code_matches_the_snapshot(string config)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig(config), withDependencyInjection: true, withAspNetCore: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Result.GeneratedSources);
        Snapshot.Verify(config, GeneratorHarness.Concatenate(run.Result));
    }

    [Fact]
    public void GeneratedCode_names_the_package_version_the_runtime_was_built_with()
    {
        var runtimeVersion = typeof(CognitoAuthClient).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion.Split('+')[0];
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("minimal"));

        Assert.NotEqual("1.0.0", runtimeVersion);
        Assert.Equal(runtimeVersion, ThisAssembly.Version);
        Assert.All(run.Result.GeneratedSources, source =>
            Assert.Contains("GeneratedCode(\"CognitoTyped.Generators\", \"" + runtimeVersion + "\")", source.SourceText.ToString(), StringComparison.Ordinal));
    }
}
