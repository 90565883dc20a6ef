using System.Globalization;
using System.Text.Json.Nodes;
using CognitoTyped.Generators;

namespace CognitoTyped.Tool.Model;

/// <summary>
/// Brings one side of a comparison into a canonical form, in AWS's request vocabulary: AWS defaults and empty values left out,
/// sets sorted, IDs, secrets and read-only members dropped. The deployed pool (what Describe* return) and cognito.json (what
/// the generator's parser passes on to provisioning) go through the same functions, so "the same" means the same on both sides,
/// and what <c>pull</c> writes is exactly what <c>check</c> compares.
/// </summary>
internal static class Normalizer
{
    /// <summary>What Cognito uses for ExplicitAuthFlows when a client is created without them.</summary>
    private static readonly string[] s_defaultAuthFlows = ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"];

    /// <summary>Pool members that are sets: their order means nothing.</summary>
    private static readonly string[] s_poolSetMembers = ["AliasAttributes", "AutoVerifiedAttributes", "UsernameAttributes"];

    /// <summary>Client members that are sets.</summary>
    private static readonly string[] s_clientSetMembers = ["AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "ExplicitAuthFlows", "LogoutURLs", "ReadAttributes", "SupportedIdentityProviders", "WriteAttributes"];

    /// <summary>Members of DescribeUserPool that describe the pool's state, not its shape (and its ID).</summary>
    private static readonly string[] s_poolReadOnly = ["Id", "Arn", "Name", "PoolName", "Status", "CreationDate", "LastModifiedDate", "EstimatedNumberOfUsers", "SmsConfigurationFailure", "EmailConfigurationFailure", "Domain", "CustomDomain", "Schema", "SchemaAttributes"];

    /// <summary>Pool members whose whole value is Cognito's default when nothing is asked for.</summary>
    private static readonly (string Member, string DefaultJson)[] s_poolDefaults =
    [
        ("DeletionProtection", "\"INACTIVE\""),
        ("MfaConfiguration", "\"OFF\""),
        ("UserPoolTier", "\"ESSENTIALS\""),
        ("VerificationMessageTemplate", """{"DefaultEmailOption":"CONFIRM_WITH_CODE"}"""),
        ("EmailConfiguration", """{"EmailSendingAccount":"COGNITO_DEFAULT"}"""),
        ("UserPoolAddOns", """{"AdvancedSecurityMode":"OFF"}"""),
        ("DeviceConfiguration", """{"ChallengeRequiredOnNewDevice":false,"DeviceOnlyRememberedOnUserPrompt":false}"""),
    ];

    /// <summary>The pool-level settings (everything but the name and the schema).</summary>
    public static JsonObject PoolSettings(JsonObject pool)
    {
        var settings = Clone(pool);
        foreach (var member in s_poolReadOnly)
        {
            settings.Remove(member);
        }

        foreach (var member in s_poolSetMembers)
        {
            SortSet(settings, member);
        }

        if (settings["Policies"] is JsonObject policies)
        {
            if (policies["PasswordPolicy"] is JsonObject password)
            {
                NormalizePasswordPolicy(policies, password);
            }

            RemoveIfEquals(policies, "SignInPolicy", """{"AllowedFirstAuthFactors":["PASSWORD"]}""");
        }

        if (settings["AdminCreateUserConfig"] is JsonObject adminCreate)
        {
            RemoveIfEquals(adminCreate, "AllowAdminCreateUserOnly", "false");
            RemoveIfEquals(adminCreate, "UnusedAccountValidityDays", "7");
        }

        foreach (var (member, defaultJson) in s_poolDefaults)
        {
            RemoveIfEquals(settings, member, defaultJson);
        }

        return SortMembers(Prune(settings));
    }

    /// <summary>
    /// A password policy as Cognito holds it: members left out of a policy that is given are false / 0 / 7 days (they are
    /// plain request members), while a pool created with no policy gets Cognito's default (8 characters, every class, 7 days).
    /// </summary>
    private static void NormalizePasswordPolicy(JsonObject policies, JsonObject password)
    {
        var length = Int(password["MinimumLength"]) ?? 8;
        bool Flag(string name) => password[name]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var upper = Flag("RequireUppercase");
        var lower = Flag("RequireLowercase");
        var numbers = Flag("RequireNumbers");
        var symbols = Flag("RequireSymbols");
        var temporary = Int(password["TemporaryPasswordValidityDays"]) ?? 7;
        var history = Int(password["PasswordHistorySize"]) ?? 0;
        if (length == 8 && upper && lower && numbers && symbols && temporary == 7 && history == 0)
        {
            policies.Remove("PasswordPolicy");
            return;
        }

        var canonical = new JsonObject { ["MinimumLength"] = length };
        foreach (var (name, value) in new[] { ("RequireUppercase", upper), ("RequireLowercase", lower), ("RequireNumbers", numbers), ("RequireSymbols", symbols) })
        {
            if (value)
            {
                canonical[name] = true;
            }
        }

        if (temporary != 7)
        {
            canonical["TemporaryPasswordValidityDays"] = temporary;
        }

        if (history != 0)
        {
            canonical["PasswordHistorySize"] = history;
        }

        policies["PasswordPolicy"] = canonical;
    }

    /// <summary>
    /// One schema attribute: its canonical name (<c>custom:x</c> for custom attributes, the standard name otherwise) and its
    /// members with Cognito's defaults left out; null for <c>sub</c> and <c>identities</c>, which every pool has and nobody declares.
    /// A standard attribute with nothing left but its name is at Cognito's defaults: every pool has it as is.
    /// </summary>
    public static (string Name, JsonObject Attribute)? Attribute(JsonObject attribute)
    {
        var written = attribute["Name"]?.GetValue<string>() ?? string.Empty;
        var copy = Clone(attribute);
        var name = written;
        if (name.StartsWith("dev:", StringComparison.Ordinal))
        {
            name = name[4..];
            copy["DeveloperOnlyAttribute"] = true;
        }

        bool custom;
        if (name.StartsWith("custom:", StringComparison.Ordinal))
        {
            custom = true;
        }
        else
        {
            custom = !CognitoGenerator.StandardAttributes.ContainsKey(name);
            if (custom)
            {
                name = "custom:" + name;
            }
        }

        if (name is "sub" or "identities")
        {
            return null;
        }

        copy["Name"] = name;
        var defaultType = custom ? "String" : CognitoGenerator.StandardAttributes[name];
        RemoveIfEquals(copy, "AttributeDataType", "\"" + defaultType + "\"");
        RemoveIfEquals(copy, "Mutable", "true");
        RemoveIfEquals(copy, "Required", "false");
        RemoveIfEquals(copy, "DeveloperOnlyAttribute", "false");
        foreach (var constraints in new[] { "StringAttributeConstraints", "NumberAttributeConstraints" })
        {
            if (copy[constraints] is JsonObject bounds)
            {
                // AWS writes the bounds as strings; a number written by hand is the same bound.
                foreach (var bound in bounds.Select(pair => pair.Key).ToList())
                {
                    if (bounds[bound] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                    {
                        bounds[bound] = value.ToJsonString();
                    }
                }
            }
        }

        if (copy["StringAttributeConstraints"] is JsonObject strings)
        {
            if (name == "birthdate" && Text(strings["MinLength"]) == "10" && Text(strings["MaxLength"]) == "10")
            {
                strings.Remove("MinLength");
                strings.Remove("MaxLength");
            }

            // 0 to 2048 characters is what every string attribute may hold anyway.
            RemoveIfEquals(strings, "MinLength", "\"0\"");
            RemoveIfEquals(strings, "MaxLength", "\"2048\"");
        }

        if (name == "updated_at" && copy["NumberAttributeConstraints"] is JsonObject numbers)
        {
            RemoveIfEquals(numbers, "MinValue", "\"0\"");
        }

        var pruned = SortMembers(Prune(copy), "Name");
        if (!custom && pruned.Count == 1)
        {
            return null;
        }

        return (name, pruned);
    }

    /// <summary>One app client, as CreateUserPoolClient members: its ID, secret and pool dropped (a secret becomes GenerateSecret).</summary>
    public static JsonObject Client(JsonObject client)
    {
        var copy = Clone(client);
        if (copy["ClientSecret"] is JsonValue)
        {
            copy["GenerateSecret"] = true;
        }

        foreach (var member in new[] { "ClientId", "ClientSecret", "UserPoolId", "CreationDate", "LastModifiedDate" })
        {
            copy.Remove(member);
        }

        foreach (var member in s_clientSetMembers)
        {
            SortSet(copy, member);
        }

        if (copy["ExplicitAuthFlows"] is JsonArray flows && flows.Select(Text).SequenceEqual(s_defaultAuthFlows))
        {
            copy.Remove("ExplicitAuthFlows");
        }

        NormalizeTokenValidity(copy);
        RemoveIfEquals(copy, "GenerateSecret", "false");
        RemoveIfEquals(copy, "AllowedOAuthFlowsUserPoolClient", "false");
        RemoveIfEquals(copy, "EnableTokenRevocation", "true");
        RemoveIfEquals(copy, "EnablePropagateAdditionalUserContextData", "false");
        RemoveIfEquals(copy, "PreventUserExistenceErrors", "\"LEGACY\"");
        RemoveIfEquals(copy, "AuthSessionValidity", "3");
        if (copy["RefreshTokenRotation"] is JsonObject rotation && Text(rotation["Feature"]) is null or "DISABLED")
        {
            copy.Remove("RefreshTokenRotation");
        }

        return SortMembers(Prune(copy), "ClientName");
    }

    /// <summary>
    /// Token lifetimes as one canonical value and unit each (the largest unit that divides it), and none where they are
    /// Cognito's defaults (access and ID tokens 1 hour, refresh tokens 30 days): 60 minutes and 1 hour are the same lifetime.
    /// </summary>
    private static void NormalizeTokenValidity(JsonObject client)
    {
        var units = client["TokenValidityUnits"] as JsonObject;
        var canonicalUnits = new JsonObject();
        foreach (var (member, unitMember, defaultUnit, defaultMinutes) in new[]
        {
            ("AccessTokenValidity", "AccessToken", "hours", 60L),
            ("IdTokenValidity", "IdToken", "hours", 60L),
            ("RefreshTokenValidity", "RefreshToken", "days", 30L * 24 * 60),
        })
        {
            var value = Int(client[member]);
            client.Remove(member);
            if (value is null)
            {
                continue;
            }

            var seconds = value.Value * UnitSeconds(Text(units?[unitMember]) ?? defaultUnit);
            if (seconds == defaultMinutes * 60)
            {
                continue;
            }

            var (amount, unit) = seconds % 86400 == 0 ? (seconds / 86400, "days")
                : seconds % 3600 == 0 ? (seconds / 3600, "hours")
                : seconds % 60 == 0 ? (seconds / 60, "minutes")
                : (seconds, "seconds");
            client[member] = amount;
            canonicalUnits[unitMember] = unit;
        }

        client.Remove("TokenValidityUnits");
        if (canonicalUnits.Count > 0)
        {
            client["TokenValidityUnits"] = canonicalUnits;
        }
    }

    private static long UnitSeconds(string unit) => unit switch
    {
        "seconds" => 1,
        "minutes" => 60,
        "hours" => 3600,
        "days" => 86400,
        _ => throw new ToolException($"unknown token validity unit '{unit}'"),
    };

    /// <summary>One group, as CreateGroup members.</summary>
    public static JsonObject Group(JsonObject group)
    {
        var copy = Clone(group);
        foreach (var member in new[] { "UserPoolId", "CreationDate", "LastModifiedDate" })
        {
            copy.Remove(member);
        }

        return SortMembers(Prune(copy), "GroupName");
    }

    /// <summary>One resource server, as CreateResourceServer members, its scopes sorted by name.</summary>
    public static JsonObject ResourceServer(JsonObject server)
    {
        var copy = Clone(server);
        copy.Remove("UserPoolId");
        if (copy["Scopes"] is JsonArray scopes)
        {
            var sorted = scopes.OfType<JsonObject>().Select(scope => SortMembers(Prune(Clone(scope)), "ScopeName")).OrderBy(scope => Text(scope["ScopeName"]), StringComparer.Ordinal).ToList();
            copy["Scopes"] = new JsonArray([.. sorted]);
        }

        return SortMembers(Prune(copy), "Identifier", "Name");
    }

    /// <summary>
    /// The identity pool, as CreateIdentityPool members: its ID and the Cognito providers (which name the user pool's and
    /// clients' IDs) dropped. AllowUnauthenticatedIdentities always stays: it is the one member the generator types.
    /// </summary>
    public static JsonObject IdentityPool(JsonObject identityPool)
    {
        var copy = Clone(identityPool);
        copy.Remove("IdentityPoolId");
        copy.Remove("CognitoIdentityProviders");
        RemoveIfEquals(copy, "AllowClassicFlow", "false");
        var allowGuests = copy["AllowUnauthenticatedIdentities"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var pruned = Prune(copy);
        pruned["AllowUnauthenticatedIdentities"] = allowGuests;
        return SortMembers(pruned, "AllowUnauthenticatedIdentities");
    }

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;

    private static long? Int(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static JsonObject Clone(JsonObject node) => (JsonObject)node.DeepClone();

    private static void RemoveIfEquals(JsonObject owner, string member, string defaultJson)
    {
        if (owner[member] is { } value && JsonNode.DeepEquals(value, JsonNode.Parse(defaultJson)))
        {
            owner.Remove(member);
        }
    }

    private static void SortSet(JsonObject owner, string member)
    {
        if (owner[member] is JsonArray items)
        {
            var sorted = items.Select(item => item?.DeepClone()).OrderBy(item => item?.ToJsonString(), StringComparer.Ordinal).Distinct(JsonNodeComparer.Instance).ToArray();
            owner[member] = new JsonArray(sorted);
        }
    }

    /// <summary>Drops nulls, empty arrays and empty objects, recursively: Cognito does not tell "empty" from "not set".</summary>
    private static JsonObject Prune(JsonObject node)
    {
        foreach (var key in node.Select(pair => pair.Key).ToList())
        {
            var value = node[key];
            if (value is JsonObject child)
            {
                Prune(child);
                if (child.Count == 0)
                {
                    node.Remove(key);
                }
            }
            else if (value is null || (value is JsonArray array && array.Count == 0))
            {
                node.Remove(key);
            }
        }

        return node;
    }

    /// <summary>The members in a stable order: the named ones first, then the rest by name, recursively for objects.</summary>
    private static JsonObject SortMembers(JsonObject node, params string[] first)
    {
        var ordered = node.Select(pair => pair.Key)
            .OrderBy(key => Array.IndexOf(first, key) is var index && index >= 0 ? index : first.Length)
            .ThenBy(key => key, StringComparer.Ordinal)
            .ToList();
        var result = new JsonObject();
        foreach (var key in ordered)
        {
            var value = node[key]?.DeepClone();
            result[key] = value is JsonObject child ? SortMembers(child) : value;
        }

        return result;
    }

    private sealed class JsonNodeComparer : IEqualityComparer<JsonNode?>
    {
        public static readonly JsonNodeComparer Instance = new();

        public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

        public int GetHashCode(JsonNode? obj) => StringComparer.Ordinal.GetHashCode(obj?.ToJsonString() ?? "null");
    }
}
