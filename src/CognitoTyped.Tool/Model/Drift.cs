using System.Text.Json.Nodes;

namespace CognitoTyped.Tool.Model;

/// <summary>How one member differs: only in cognito.json, only in the deployed pool, or set differently.</summary>
internal enum ChangeKind
{
    /// <summary>In cognito.json, not in the deployed pool.</summary>
    Missing,

    /// <summary>In the deployed pool, not in cognito.json.</summary>
    Extra,

    /// <summary>In both, with different values.</summary>
    Changed,
}

/// <summary>
/// One difference between cognito.json (expected) and the deployed pool (actual). <see cref="Entity"/> is what it is about
/// ("attribute custom:plan", "client Web", "group admins", "resource server orders", "pool", "identity pool");
/// <see cref="Member"/> the member within it, or null when the whole entity is missing or extra.
/// </summary>
internal sealed record Change(ChangeKind Kind, string Entity, string? Member, JsonNode? Expected, JsonNode? Actual)
{
    /// <summary>One line a human reads at a glance.</summary>
    public string Describe()
    {
        if (Member is null)
        {
            return Kind == ChangeKind.Missing
                ? $"- {Entity}: in cognito.json, not deployed"
                : $"+ {Entity}: deployed, not in cognito.json{Summary(Actual)}";
        }

        if (Expected is JsonArray expectedItems && Actual is JsonArray actualItems && IsStringSet(expectedItems) && IsStringSet(actualItems))
        {
            var expectedSet = expectedItems.Select(Normalizer.Text).ToHashSet(StringComparer.Ordinal);
            var actualSet = actualItems.Select(Normalizer.Text).ToHashSet(StringComparer.Ordinal);
            var parts = actualSet.Where(item => !expectedSet.Contains(item)).Select(item => "+" + item)
                .Concat(expectedSet.Where(item => !actualSet.Contains(item)).Select(item => "-" + item));
            return $"~ {Entity}: {Member}: {string.Join(", ", parts)}";
        }

        return $"~ {Entity}: {Member}: {Show(Expected, Member)} in cognito.json, {Show(Actual, Member)} deployed";
    }

    /// <summary>AWS's defaults of the members a diff most often shows, so "(default)" can say what it is.</summary>
    private static readonly Dictionary<string, string> s_defaults = new(StringComparer.Ordinal)
    {
        ["AttributeDataType"] = "String",
        ["Mutable"] = "true",
        ["Required"] = "false",
        ["GenerateSecret"] = "false",
        ["EnableTokenRevocation"] = "true",
        ["AllowedOAuthFlowsUserPoolClient"] = "false",
        ["PreventUserExistenceErrors"] = "LEGACY",
        ["MfaConfiguration"] = "OFF",
        ["DeletionProtection"] = "INACTIVE",
        ["AccessTokenValidity"] = "1 hour",
        ["IdTokenValidity"] = "1 hour",
        ["RefreshTokenValidity"] = "30 days",
    };

    private static string Show(JsonNode? node, string member)
        => node is null && s_defaults.TryGetValue(member, out var value) ? "(default: " + value + ")" : Show(node);

    private static bool IsStringSet(JsonArray array) => array.All(item => Normalizer.Text(item) is not null);

    private static string Summary(JsonNode? node)
    {
        if (node is not JsonObject entity)
        {
            return string.Empty;
        }

        var members = entity.Where(pair => pair.Key is not ("Name" or "ClientName" or "GroupName" or "Identifier")).ToList();
        return members.Count == 0 ? string.Empty : " (" + string.Join(", ", members.Select(pair => pair.Key + "=" + Show(pair.Value))) + ")";
    }

    /// <summary>A value as JSON, or "(not set)"; AWS's default is what "not set" means.</summary>
    internal static string Show(JsonNode? node) => node is null ? "(default)" : node.ToJsonString();
}

/// <summary>Compares a pool of cognito.json with the deployed one, member by member.</summary>
internal static class Drift
{
    public static List<Change> Compare(PoolSnapshot expected, PoolSnapshot actual)
    {
        var changes = new List<Change>();
        CompareMembers(changes, "pool", expected.Settings, actual.Settings);
        CompareEntities(changes, "attribute", expected.Attributes, actual.Attributes);
        CompareEntities(changes, "client", expected.Clients, actual.Clients);
        CompareEntities(changes, "group", expected.Groups, actual.Groups);
        if (actual.ResourceServersKnown)
        {
            CompareEntities(changes, "resource server", expected.ResourceServers, actual.ResourceServers);
        }

        if (expected.IdentityPool is not null && actual.IdentityPool is not null)
        {
            CompareMembers(changes, "identity pool", expected.IdentityPool, actual.IdentityPool);
        }

        return changes;
    }

    private static void CompareEntities(List<Change> changes, string kind, SortedDictionary<string, JsonObject> expected, SortedDictionary<string, JsonObject> actual)
    {
        foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var entity = kind + " " + key;
            var inExpected = expected.TryGetValue(key, out var expectedEntity);
            var inActual = actual.TryGetValue(key, out var actualEntity);
            if (inExpected && inActual)
            {
                CompareMembers(changes, entity, expectedEntity!, actualEntity!);
            }
            else
            {
                changes.Add(new Change(inExpected ? ChangeKind.Missing : ChangeKind.Extra, entity, null, expectedEntity, actualEntity));
            }
        }
    }

    /// <summary>Members compared by dotted path (Policies.PasswordPolicy.MinimumLength); arrays and scalars as whole values.</summary>
    private static void CompareMembers(List<Change> changes, string entity, JsonObject expected, JsonObject actual)
    {
        var expectedFlat = Flatten(expected);
        var actualFlat = Flatten(actual);
        foreach (var path in expectedFlat.Keys.Union(actualFlat.Keys).Order(StringComparer.Ordinal))
        {
            expectedFlat.TryGetValue(path, out var expectedValue);
            actualFlat.TryGetValue(path, out var actualValue);
            if (!JsonNode.DeepEquals(expectedValue, actualValue))
            {
                changes.Add(new Change(ChangeKind.Changed, entity, path, expectedValue, actualValue));
            }
        }
    }

    private static Dictionary<string, JsonNode?> Flatten(JsonObject node, string prefix = "")
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in node)
        {
            var path = prefix + key;
            if (value is JsonObject child)
            {
                foreach (var (childPath, childValue) in Flatten(child, path + "."))
                {
                    result[childPath] = childValue;
                }
            }
            else
            {
                result[path] = value;
            }
        }

        return result;
    }
}
