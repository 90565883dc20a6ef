using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Json;
using CognitoTyped.Generators.Model;
using CognitoTyped.Shared;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    /// <summary>
    /// cognito.json → <see cref="CognitoFileModel"/> and located diagnostics. A file with any error yields no model, so
    /// nothing half-valid is generated; every problem found is reported, not just the first.
    /// </summary>
    internal sealed class Parser
    {
        private const int MaxCustomAttributes = 50;

        private static readonly Regex s_poolOrClientName = new(@"^[\w\s+=,.@-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex s_groupOrAttributeName = new(@"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$", RegexOptions.CultureInvariant);
        private static readonly Regex s_accessKeyId = new(@"^(AKIA|ASIA)[A-Z0-9]{16}$", RegexOptions.CultureInvariant);
        private static readonly Regex s_secretAccessKeyShape = new(@"^[A-Za-z0-9/+]{40}$", RegexOptions.CultureInvariant);

        /// <summary>Members a generated attribute class has besides the attributes (so no attribute property may take their names).</summary>
        private static readonly string[] s_reservedMemberNames =
        {
            "Sub", "AdditionalAttributes", "FromAttributes", "ToAttributes", "FromIdToken", "Validate", "EqualityContract",
            "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize",
            "Username", "Attributes",
        };

        private readonly string _path;
        private readonly string _text;
        private readonly CancellationToken _cancellationToken;
        private readonly List<DiagnosticInfo> _diagnostics = new();
        private int[]? _lineStarts;

        private Parser(string path, string text, CancellationToken cancellationToken)
        {
            _path = path;
            _text = text;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Parses one file; never throws except for cancellation (a bug becomes CTY0199).</summary>
        public static Result<CognitoFileModel?> ParseSafely(CognitoFileText file, CancellationToken cancellationToken)
        {
            try
            {
                return Parse(file, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A generator bug must become a diagnostic, whatever it is.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var location = new LocationInfo(file.Path, new TextSpan(0, 0), new LinePositionSpan(default, default));
                return new Result<CognitoFileModel?>(
                    null,
                    new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, file.Path, exception.GetType().Name, exception.Message) }.ToEquatableArray());
            }
        }

        public static Result<CognitoFileModel?> Parse(CognitoFileText file, CancellationToken cancellationToken)
        {
            var parser = new Parser(file.Path, file.Content ?? string.Empty, cancellationToken);
            var model = parser.ParseFile(file.Content);
            var diagnostics = parser._diagnostics.ToEquatableArray();
            return new Result<CognitoFileModel?>(diagnostics.Count == 0 ? model : null, diagnostics);
        }

        private CognitoFileModel? ParseFile(string? content)
        {
            if (content is null || content.Trim().Trim('\uFEFF').Length == 0)
            {
                Report(DiagnosticDescriptors.MissingContent, 0, 0, System.IO.Path.GetFileName(_path));
                return null;
            }

            var root = JsonParser.Parse(_text, out var error);
            if (error is not null || root is null)
            {
                Report(DiagnosticDescriptors.InvalidJson, error?.Start ?? 0, error?.Length ?? 0, error?.Message ?? "it could not be read");
                return null;
            }

            ScanForSecretValues(root, 0);
            if (root is not JsonObject rootObject)
            {
                Report(DiagnosticDescriptors.WrongValueType, root.Start, root.Length, "cognito.json", "an object", root.KindName);
                return null;
            }

            CheckMembers(rootObject, s_rootSpec);
            string? ns = null;
            if (rootObject.Find("Namespace") is { Value: JsonScalar { Kind: JsonKind.String } namespaceValue } namespaceMember)
            {
                ns = namespaceValue.StringValue!;
                if (!Naming.IsValidNamespace(ns, out var reason))
                {
                    Report(DiagnosticDescriptors.InvalidName, namespaceMember.Value, ns, "C# namespace", reason);
                }
            }

            var pools = new List<UserPoolModel>();
            var poolNames = new HashSet<string>(StringComparer.Ordinal);
            var typeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["CognitoTypedServiceCollectionExtensions"] = "the DI registration" };
            var userPools = rootObject.Find("UserPools");
            if (userPools is null)
            {
                Report(DiagnosticDescriptors.MissingMember, rootObject.Start, 1, "cognito.json", "UserPools");
            }
            else if (userPools.Value is JsonArray poolArray)
            {
                foreach (var item in poolArray.Items)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var poolObject = item as JsonObject;
                    if (poolObject is { Members.Count: 1 } && poolObject.Members[0] is { Name: "UserPool", Value: JsonObject wrapped })
                    {
                        // `aws cognito-idp describe-user-pool` prints { "UserPool": { … } }; accept it pasted whole.
                        poolObject = wrapped;
                    }

                    if (poolObject is not null)
                    {
                        CheckMembers(poolObject, s_poolSpec);
                        var pool = ParsePool(poolObject, poolNames, typeNames);
                        if (pool is not null)
                        {
                            pools.Add(pool);
                        }
                    }
                }
            }

            return new CognitoFileModel(_path, ns, Location(0, 0), pools.ToEquatableArray());
        }

        private UserPoolModel? ParsePool(JsonObject pool, HashSet<string> poolNames, Dictionary<string, string> typeNames)
        {
            var nameMember = pool.Find("Name") ?? pool.Find("PoolName");
            if (nameMember is null)
            {
                Report(DiagnosticDescriptors.MissingMember, pool.Start, 1, "A user pool", "Name");
                return null;
            }

            if (nameMember.Value is not JsonScalar { Kind: JsonKind.String, StringValue: { } name } nameNode)
            {
                // Already reported as a wrong value type.
                return null;
            }

            var prefix = Naming.ToPascalCase(name);
            if (!IsValidName(nameNode, name, "user pool name", s_poolOrClientName, 128, prefix))
            {
                return null;
            }

            if (!poolNames.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, nameNode, "User pool", name);
                return null;
            }

            var poolTypesOk = ClaimTypeNames(typeNames, nameNode, "User pool", name, new[] { prefix + "Attributes", prefix + "User", prefix + "Definition", prefix + "Groups", prefix + "IdentityPool" });

            // The attribute list: Schema (CreateUserPool) or SchemaAttributes (describe-user-pool), not both.
            var schemaMember = pool.Find("Schema");
            var describedMember = pool.Find("SchemaAttributes");
            if (schemaMember is not null && describedMember is not null)
            {
                Report(DiagnosticDescriptors.DuplicateName, describedMember.NameStart, describedMember.NameLength, "The attribute list (Schema or SchemaAttributes)", name);
            }

            var declared = new List<DeclaredAttribute>();
            var attributeNames = new HashSet<string>(StringComparer.Ordinal);
            var customCount = 0;
            if ((schemaMember ?? describedMember)?.Value is JsonArray schema)
            {
                foreach (var item in schema.Items.OfType<JsonObject>())
                {
                    var attribute = ParseSchemaAttribute(item);
                    if (attribute is null)
                    {
                        continue;
                    }

                    if (!attributeNames.Add(attribute.CognitoName))
                    {
                        Report(DiagnosticDescriptors.DuplicateName, attribute.NameNode, "Attribute", attribute.CognitoName);
                        continue;
                    }

                    if (attribute.IsCustom && ++customCount > MaxCustomAttributes)
                    {
                        Report(DiagnosticDescriptors.TooManyCustomAttributes, attribute.NameNode, name, attribute.CognitoName, customCount.ToString(CultureInfo.InvariantCulture));
                    }

                    declared.Add(attribute);
                }
            }

            // Verification flags come with the attribute they verify, as in every Cognito pool.
            foreach (var (verified, of) in new[] { ("email_verified", "email"), ("phone_number_verified", "phone_number") })
            {
                if (attributeNames.Contains(of) && attributeNames.Add(verified))
                {
                    declared.Add(DeclaredAttribute.Standard(verified));
                }
            }

            var clientObjects = (pool.Find("Clients")?.Value as JsonArray)?.Items.OfType<JsonObject>().ToList() ?? new List<JsonObject>();

            // Every pool has every standard attribute; those a client names are typed too, even if Schema leaves them out.
            foreach (var client in clientObjects)
            {
                foreach (var listName in new[] { "ReadAttributes", "WriteAttributes" })
                {
                    foreach (var item in StringItems(client.Find(listName)))
                    {
                        var value = item.StringValue!;
                        if (StandardAttributes.ContainsKey(value) && value != "sub" && attributeNames.Add(value))
                        {
                            declared.Add(DeclaredAttribute.Standard(value));
                        }
                    }
                }
            }

            var attributes = AssignPropertyNames(declared, prefix, clientObjects);
            var adminOnly = (pool.Find("AdminCreateUserConfig")?.Value as JsonObject)?.Find("AllowAdminCreateUserOnly")?.Value.Kind == JsonKind.True;
            var mfa = (pool.Find("MfaConfiguration")?.Value as JsonScalar)?.StringValue ?? "OFF";
            CheckPasswordPolicy(pool);

            var clients = new List<ClientModel>();
            var clientNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var clientObject in clientObjects)
            {
                var client = ParseClient(clientObject, name, prefix, attributes, adminOnly, clientNames, typeNames);
                if (client is not null)
                {
                    clients.Add(client);
                }
            }

            var groups = new List<GroupModel>();
            var groupNames = new HashSet<string>(StringComparer.Ordinal);
            var constantNames = new HashSet<string>(StringComparer.Ordinal) { "All", "IsMember", "GetGroups", "ClaimType", prefix + "Groups" };
            foreach (var groupObject in (pool.Find("Groups")?.Value as JsonArray)?.Items.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
            {
                var group = ParseGroup(groupObject, groupNames, constantNames);
                if (group is not null)
                {
                    groups.Add(group);
                }
            }

            IdentityPoolModel? identityPool = null;
            if (pool.Find("IdentityPool")?.Value is JsonObject identityObject)
            {
                var allowGuests = identityObject.Find("AllowUnauthenticatedIdentities")?.Value.Kind == JsonKind.True;
                var json = identityObject.Members.Any(m => m.Name != "IdentityPoolId") ? WriteFiltered(identityObject, new HashSet<string> { "IdentityPoolId" }) : null;
                identityPool = new IdentityPoolModel(allowGuests, json);
            }

            if (!poolTypesOk)
            {
                return null;
            }

            return new UserPoolModel(
                name,
                prefix,
                attributes.ToEquatableArray(),
                clients.ToEquatableArray(),
                groups.ToEquatableArray(),
                identityPool,
                adminOnly,
                mfa,
                WritePoolJson(pool),
                Location(nameNode.Start, nameNode.Length));
        }

        private DeclaredAttribute? ParseSchemaAttribute(JsonObject item)
        {
            if (item.Find("Name")?.Value is not JsonScalar { Kind: JsonKind.String } nameNode)
            {
                if (item.Find("Name") is null)
                {
                    Report(DiagnosticDescriptors.MissingMember, item.Start, 1, "A schema attribute", "Name");
                }

                return null;
            }

            var written = nameNode.StringValue!;
            var bare = written;
            var developerOnly = item.Find("DeveloperOnlyAttribute")?.Value.Kind == JsonKind.True;
            if (bare.StartsWith("dev:", StringComparison.Ordinal))
            {
                bare = bare.Substring(4);
                developerOnly = true;
            }

            var isCustom = !StandardAttributes.ContainsKey(bare);
            if (bare.StartsWith("custom:", StringComparison.Ordinal))
            {
                bare = bare.Substring(7);
                isCustom = true;
            }

            if (isCustom)
            {
                if (bare.Length is 0 or > 20)
                {
                    Report(DiagnosticDescriptors.InvalidName, nameNode, written, "custom attribute name", "it must have 1 to 20 characters after 'custom:'");
                    return null;
                }

                if (!s_groupOrAttributeName.IsMatch(bare))
                {
                    Report(DiagnosticDescriptors.InvalidName, nameNode, written, "custom attribute name", "it may only hold letters, marks, symbols, digits and punctuation (no spaces or control characters)");
                    return null;
                }
            }

            var dataType = isCustom ? "String" : StandardAttributes[bare];
            if (item.Find("AttributeDataType")?.Value is JsonScalar { Kind: JsonKind.String } dataTypeNode)
            {
                var value = dataTypeNode.StringValue!;
                if (Array.IndexOf(AttributeDataTypes, value) < 0)
                {
                    Report(DiagnosticDescriptors.UnknownAttributeDataType, dataTypeNode, value, SuggestionSuffix(value, AttributeDataTypes));
                    return null;
                }

                if (!isCustom && value != dataType)
                {
                    Report(DiagnosticDescriptors.InvalidValue, dataTypeNode, value, "AttributeDataType", "the standard attribute '" + bare + "' is " + dataType);
                    return null;
                }

                dataType = value;
            }

            var requiredNode = item.Find("Required")?.Value;
            var required = requiredNode?.Kind == JsonKind.True;
            if (required && isCustom)
            {
                Report(DiagnosticDescriptors.CustomAttributeRequired, requiredNode!, "custom:" + bare);
                return null;
            }

            var mutable = item.Find("Mutable")?.Value.Kind != JsonKind.False;
            var (minLength, maxLength, minValue, maxValue, constraintsOk) = ParseConstraints(item, dataType);
            if (!constraintsOk)
            {
                return null;
            }

            return new DeclaredAttribute(isCustom ? "custom:" + bare : bare, bare, dataType, isCustom, required, mutable, developerOnly, minLength, maxLength, minValue, maxValue, nameNode);
        }

        private (long? MinLength, long? MaxLength, long? MinValue, long? MaxValue, bool Ok) ParseConstraints(JsonObject item, string dataType)
        {
            var ok = true;
            long? minLength = null, maxLength = null, minValue = null, maxValue = null;
            if (item.Find("StringAttributeConstraints") is { Value: JsonObject stringConstraints } stringMember)
            {
                if (dataType != "String")
                {
                    Report(DiagnosticDescriptors.InvalidConstraint, stringMember.NameStart, stringMember.NameLength, "StringAttributeConstraints apply to String attributes, and this attribute is " + dataType);
                    ok = false;
                }

                ok &= ReadBound(stringConstraints, "MinLength", 0, 2048, out minLength);
                ok &= ReadBound(stringConstraints, "MaxLength", 0, 2048, out maxLength);
                if (minLength > maxLength)
                {
                    Report(DiagnosticDescriptors.InvalidConstraint, stringConstraints, "MinLength " + minLength.Value.ToString(CultureInfo.InvariantCulture) + " is greater than MaxLength " + maxLength.Value.ToString(CultureInfo.InvariantCulture));
                    ok = false;
                }
            }

            if (item.Find("NumberAttributeConstraints") is { Value: JsonObject numberConstraints } numberMember)
            {
                if (dataType != "Number")
                {
                    Report(DiagnosticDescriptors.InvalidConstraint, numberMember.NameStart, numberMember.NameLength, "NumberAttributeConstraints apply to Number attributes, and this attribute is " + dataType);
                    ok = false;
                }

                ok &= ReadBound(numberConstraints, "MinValue", long.MinValue, long.MaxValue, out minValue);
                ok &= ReadBound(numberConstraints, "MaxValue", long.MinValue, long.MaxValue, out maxValue);
                if (minValue > maxValue)
                {
                    Report(DiagnosticDescriptors.InvalidConstraint, numberConstraints, "MinValue " + minValue.Value.ToString(CultureInfo.InvariantCulture) + " is greater than MaxValue " + maxValue.Value.ToString(CultureInfo.InvariantCulture));
                    ok = false;
                }
            }

            return (minLength, maxLength, minValue, maxValue, ok);
        }

        private bool ReadBound(JsonObject constraints, string member, long min, long max, out long? value)
        {
            value = null;
            var node = constraints.Find(member)?.Value as JsonScalar;
            if (node is null)
            {
                return constraints.Find(member) is null;
            }

            // AWS writes the bounds as strings ("MinLength": "1"); a bare number is accepted and written back as a string.
            var text = node.Kind == JsonKind.String ? node.StringValue! : node.Kind == JsonKind.Number ? node.RawText : null;
            if (text is null || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                Report(DiagnosticDescriptors.InvalidConstraint, node, member + " must be a whole number (as a string, like \"1\"), not " + (text is null ? node.KindName : "'" + text + "'"));
                return false;
            }

            if (parsed < min || parsed > max)
            {
                Report(DiagnosticDescriptors.InvalidConstraint, node, member + " " + text + " is out of range: it must be between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture));
                return false;
            }

            value = parsed;
            return true;
        }

        private void CheckPasswordPolicy(JsonObject pool)
        {
            if ((pool.Find("Policies")?.Value as JsonObject)?.Find("PasswordPolicy")?.Value is not JsonObject policy)
            {
                return;
            }

            CheckRange(policy, "MinimumLength", 6, 99);
            CheckRange(policy, "PasswordHistorySize", 0, 24);
            CheckRange(policy, "TemporaryPasswordValidityDays", 0, 365);
        }

        private void CheckRange(JsonObject owner, string member, long min, long max)
        {
            if (owner.Find(member)?.Value is JsonScalar { Kind: JsonKind.Number } node
                && (!long.TryParse(node.RawText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max))
            {
                Report(DiagnosticDescriptors.InvalidValue, node, node.RawText, member, "it must be a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static List<AttributeModel> AssignPropertyNames(List<DeclaredAttribute> declared, string poolPrefix, List<JsonObject> clientObjects)
        {
            var taken = new HashSet<string>(s_reservedMemberNames, StringComparer.Ordinal) { poolPrefix + "Attributes" };
            foreach (var client in clientObjects)
            {
                if ((client.Find("ClientName")?.Value as JsonScalar)?.StringValue is { } clientName)
                {
                    var clientPrefix = poolPrefix + Naming.ToPascalCase(clientName, startsIdentifier: false);
                    taken.Add(clientPrefix + "SignUpAttributes");
                    taken.Add(clientPrefix + "AttributeUpdate");
                }
            }

            // Standard attributes name first, then custom ones, each in the order written: a custom attribute that
            // PascalCases like a standard one (custom:given_name) is the one that gets the "Attribute" suffix.
            var ordered = declared.Where(a => !a.IsCustom).Concat(declared.Where(a => a.IsCustom));
            var result = new List<AttributeModel>();
            foreach (var attribute in ordered)
            {
                if (attribute.DeveloperOnly || attribute.CognitoName == "sub")
                {
                    continue;
                }

                var baseName = Naming.ToPascalCase(attribute.BareName);
                var property = Naming.Unique(baseName.Length == 0 ? "Attribute" : baseName, "Attribute", taken);
                result.Add(new AttributeModel(
                    attribute.CognitoName,
                    property,
                    ClrTypeOf(attribute),
                    attribute.DataType,
                    attribute.IsCustom,
                    attribute.Required,
                    attribute.Mutable && attribute.CognitoName != "identities",
                    attribute.MinLength,
                    attribute.MaxLength,
                    attribute.MinValue,
                    attribute.MaxValue));
            }

            return result;
        }

        private static AttributeClrType ClrTypeOf(DeclaredAttribute attribute)
        {
            if (!attribute.IsCustom)
            {
                return attribute.CognitoName switch
                {
                    "birthdate" => AttributeClrType.DateOnly,
                    "updated_at" => AttributeClrType.EpochSeconds,
                    "email_verified" or "phone_number_verified" => AttributeClrType.Boolean,
                    _ => AttributeClrType.String,
                };
            }

            return attribute.DataType switch
            {
                "Number" => AttributeClrType.Int64,
                "Boolean" => AttributeClrType.Boolean,
                "DateTime" => AttributeClrType.DateTimeOffset,
                _ => AttributeClrType.String,
            };
        }

        private ClientModel? ParseClient(JsonObject client, string poolName, string poolPrefix, List<AttributeModel> attributes, bool adminOnly, HashSet<string> clientNames, Dictionary<string, string> typeNames)
        {
            if (client.Find("ClientName")?.Value is not JsonScalar { Kind: JsonKind.String } nameNode)
            {
                if (client.Find("ClientName") is null)
                {
                    Report(DiagnosticDescriptors.MissingMember, client.Start, 1, "An app client", "ClientName");
                }

                return null;
            }

            var name = nameNode.StringValue!;
            var clientPascal = Naming.ToPascalCase(name, startsIdentifier: false);
            if (!IsValidName(nameNode, name, "app client name", s_poolOrClientName, 128, clientPascal))
            {
                return null;
            }

            if (!clientNames.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, nameNode, "App client", name);
                return null;
            }

            var prefix = poolPrefix + clientPascal;
            var ok = ClaimTypeNames(typeNames, nameNode, "App client", name, new[] { prefix + "Client", "I" + prefix + "Client", prefix + "SignUpAttributes", prefix + "AttributeUpdate" });

            var flowsMember = client.Find("ExplicitAuthFlows");
            var flows = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in StringItems(flowsMember))
            {
                var flow = item.StringValue!;
                if (Array.IndexOf(AuthFlows, flow) < 0)
                {
                    Report(DiagnosticDescriptors.UnknownAuthFlow, item, flow, SuggestionSuffix(flow, AuthFlows));
                    ok = false;
                }

                flows.Add(flow);
            }

            bool srp, password, refresh, custom;
            if (flowsMember is null)
            {
                // Cognito's default when ExplicitAuthFlows is left out.
                srp = refresh = custom = true;
                password = false;
            }
            else
            {
                var legacy = flows.Contains("ADMIN_NO_SRP_AUTH") || flows.Contains("CUSTOM_AUTH_FLOW_ONLY") || flows.Contains("USER_PASSWORD_AUTH");
                srp = flows.Contains("ALLOW_USER_SRP_AUTH") || (legacy && !flows.Contains("CUSTOM_AUTH_FLOW_ONLY"));
                password = flows.Contains("ALLOW_USER_PASSWORD_AUTH") || flows.Contains("USER_PASSWORD_AUTH");
                refresh = flows.Contains("ALLOW_REFRESH_TOKEN_AUTH") || legacy;
                custom = flows.Contains("ALLOW_CUSTOM_AUTH") || legacy;
            }

            var byName = attributes.ToDictionary(a => a.CognitoName, StringComparer.Ordinal);
            var readable = ResolveAttributeList(client, "ReadAttributes", name, poolName, byName, ref ok);
            var writable = ResolveAttributeList(client, "WriteAttributes", name, poolName, byName, ref ok);
            if (!adminOnly && client.Find("WriteAttributes") is { } writeMember && writable is not null)
            {
                foreach (var attribute in attributes.Where(a => a.IsRequired && !writable.Contains(a.CognitoName)))
                {
                    Report(DiagnosticDescriptors.RequiredAttributeNotWritable, writeMember.NameStart, writeMember.NameLength, attribute.CognitoName, name);
                    ok = false;
                }
            }

            if (!ok)
            {
                return null;
            }

            return new ClientModel(
                name,
                prefix,
                client.Find("GenerateSecret")?.Value.Kind == JsonKind.True,
                srp,
                password,
                refresh,
                custom,
                flows.Contains("ALLOW_USER_AUTH"),
                client.Find("EnableTokenRevocation")?.Value.Kind != JsonKind.False,
                (writable ?? attributes.Select(a => a.CognitoName).ToList()).ToEquatableArray(),
                (readable ?? attributes.Select(a => a.CognitoName).ToList()).ToEquatableArray(),
                WriteFiltered(client, new HashSet<string> { "ClientId", "ClientSecret", "UserPoolId", "CreationDate", "LastModifiedDate" }));
        }

        /// <summary>The attributes a Read/WriteAttributes list names, in the pool's order; null when the list is left out (then: all).</summary>
        private List<string>? ResolveAttributeList(JsonObject client, string member, string clientName, string poolName, Dictionary<string, AttributeModel> byName, ref bool ok)
        {
            var list = client.Find(member);
            if (list is null)
            {
                return null;
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in StringItems(list))
            {
                var value = item.StringValue!;
                if (byName.ContainsKey(value) || value == "sub")
                {
                    named.Add(value);
                    continue;
                }

                var hint = byName.ContainsKey("custom:" + value)
                    ? "; did you mean 'custom:" + value + "'?"
                    : SuggestionSuffix(value, byName.Keys);
                Report(DiagnosticDescriptors.UnknownAttributeReference, item, clientName, value, member, poolName, hint);
                ok = false;
            }

            return byName.Keys.Where(named.Contains).ToList();
        }

        private GroupModel? ParseGroup(JsonObject group, HashSet<string> groupNames, HashSet<string> constantNames)
        {
            if (group.Find("GroupName")?.Value is not JsonScalar { Kind: JsonKind.String } nameNode)
            {
                if (group.Find("GroupName") is null)
                {
                    Report(DiagnosticDescriptors.MissingMember, group.Start, 1, "A group", "GroupName");
                }

                return null;
            }

            var name = nameNode.StringValue!;
            var pascal = Naming.ToPascalCase(name);
            if (!IsValidName(nameNode, name, "group name", s_groupOrAttributeName, 128, pascal.Length == 0 ? "Group" : pascal))
            {
                return null;
            }

            if (!groupNames.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, nameNode, "Group", name);
                return null;
            }

            // Each group has a constant C and methods IsInC: both names must be free.
            var baseName = pascal.Length == 0 ? "Group" : pascal;
            var constant = baseName;
            for (var i = 1; constantNames.Contains(constant) || constantNames.Contains("IsIn" + constant); i++)
            {
                constant = baseName + "Group" + (i == 1 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
            }

            constantNames.Add(constant);
            constantNames.Add("IsIn" + constant);
            CheckRange(group, "Precedence", 0, int.MaxValue);
            var description = (group.Find("Description")?.Value as JsonScalar)?.StringValue;
            var hasMore = group.Members.Any(m => m.Name is not ("GroupName" or "UserPoolId" or "CreationDate" or "LastModifiedDate"));
            var json = hasMore ? WriteFiltered(group, new HashSet<string> { "UserPoolId", "CreationDate", "LastModifiedDate" }) : null;
            return new GroupModel(name, constant, description, json);
        }

        private bool IsValidName(JsonScalar node, string name, string what, Regex pattern, int maxLength, string csharpName)
        {
            if (name.Length == 0 || name.Length > maxLength)
            {
                Report(DiagnosticDescriptors.InvalidName, node, name, what, "it must have 1 to " + maxLength.ToString(CultureInfo.InvariantCulture) + " characters");
                return false;
            }

            if (!pattern.IsMatch(name))
            {
                Report(DiagnosticDescriptors.InvalidName, node, name, what, "Cognito allows only the characters " + pattern.ToString().Trim('^', '$'));
                return false;
            }

            if (csharpName.Length == 0)
            {
                Report(DiagnosticDescriptors.InvalidName, node, name, what, "it has no letter or digit to build a C# name from");
                return false;
            }

            return true;
        }

        private bool ClaimTypeNames(Dictionary<string, string> typeNames, JsonScalar node, string what, string name, string[] types)
        {
            foreach (var type in types)
            {
                if (typeNames.TryGetValue(type, out var owner))
                {
                    Report(DiagnosticDescriptors.NameCollision, node, what, name, type, owner);
                    return false;
                }
            }

            foreach (var type in types)
            {
                typeNames[type] = what.ToLowerInvariant() + " '" + name + "'";
            }

            return true;
        }

        /// <summary>Unknown and duplicate members, value shapes and fixed values, recursively where we know the shape.</summary>
        private void CheckMembers(JsonObject node, ObjectSpec spec)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in node.Members)
            {
                if (!seen.Add(member.Name))
                {
                    Report(DiagnosticDescriptors.DuplicateName, member.NameStart, member.NameLength, "The member", member.Name);
                    continue;
                }

                if (!spec.Members.TryGetValue(member.Name, out var memberSpec))
                {
                    Report(DiagnosticDescriptors.UnknownMember, member.NameStart, member.NameLength, member.Name, spec.Description, SuggestionSuffix(member.Name, spec.Members.Keys));
                    continue;
                }

                if (memberSpec.Role == MemberRole.Secret)
                {
                    Report(DiagnosticDescriptors.SecretInFile, member.NameStart, member.NameLength, "'" + member.Name + "' is an ID or a secret");
                    continue;
                }

                CheckValue(member.Name, member.Value, memberSpec);
            }
        }

        private void CheckValue(string name, JsonNode value, MemberSpec spec)
        {
            switch (spec.Shape)
            {
                case ValueShape.Any:
                    return;
                case ValueShape.String:
                    if (Expect(name, value, JsonKind.String, "a string") && spec.Allowed is { } allowed)
                    {
                        CheckAllowed(name, (JsonScalar)value, allowed);
                    }

                    return;
                case ValueShape.Boolean:
                    if (value.Kind is not (JsonKind.True or JsonKind.False))
                    {
                        Report(DiagnosticDescriptors.WrongValueType, value, name, "true or false", value.KindName);
                    }

                    return;
                case ValueShape.Integer:
                    if (Expect(name, value, JsonKind.Number, "a whole number")
                        && !long.TryParse(((JsonScalar)value).RawText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                    {
                        Report(DiagnosticDescriptors.WrongValueType, value, name, "a whole number", "'" + ((JsonScalar)value).RawText + "'");
                    }

                    return;
                case ValueShape.Object:
                    if (Expect(name, value, JsonKind.Object, "an object") && spec.Nested is { } nested)
                    {
                        CheckMembers((JsonObject)value, nested);
                    }

                    return;
                case ValueShape.StringArray:
                    if (Expect(name, value, JsonKind.Array, "an array of strings"))
                    {
                        foreach (var item in ((JsonArray)value).Items)
                        {
                            if (Expect(name + " item", item, JsonKind.String, "a string") && spec.Allowed is { } allowedItems)
                            {
                                CheckAllowed(name, (JsonScalar)item, allowedItems);
                            }
                        }
                    }

                    return;
                case ValueShape.ObjectArray:
                    if (Expect(name, value, JsonKind.Array, "an array of objects"))
                    {
                        foreach (var item in ((JsonArray)value).Items)
                        {
                            // A pool entry is checked by ParsePool (it may be wrapped as { "UserPool": … }).
                            if (Expect(name + " item", item, JsonKind.Object, "an object") && spec.Nested is { } itemSpec && itemSpec != s_poolSpec)
                            {
                                CheckMembers((JsonObject)item, itemSpec);
                            }
                        }
                    }

                    return;
            }
        }

        private bool Expect(string name, JsonNode value, JsonKind kind, string expected)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Report(DiagnosticDescriptors.WrongValueType, value, name, expected, value.KindName);
            return false;
        }

        private void CheckAllowed(string name, JsonScalar value, string[] allowed)
        {
            if (Array.IndexOf(allowed, value.StringValue) < 0)
            {
                Report(DiagnosticDescriptors.InvalidValue, value, value.StringValue!, name, "expected one of " + string.Join(", ", allowed) + SuggestionSuffix(value.StringValue!, allowed));
            }
        }

        /// <summary>IDs and secrets have recognisable shapes: an AWS access key, a secret access key, an app client secret.</summary>
        private void ScanForSecretValues(JsonNode node, int depth)
        {
            switch (node)
            {
                case JsonScalar { Kind: JsonKind.String } scalar when LooksLikeSecret(scalar.StringValue!):
                    Report(DiagnosticDescriptors.SecretInFile, scalar, "This value looks like an AWS access key or an app client secret");
                    break;
                case JsonObject obj:
                    foreach (var member in obj.Members)
                    {
                        ScanForSecretValues(member.Value, depth + 1);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array.Items)
                    {
                        ScanForSecretValues(item, depth + 1);
                    }

                    break;
            }
        }

        internal static bool LooksLikeSecret(string value)
        {
            if (s_accessKeyId.IsMatch(value))
            {
                return true;
            }

            var hasLetter = value.Any(char.IsLetter);
            var hasDigit = value.Any(char.IsDigit);
            if (!hasLetter || !hasDigit)
            {
                return false;
            }

            return CognitoCredentialShapes.IsClientSecret(value)
                || (s_secretAccessKeyShape.IsMatch(value) && value.Any(char.IsUpper) && value.Any(char.IsLower));
        }

        private static IEnumerable<JsonScalar> StringItems(JsonMember? member)
            => (member?.Value as JsonArray)?.Items.OfType<JsonScalar>().Where(s => s.Kind == JsonKind.String) ?? Enumerable.Empty<JsonScalar>();

        private static string SuggestionSuffix(string value, IEnumerable<string> candidates)
            => Naming.Suggest(value, candidates) is { } suggestion ? "; did you mean '" + suggestion + "'?" : string.Empty;

        // ---- Provisioning data: the pool in AWS's CreateUserPool vocabulary ----
        private static string WritePoolJson(JsonObject pool)
        {
            var builder = new StringBuilder();
            builder.Append('{');
            var first = true;
            foreach (var member in pool.Members)
            {
                if (!s_poolSpec.Members.TryGetValue(member.Name, out var spec) || spec.Role != MemberRole.Request)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append(',');
                }

                first = false;
                if (member.Name is "Schema" or "SchemaAttributes")
                {
                    JsonText.WriteString(builder, "Schema");
                    builder.Append(':');
                    WriteSchemaJson(builder, member.Value);
                }
                else
                {
                    JsonText.WriteString(builder, member.Name);
                    builder.Append(':');
                    JsonText.Write(builder, member.Value);
                }
            }

            builder.Append('}');
            return builder.ToString();
        }

        private static void WriteSchemaJson(StringBuilder builder, JsonNode schema)
        {
            builder.Append('[');
            var first = true;
            foreach (var item in ((JsonArray)schema).Items.OfType<JsonObject>())
            {
                var name = (item.Find("Name")?.Value as JsonScalar)?.StringValue ?? string.Empty;
                if (name.StartsWith("dev:", StringComparison.Ordinal))
                {
                    name = name.Substring(4);
                }

                if (name.StartsWith("custom:", StringComparison.Ordinal))
                {
                    name = name.Substring(7);
                }
                else if (name is "sub" or "identities")
                {
                    // describe-user-pool lists them; CreateUserPool makes them itself and rejects them in Schema.
                    continue;
                }

                if (!first)
                {
                    builder.Append(',');
                }

                first = false;
                builder.Append('{');
                var firstMember = true;
                foreach (var member in item.Members)
                {
                    if (!firstMember)
                    {
                        builder.Append(',');
                    }

                    firstMember = false;
                    JsonText.WriteString(builder, member.Name);
                    builder.Append(':');
                    if (member.Name == "Name")
                    {
                        JsonText.WriteString(builder, name);
                    }
                    else if (member.Name is "StringAttributeConstraints" or "NumberAttributeConstraints" && member.Value is JsonObject constraints)
                    {
                        // AWS's bounds are strings; numbers written by hand become strings.
                        builder.Append('{');
                        for (var i = 0; i < constraints.Members.Count; i++)
                        {
                            var bound = constraints.Members[i];
                            if (i > 0)
                            {
                                builder.Append(',');
                            }

                            JsonText.WriteString(builder, bound.Name);
                            builder.Append(':');
                            if (bound.Value is JsonScalar { Kind: JsonKind.Number } number)
                            {
                                JsonText.WriteString(builder, number.RawText);
                            }
                            else
                            {
                                JsonText.Write(builder, bound.Value);
                            }
                        }

                        builder.Append('}');
                    }
                    else
                    {
                        JsonText.Write(builder, member.Value);
                    }
                }

                // Spell out what Cognito would otherwise default, so the pool created matches the generated types.
                if (item.Find("AttributeDataType") is null)
                {
                    builder.Append(firstMember ? string.Empty : ",").Append("\"AttributeDataType\":");
                    JsonText.WriteString(builder, StandardAttributes.TryGetValue(name, out var standardType) && !IsCustomName(item) ? standardType : "String");
                    firstMember = false;
                }

                if (item.Find("Mutable") is null)
                {
                    builder.Append(firstMember ? string.Empty : ",").Append("\"Mutable\":true");
                }

                builder.Append('}');
            }

            builder.Append(']');
        }

        private static bool IsCustomName(JsonObject item)
            => (item.Find("Name")?.Value as JsonScalar)?.StringValue is { } written
                && (written.StartsWith("custom:", StringComparison.Ordinal) || written.StartsWith("dev:", StringComparison.Ordinal));

        private static string WriteFiltered(JsonObject node, HashSet<string> skip)
        {
            var builder = new StringBuilder();
            builder.Append('{');
            var first = true;
            foreach (var member in node.Members.Where(m => !skip.Contains(m.Name)))
            {
                if (!first)
                {
                    builder.Append(',');
                }

                first = false;
                JsonText.WriteString(builder, member.Name);
                builder.Append(':');
                JsonText.Write(builder, member.Value);
            }

            builder.Append('}');
            return builder.ToString();
        }

        // ---- Locations ----
        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonNode node, params string[] arguments)
            => Report(descriptor, node.Start, node.Length, arguments);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int length, params string[] arguments)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, Location(start, length), arguments));

        private LocationInfo Location(int start, int length)
        {
            start = Math.Max(0, Math.Min(start, _text.Length));
            length = Math.Max(0, Math.Min(length, _text.Length - start));
            return new LocationInfo(_path, new TextSpan(start, length), new LinePositionSpan(Position(start), Position(start + length)));
        }

        private LinePosition Position(int offset)
        {
            _lineStarts ??= ComputeLineStarts(_text);
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new LinePosition(line, offset - _lineStarts[line]);
        }

        /// <summary>Line starts by the same rules as <see cref="SourceText"/>: CR, LF, CRLF, NEL, LS and PS end a line.</summary>
        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                }
                else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }

        /// <summary>A schema attribute as written, before C# names are given.</summary>
        private sealed class DeclaredAttribute
        {
            public DeclaredAttribute(string cognitoName, string bareName, string dataType, bool isCustom, bool required, bool mutable, bool developerOnly, long? minLength, long? maxLength, long? minValue, long? maxValue, JsonScalar? nameNode)
            {
                CognitoName = cognitoName;
                BareName = bareName;
                DataType = dataType;
                IsCustom = isCustom;
                Required = required;
                Mutable = mutable;
                DeveloperOnly = developerOnly;
                MinLength = minLength;
                MaxLength = maxLength;
                MinValue = minValue;
                MaxValue = maxValue;
                NameNode = nameNode!;
            }

            public string CognitoName { get; }

            public string BareName { get; }

            public string DataType { get; }

            public bool IsCustom { get; }

            public bool Required { get; }

            public bool Mutable { get; }

            public bool DeveloperOnly { get; }

            public long? MinLength { get; }

            public long? MaxLength { get; }

            public long? MinValue { get; }

            public long? MaxValue { get; }

            public JsonScalar NameNode { get; }

            public static DeclaredAttribute Standard(string name)
                => new(name, name, StandardAttributes[name], false, false, true, false, null, null, null, null, null);
        }
    }
}
