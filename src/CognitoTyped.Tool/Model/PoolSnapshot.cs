using System.Text.Json.Nodes;

namespace CognitoTyped.Tool.Model;

/// <summary>
/// One user pool in canonical form (see <see cref="Normalizer"/>): what <c>check</c> compares and what <c>pull</c> writes.
/// Entities are keyed by their names (attributes by their Cognito name, clients by ClientName, groups by GroupName, resource
/// servers by Identifier) and held as AWS request members.
/// </summary>
internal sealed class PoolSnapshot
{
    // cognito.json member names (they happen to match this class's property names).
    private const string NameMember = "Name";
    private const string PoolNameMember = "PoolName";
    private const string IdentityPoolMember = "IdentityPool";

    public PoolSnapshot(string name, string poolName)
    {
        Name = name;
        PoolName = poolName;
    }

    /// <summary>The pool's name in cognito.json (its C# name).</summary>
    public string Name { get; }

    /// <summary>The pool's name in Cognito.</summary>
    public string PoolName { get; }

    public JsonObject Settings { get; set; } = new();

    public SortedDictionary<string, JsonObject> Attributes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, JsonObject> Clients { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, JsonObject> Groups { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, JsonObject> ResourceServers { get; } = new(StringComparer.Ordinal);

    /// <summary>Null when no identity pool is declared (or, deployed, none was asked for).</summary>
    public JsonObject? IdentityPool { get; set; }

    /// <summary>Whether resource servers could be read (false on an endpoint without ListResourceServers, such as cognito-local).</summary>
    public bool ResourceServersKnown { get; set; } = true;

    /// <summary>Fills <see cref="Attributes"/> from a CreateUserPool Schema or a DescribeUserPool SchemaAttributes list.</summary>
    public void AddSchema(JsonArray? schema)
    {
        foreach (var item in schema?.OfType<JsonObject>() ?? [])
        {
            if (Normalizer.Attribute(item) is { } attribute)
            {
                Attributes[attribute.Name] = attribute.Attribute;
            }
        }
    }

    /// <summary>
    /// This pool as a cognito.json pool entry: Name (and PoolName when it differs), the settings, Schema, resource servers,
    /// groups, clients and the identity pool, in that order; standard attributes before custom ones.
    /// </summary>
    public JsonObject ToCognitoJson()
    {
        var pool = new JsonObject { [NameMember] = Name };
        if (!string.Equals(Name, PoolName, StringComparison.Ordinal))
        {
            pool[PoolNameMember] = PoolName;
        }

        foreach (var (key, value) in Settings)
        {
            pool[key] = value?.DeepClone();
        }

        var schema = Attributes.OrderBy(pair => pair.Key.StartsWith("custom:", StringComparison.Ordinal) ? 1 : 0).ThenBy(pair => pair.Key, StringComparer.Ordinal);
        AddArray(pool, "Schema", schema.Select(pair => pair.Value));
        AddArray(pool, "ResourceServers", ResourceServers.Values);
        AddArray(pool, "Groups", Groups.Values);
        AddArray(pool, "Clients", Clients.Values);
        if (IdentityPool is not null)
        {
            pool[IdentityPoolMember] = IdentityPool.DeepClone();
        }

        return pool;
    }

    private static void AddArray(JsonObject owner, string member, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray([.. items.Select(item => item.DeepClone())]);
        if (array.Count > 0)
        {
            owner[member] = array;
        }
    }
}
