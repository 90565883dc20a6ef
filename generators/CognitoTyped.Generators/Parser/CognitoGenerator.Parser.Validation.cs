using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Json;
using CognitoTyped.Shared;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Parser
    {
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
    }
}
