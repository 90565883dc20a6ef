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
