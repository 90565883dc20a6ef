using System.Text.Json.Nodes;
using CognitoTyped.Tool.Model;

namespace CognitoTyped.Tool.Tests;

/// <summary>
/// What check prints for changes cognito-local cannot make (an attribute's type or mutability cannot change once created;
/// a client's OAuth settings): one line each, readable at a glance.
/// </summary>
public sealed class DriftDescriptionTests
{
    [Fact]
    public void Attribute_type_and_mutability_changes_and_client_OAuth_changes_read_as_one_line_each()
    {
        var expected = Snapshot(
            """[{ "Name": "tenant_id", "Mutable": false }, { "Name": "seats", "AttributeDataType": "Number" }]""",
            """{ "ClientName": "Web", "AllowedOAuthFlows": ["code"], "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthScopes": ["openid", "email"], "CallbackURLs": ["https://app.example.com/cb"] }""",
            """{ "ClientName": "Cli" }""");
        var actual = Snapshot(
            """[{ "Name": "custom:tenant_id", "AttributeDataType": "String", "Mutable": true }, { "Name": "custom:seats", "AttributeDataType": "String" }]""",
            """{ "ClientName": "Web", "AllowedOAuthFlows": ["code", "implicit"], "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthScopes": ["openid"], "CallbackURLs": ["https://app.example.com/cb", "https://evil.example.net/cb"] }""");

        var lines = Drift.Compare(expected, actual).Select(change => change.Describe()).ToList();

        Assert.Equal(
            [
                "~ attribute custom:seats: AttributeDataType: \"Number\" in cognito.json, (default: String) deployed",
                "~ attribute custom:tenant_id: Mutable: false in cognito.json, (default: true) deployed",
                "- client Cli: in cognito.json, not deployed",
                "~ client Web: AllowedOAuthFlows: +implicit",
                "~ client Web: AllowedOAuthScopes: -email",
                "~ client Web: CallbackURLs: +https://evil.example.net/cb",
            ],
            lines);
    }

    private static PoolSnapshot Snapshot(string schema, params string[] clients)
    {
        var snapshot = new PoolSnapshot("Customers", "Customers");
        snapshot.AddSchema(JsonNode.Parse(schema)!.AsArray());
        foreach (var client in clients)
        {
            var json = JsonNode.Parse(client)!.AsObject();
            snapshot.Clients[json["ClientName"]!.GetValue<string>()] = Normalizer.Client(json);
        }

        return snapshot;
    }
}
