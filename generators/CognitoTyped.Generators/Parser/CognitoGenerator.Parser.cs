using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Json;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    /// <summary>
    /// cognito.json → <see cref="CognitoFileModel"/> and located diagnostics. A file with any error yields no model, so
    /// nothing half-valid is generated; every problem found is reported, not just the first.
    /// </summary>
    internal sealed partial class Parser
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

            var poolTypesOk = ClaimTypeNames(typeNames, nameNode, "User pool", name, new[] { prefix + "Attributes", prefix + "User", prefix + "Definition", prefix + "Groups", prefix + "IdentityPool", prefix + "Principal", prefix + "PrincipalExtensions", prefix + "Policies", prefix + "Group", prefix + "Scope", prefix + "AdminClient", "I" + prefix + "AdminClient", prefix + "AdminAttributes", prefix + "AdminAttributeUpdate", prefix + "AdminDeletableAttribute", prefix + "AdminAttribute", prefix + "AdminUser", prefix + "UserFilter" });

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

            var groups = new List<GroupModel>();
            var groupNames = new HashSet<string>(StringComparer.Ordinal);
            var constantNames = new HashSet<string>(StringComparer.Ordinal) { "All", "IsMember", "GetGroups", "ClaimType", "NameOf", prefix + "Groups" };
            foreach (var groupObject in (pool.Find("Groups")?.Value as JsonArray)?.Items.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
            {
                var group = ParseGroup(groupObject, groupNames, constantNames);
                if (group is not null)
                {
                    groups.Add(group);
                }
            }

            var servers = new List<ResourceServerModel>();
            var scopes = ParseResourceServers(pool, constantNames, servers);
            var scopeValues = new HashSet<string>(scopes.Select(scope => scope.Value), StringComparer.Ordinal);

            // After the resource servers: a client's AllowedOAuthScopes may name their scopes.
            var clients = new List<ClientModel>();
            var clientNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var clientObject in clientObjects)
            {
                var client = ParseClient(clientObject, name, prefix, attributes, adminOnly, scopeValues, clientNames, typeNames);
                if (client is not null)
                {
                    clients.Add(client);
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
                scopes.ToEquatableArray(),
                servers.ToEquatableArray(),
                identityPool,
                adminOnly,
                mfa,
                WritePoolJson(pool),
                Location(nameNode.Start, nameNode.Length));
        }
    }
}
