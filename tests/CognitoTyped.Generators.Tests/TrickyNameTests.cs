using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators.Tests;

/// <summary>Names that are C# keywords, start with digits, collide after PascalCasing or are not ASCII still make valid C#.</summary>
public sealed class TrickyNameTests
{
    private const string Config = """
        {
          "Namespace": "Tricky.Names",
          "UserPools": [
            {
              "Name": "class",
              "Schema": [
                { "Name": "given_name" },
                { "Name": "custom:given_name" },
                { "Name": "a-b" },
                { "Name": "a_b" },
                { "Name": "2fa" },
                { "Name": "to_attributes" },
                { "Name": "custom:sub" },
                { "Name": "größe" },
                { "Name": "名前" },
                { "Name": "class_attributes" },
                { "Name": "-" },
                { "Name": "int" }
              ],
              "Groups": [{ "GroupName": "admins" }, { "GroupName": "Admins" }, { "GroupName": "is-in-admins" }, { "GroupName": "class_groups" }, { "GroupName": "+" }],
              "Clients": [{ "ClientName": "default" }, { "ClientName": "Café app" }, { "ClientName": "9" }]
            },
            { "Name": "123 pool", "Clients": [{ "ClientName": "x" }] }
          ]
        }
        """;

    [Fact]
    public void Tricky_names_generate_code_that_compiles_clean()
    {
        var run = GeneratorHarness.Run(Config, withDependencyInjection: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void Collisions_are_resolved_deterministically()
    {
        var run = GeneratorHarness.Run(Config);
        var attributes = run.Output.GetTypeByMetadataName("Tricky.Names.ClassAttributes")!;
        var properties = attributes.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToList();

        Assert.Equal(
            new[] { "Sub", "GivenName", "GivenNameAttribute", "AB", "ABAttribute", "_2fa", "ToAttributesAttribute", "SubAttribute", "Größe", "名前", "ClassAttributesAttribute", "Attribute", "Int", "AdditionalAttributes" },
            properties.Where(p => p != "EqualityContract"));
        var groups = run.Output.GetTypeByMetadataName("Tricky.Names.ClassGroups")!;
        Assert.Equal(
            new[] { "Admins", "AdminsGroup", "IsInAdminsGroup2", "ClassGroupsGroup", "Group" },
            groups.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.Name != "ClaimType").Select(f => f.Name));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tricky.Names.ClassDefaultClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tricky.Names.ClassCaféAppClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tricky.Names.Class9Client"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Tricky.Names._123PoolXClient"));
    }

    [Fact]
    public void Hint_names_are_ascii_file_names()
    {
        var run = GeneratorHarness.Run(Config);

        Assert.All(run.HintNames, hint => Assert.Matches("^[A-Za-z0-9_.]+$", hint));
    }
}
