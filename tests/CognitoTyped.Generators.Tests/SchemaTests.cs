using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CognitoTyped.Generators.Tests;

/// <summary>cognito.schema.json (what editors complete and validate with) accepts exactly the members the generator accepts.</summary>
public sealed class SchemaTests
{
    private static JsonDocument LoadSchema([CallerFilePath] string callerPath = "")
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "generators", "CognitoTyped.Generators", "cognito.schema.json")));

    [Theory]
    [InlineData("root")]
    [InlineData("userPool")]
    [InlineData("schemaAttribute")]
    [InlineData("client")]
    [InlineData("group")]
    [InlineData("identityPool")]
    public void Schema_lists_the_members_the_parser_accepts(string kind)
    {
        using var schema = LoadSchema();
        var node = kind == "root" ? schema.RootElement : schema.RootElement.GetProperty("definitions").GetProperty(kind);

        var schemaMembers = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(CognitoGenerator.KnownMembers[kind].Order(StringComparer.Ordinal), schemaMembers);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_lists_the_auth_flows_and_data_types_the_parser_accepts()
    {
        using var schema = LoadSchema();
        var definitions = schema.RootElement.GetProperty("definitions");

        var flows = definitions.GetProperty("client").GetProperty("properties").GetProperty("ExplicitAuthFlows").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var types = definitions.GetProperty("schemaAttribute").GetProperty("properties").GetProperty("AttributeDataType").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(CognitoGenerator.AuthFlows, flows);
        Assert.Equal(CognitoGenerator.AttributeDataTypes, types);
    }
}
