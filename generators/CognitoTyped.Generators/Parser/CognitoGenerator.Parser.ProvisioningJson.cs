using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CognitoTyped.Generators.Json;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Parser
    {
        // The pool in AWS's CreateUserPool vocabulary, for the generated definition the provisioner sends.
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
    }
}
