using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Json;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Parser
    {
        private ClientModel? ParseClient(JsonObject client, string poolName, string poolPrefix, List<AttributeModel> attributes, bool adminOnly, HashSet<string> poolScopes, HashSet<string> clientNames, Dictionary<string, string> typeNames)
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
            var ok = ClaimTypeNames(typeNames, nameNode, "App client", name, new[] { prefix + "Client", "I" + prefix + "Client", prefix + "SignUpAttributes", prefix + "AttributeUpdate", prefix + "ManagedLogin", prefix + "OAuthScope" });

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

            var generateSecret = client.Find("GenerateSecret")?.Value.Kind == JsonKind.True;
            var oauth = ParseOAuth(client, name, poolName, generateSecret, poolScopes, ref ok);
            if (!ok)
            {
                return null;
            }

            return new ClientModel(
                name,
                prefix,
                generateSecret,
                srp,
                password,
                refresh,
                custom,
                flows.Contains("ALLOW_USER_AUTH"),
                flows.Contains("ALLOW_ADMIN_USER_PASSWORD_AUTH") || flows.Contains("ADMIN_NO_SRP_AUTH"),
                client.Find("EnableTokenRevocation")?.Value.Kind != JsonKind.False,
                (writable ?? attributes.Select(a => a.CognitoName).ToList()).ToEquatableArray(),
                (readable ?? attributes.Select(a => a.CognitoName).ToList()).ToEquatableArray(),
                WriteFiltered(client, new HashSet<string> { "ClientId", "ClientSecret", "UserPoolId", "CreationDate", "LastModifiedDate" }),
                oauth.AllowsCode,
                oauth.Scopes.ToEquatableArray(),
                oauth.CallbackUrls.ToEquatableArray(),
                oauth.LogoutUrls.ToEquatableArray(),
                oauth.DefaultRedirectUri);
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
    
        /// <summary>
        /// The scopes of the pool's resource servers (CreateResourceServer members), each a policy constant in {Pool}Policies named
        /// {ResourceServer}{Scope}Scope; a name taken by a group's constant gets a number.
        /// </summary>
        private List<ScopeModel> ParseResourceServers(JsonObject pool, HashSet<string> constantNames, List<ResourceServerModel> servers)
        {
            var scopes = new List<ScopeModel>();
            var identifiers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var server in (pool.Find("ResourceServers")?.Value as JsonArray)?.Items.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
            {
                if (server.Find("Identifier")?.Value is not JsonScalar { Kind: JsonKind.String, StringValue: { } identifier } identifierNode)
                {
                    if (server.Find("Identifier") is null)
                    {
                        Report(DiagnosticDescriptors.MissingMember, server.Start, 1, "A resource server", "Identifier");
                    }

                    continue;
                }

                if (identifier.Length == 0 || identifier.Length > 256 || identifier.Any(char.IsWhiteSpace))
                {
                    Report(DiagnosticDescriptors.InvalidName, identifierNode, identifier, "resource server identifier", "it must be 1 to 256 characters without spaces");
                    continue;
                }

                if (!identifiers.Add(identifier))
                {
                    Report(DiagnosticDescriptors.DuplicateName, identifierNode, "Resource server", identifier);
                    continue;
                }

                if (server.Find("Name") is null)
                {
                    Report(DiagnosticDescriptors.MissingMember, server.Start, 1, "A resource server", "Name");
                }

                servers.Add(new ResourceServerModel(identifier, WriteFiltered(server, new HashSet<string> { "UserPoolId" })));
                var serverName = (server.Find("Name")?.Value as JsonScalar)?.StringValue ?? identifier;
                var serverPascal = Naming.ToPascalCase(serverName);
                var scopeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var scope in (server.Find("Scopes")?.Value as JsonArray)?.Items.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
                {
                    if (scope.Find("ScopeName")?.Value is not JsonScalar { Kind: JsonKind.String, StringValue: { } scopeName } scopeNode)
                    {
                        if (scope.Find("ScopeName") is null)
                        {
                            Report(DiagnosticDescriptors.MissingMember, scope.Start, 1, "A scope", "ScopeName");
                        }

                        continue;
                    }

                    if (scopeName.Length == 0 || scopeName.Length > 256 || scopeName.Any(c => char.IsWhiteSpace(c) || c is '"' or '\\' or '/'))
                    {
                        Report(DiagnosticDescriptors.InvalidName, scopeNode, scopeName, "scope name", "it must be 1 to 256 characters without spaces, quotes, slashes or backslashes");
                        continue;
                    }

                    if (!scopeNames.Add(scopeName))
                    {
                        Report(DiagnosticDescriptors.DuplicateName, scopeNode, "Scope", scopeName);
                        continue;
                    }

                    var baseName = (serverPascal.Length == 0 ? "Api" : serverPascal) + Naming.ToPascalCase(scopeName) + "Scope";
                    var constant = baseName;
                    for (var i = 2; !constantNames.Add(constant); i++)
                    {
                        constant = baseName + i.ToString(CultureInfo.InvariantCulture);
                    }

                    scopes.Add(new ScopeModel(identifier + "/" + scopeName, constant, (scope.Find("ScopeDescription")?.Value as JsonScalar)?.StringValue));
                }
            }

            return scopes;
        }
    }
}
