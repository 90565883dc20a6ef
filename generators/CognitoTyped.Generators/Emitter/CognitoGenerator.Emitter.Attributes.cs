using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteAttributesFile(SourceWriter w, UserPoolModel pool)
        {
            WriteAttributesRecord(w, pool);
            w.Line();
            WriteUser(w, pool);
            foreach (var client in pool.Clients)
            {
                w.Line();
                WriteSignUpAttributes(w, pool, client);
                w.Line();
                WriteAttributeUpdate(w, pool, client);
            }

        }

        private static void WriteAttributesRecord(SourceWriter w, UserPoolModel pool)
        {
            var type = pool.TypePrefix + "Attributes";
            w.Line("/// <summary>");
            w.Line("/// The user attributes of the " + Xml(pool.Name) + " user pool, typed from cognito.json. Values that a property's type");
            w.Line("/// cannot hold, and attributes that cognito.json does not declare, are kept in <see cref=\"AdditionalAttributes\"/>.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial record " + type);
            w.Summary("The <c>sub</c> attribute: the user's unique, immutable ID in the pool.");
            w.Line("public string? Sub { get; init; }");
            foreach (var attribute in pool.Attributes)
            {
                w.Line();
                w.Summary(AttributeSummary(attribute));
                w.Line("public " + ClrType(attribute.ClrType) + "? " + attribute.PropertyName + " { get; init; }");
            }

            w.Line();
            w.Summary("Attributes cognito.json does not declare, and values the typed properties cannot hold, keyed by Cognito name. Never dropped.");
            w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, string> AdditionalAttributes { get; init; } = " + Converter + "NoAdditional;");
            w.Line();

            // FromAttributes
            w.Summary("Reads attributes as Cognito returns them (GetUser, ID token claims), keyed by Cognito name.");
            w.Line("/// <param name=\"attributes\">The attributes, keyed by Cognito name (<c>email</c>, <c>custom:tenant_id</c>, …).</param>");
            w.Line("/// <returns>The typed attributes.</returns>");
            w.Open("public static " + type + " FromAttributes(global::System.Collections.Generic.IEnumerable<" + Kvp + "> attributes)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(attributes);");
            w.Line("var additional = " + Converter + "NewAdditional();");
            w.Line("string? sub = null;");
            for (var i = 0; i < pool.Attributes.Count; i++)
            {
                w.Line(ClrType(pool.Attributes[i].ClrType) + "? value" + i.ToString(CultureInfo.InvariantCulture) + " = null;");
            }

            w.Open("foreach (var attribute in attributes)");
            w.Open("switch (attribute.Key)");
            w.Line("case \"sub\":");
            w.Line("    sub = attribute.Value;");
            w.Line("    break;");
            for (var i = 0; i < pool.Attributes.Count; i++)
            {
                var attribute = pool.Attributes[i];
                var local = "value" + i.ToString(CultureInfo.InvariantCulture);
                w.Line("case " + Literal(attribute.CognitoName) + ":");
                w.Indent();
                w.Line(attribute.ClrType == AttributeClrType.String
                    ? local + " = attribute.Value;"
                    : local + " = " + Converter + "Parse" + attribute.ClrType + "(attribute, additional);");
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Line("    additional[attribute.Key] = attribute.Value;");
            w.Line("    break;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return new " + type);
            w.Line("{");
            w.Line("    Sub = sub,");
            for (var i = 0; i < pool.Attributes.Count; i++)
            {
                w.Line("    " + pool.Attributes[i].PropertyName + " = value" + i.ToString(CultureInfo.InvariantCulture) + ",");
            }

            w.Line("    AdditionalAttributes = additional,");
            w.Line("};");
            w.Close();
            w.Line();

            // ToAttributes
            w.Summary("The attributes as Cognito takes them, keyed by Cognito name: the set properties, then every additional attribute.");
            w.Line("/// <returns>The attributes.</returns>");
            w.Open("public global::System.Collections.Generic.IReadOnlyList<" + Kvp + "> ToAttributes()");
            w.Line("var result = new global::System.Collections.Generic.List<" + Kvp + ">();");
            w.Line(Converter + "AddString(result, \"sub\", Sub);");
            foreach (var attribute in pool.Attributes)
            {
                w.Line(Converter + "Add" + attribute.ClrType + "(result, " + Literal(attribute.CognitoName) + ", " + attribute.PropertyName + ");");
            }

            w.Line(Converter + "AddAdditional(result, AdditionalAttributes);");
            w.Line("return result;");
            w.Close();
            w.Line();

            // FromIdToken
            w.Summary("Reads the attributes from the claims of an ID token. It does not validate the token: validate tokens from outside first.");
            w.Line("/// <param name=\"idToken\">The ID token (a JWT).</param>");
            w.Line("/// <returns>The typed attributes.</returns>");
            w.Line("/// <exception cref=\"global::System.FormatException\">The value is not a JWT.</exception>");
            w.Line("public static " + type + " FromIdToken(string idToken) => FromAttributes(" + ClaimReader + "ReadAttributes(idToken));");
            w.Line();

            // Validate
            w.Summary("Checks the values against the pool's constraints in cognito.json (required attributes, lengths, ranges).");
            w.Line("/// <returns>One message per problem; empty when the values are valid.</returns>");
            if (!pool.Attributes.Any(a => IsChecked(a, a.IsRequired)))
            {
                w.Line("public global::System.Collections.Generic.IReadOnlyList<string> Validate() => global::System.Array.Empty<string>();");
            }
            else
            {
                w.Open("public global::System.Collections.Generic.IReadOnlyList<string> Validate()");
                w.Line("var problems = new global::System.Collections.Generic.List<string>();");
                foreach (var attribute in pool.Attributes)
                {
                    WriteValidation(w, attribute, attribute.PropertyName, attribute.IsRequired);
                }

                w.Line("return problems;");
                w.Close();
            }

            w.Line();

            // Value equality that includes the additional attributes' contents.
            w.Summary("Whether both hold the same values, additional attributes included.");
            w.Line("/// <param name=\"other\">The other attributes.</param>");
            w.Line("/// <returns>True when equal.</returns>");
            w.Line("public bool Equals(" + type + "? other) => other is not null");
            w.Indent();
            w.Line("&& global::System.StringComparer.Ordinal.Equals(Sub, other.Sub)");
            foreach (var attribute in pool.Attributes)
            {
                w.Line("&& global::System.Collections.Generic.EqualityComparer<" + ClrType(attribute.ClrType) + "?>.Default.Equals(" + attribute.PropertyName + ", other." + attribute.PropertyName + ")");
            }

            w.Line("&& " + Converter + "SameAttributes(AdditionalAttributes, other.AdditionalAttributes);");
            w.Outdent();
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Open("public override int GetHashCode()");
            w.Line("var hash = new global::System.HashCode();");
            w.Line("hash.Add(Sub, global::System.StringComparer.Ordinal);");
            foreach (var attribute in pool.Attributes)
            {
                w.Line("hash.Add(" + attribute.PropertyName + ");");
            }

            w.Line("hash.Add(AdditionalAttributes.Count);");
            w.Line("return hash.ToHashCode();");
            w.Close();
            w.Close();
        }

        /// <summary>Whether <see cref="WriteValidation"/> writes a check for the attribute.</summary>
        private static bool IsChecked(AttributeModel attribute, bool checkRequired)
            => checkRequired
            || (attribute.ClrType == AttributeClrType.String && (attribute.MinLength is not null || attribute.MaxLength is not null))
            || (attribute.ClrType == AttributeClrType.Int64 && (attribute.MinValue is not null || attribute.MaxValue is not null));

        private static void WriteValidation(SourceWriter w, AttributeModel attribute, string property, bool checkRequired)
        {
            if (checkRequired)
            {
                w.Open("if (" + property + " is null)");
                w.Line("problems.Add(" + Literal(attribute.CognitoName + " is required.") + ");");
                w.Close();
            }

            if (attribute.ClrType == AttributeClrType.String && (attribute.MinLength is not null || attribute.MaxLength is not null))
            {
                var conditions = new List<string>();
                if (attribute.MinLength is { } min)
                {
                    conditions.Add("v.Length < " + min.ToString(CultureInfo.InvariantCulture));
                }

                if (attribute.MaxLength is { } max)
                {
                    conditions.Add("v.Length > " + max.ToString(CultureInfo.InvariantCulture));
                }

                w.Open("if (" + property + " is { } " + Local(attribute) + " && (" + string.Join(" || ", conditions).Replace("v.", Local(attribute) + ".") + "))");
                w.Line("problems.Add(" + Literal(attribute.CognitoName + " must have " + Range(attribute.MinLength, attribute.MaxLength) + " characters.") + ");");
                w.Close();
            }

            if (attribute.ClrType == AttributeClrType.Int64 && (attribute.MinValue is not null || attribute.MaxValue is not null))
            {
                var conditions = new List<string>();
                if (attribute.MinValue is { } min)
                {
                    conditions.Add(Local(attribute) + " < " + min.ToString(CultureInfo.InvariantCulture) + "L");
                }

                if (attribute.MaxValue is { } max)
                {
                    conditions.Add(Local(attribute) + " > " + max.ToString(CultureInfo.InvariantCulture) + "L");
                }

                w.Open("if (" + property + " is { } " + Local(attribute) + " && (" + string.Join(" || ", conditions) + "))");
                w.Line("problems.Add(" + Literal(attribute.CognitoName + " must be " + Range(attribute.MinValue, attribute.MaxValue) + ".") + ");");
                w.Close();
            }
        }

        private static string Range(long? min, long? max) => (min, max) switch
        {
            ({ } a, { } b) => "from " + a.ToString(CultureInfo.InvariantCulture) + " to " + b.ToString(CultureInfo.InvariantCulture),
            ({ } a, null) => "at least " + a.ToString(CultureInfo.InvariantCulture),
            (null, { } b) => "at most " + b.ToString(CultureInfo.InvariantCulture),
            _ => "any",
        };

        private static void WriteUser(SourceWriter w, UserPoolModel pool)
        {
            w.Summary("A user of the " + Xml(pool.Name) + " user pool as GetUser returns it, with typed attributes.");
            w.Line("/// <param name=\"Username\">The user's Cognito username.</param>");
            w.Line("/// <param name=\"Attributes\">The user's attributes.</param>");
            w.Line(GeneratedCode);
            w.Line("public sealed partial record " + pool.TypePrefix + "User(string Username, " + pool.TypePrefix + "Attributes Attributes);");
        }

        private static void WriteSignUpAttributes(SourceWriter w, UserPoolModel pool, ClientModel client)
        {
            var writable = Writable(pool, client).ToList();
            w.Line("/// <summary>");
            w.Line("/// The attributes app client " + Xml(client.Name) + " may write at sign-up. Attributes the pool requires are <c>required</c> members,");
            w.Line("/// so a sign-up without them does not compile.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + client.TypePrefix + "SignUpAttributes");
            foreach (var attribute in writable)
            {
                w.Summary(AttributeSummary(attribute));
                w.Line(attribute.IsRequired
                    ? "public required " + ClrType(attribute.ClrType) + " " + attribute.PropertyName + " { get; init; }"
                    : "public " + ClrType(attribute.ClrType) + "? " + attribute.PropertyName + " { get; init; }");
                w.Line();
            }

            WriteToAttributes(w, writable, "The set attributes as Cognito takes them at sign-up, keyed by Cognito name.");
            w.Close();
        }

        private static void WriteAttributeUpdate(SourceWriter w, UserPoolModel pool, ClientModel client)
        {
            var updatable = Writable(pool, client).Where(a => a.IsMutable).ToList();
            w.Line("/// <summary>");
            w.Line("/// A change to the attributes app client " + Xml(client.Name) + " may write and the pool lets change (mutable ones).");
            w.Line("/// Only the properties that are set are sent.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + client.TypePrefix + "AttributeUpdate");
            foreach (var attribute in updatable)
            {
                w.Summary("The new value of " + AttributeSummary(attribute, lowerFirst: true) + " Null leaves it unchanged.");
                w.Line("public " + ClrType(attribute.ClrType) + "? " + attribute.PropertyName + " { get; init; }");
                w.Line();
            }

            WriteToAttributes(w, updatable.Select(a => a with { IsRequired = false }).ToList(), "The set attributes as Cognito takes them, keyed by Cognito name.");
            var deletable = Deletable(pool, client);
            if (deletable.Count > 0)
            {
                w.Line();
                w.Summary("The Cognito name of an attribute that can be deleted, e.g. <c>given_name</c>.");
                w.Line("/// <param name=\"attribute\">The attribute.</param>");
                w.Line("/// <returns>Its name in Cognito.</returns>");
                w.Open("public static string CognitoNameOf(" + client.TypePrefix + "DeletableAttribute attribute) => attribute switch");
                foreach (var attribute in deletable)
                {
                    w.Line(client.TypePrefix + "DeletableAttribute." + attribute.PropertyName + " => " + Literal(attribute.CognitoName) + ",");
                }

                w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(attribute), attribute, \"Not an attribute this app client may delete.\"),");
                w.Close(";");
            }

            w.Close();
            if (deletable.Count > 0)
            {
                w.Line();
                w.Line("/// <summary>");
                w.Line("/// The attributes app client " + Xml(client.Name) + " may delete from a user: ones it may write that the pool lets change and");
                w.Line("/// does not require.");
                w.Line("/// </summary>");
                WriteAttributeEnum(w, client.TypePrefix + "DeletableAttribute", deletable);
            }
        }

        /// <summary>An enum with one documented member per attribute (the attributes that may be deleted), after its summary.</summary>
        private static void WriteAttributeEnum(SourceWriter w, string type, List<AttributeModel> attributes)
        {
            w.Line(GeneratedCode);
            w.Open("public enum " + type);
            for (var i = 0; i < attributes.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                w.Summary(AttributeSummary(attributes[i]));
                w.Line(attributes[i].PropertyName + ",");
            }

            w.Close();
        }

        /// <summary>
        /// Attributes an app client may delete: writable, mutable and not required by the pool. The verification flags
        /// (<c>email_verified</c>, <c>phone_number_verified</c>) are set, not deleted.
        /// </summary>
        private static List<AttributeModel> Deletable(UserPoolModel pool, ClientModel client) =>
            Writable(pool, client)
                .Where(a => a.IsMutable && !a.IsRequired && a.CognitoName is not ("email_verified" or "phone_number_verified"))
                .ToList();

        private static void WriteToAttributes(SourceWriter w, List<AttributeModel> attributes, string summary)
        {
            w.Summary(summary);
            w.Line("/// <returns>The attributes to send.</returns>");
            if (attributes.Count == 0)
            {
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + Kvp + "> ToAttributes() => global::System.Array.Empty<" + Kvp + ">();");
                return;
            }

            w.Open("public global::System.Collections.Generic.IReadOnlyList<" + Kvp + "> ToAttributes()");
            w.Line("var result = new global::System.Collections.Generic.List<" + Kvp + ">();");
            foreach (var attribute in attributes)
            {
                w.Line(Converter + "Add" + attribute.ClrType + "(result, " + Literal(attribute.CognitoName) + ", " + attribute.PropertyName + ");");
            }

            w.Line("return result;");
            w.Close();
        }

        private static IEnumerable<AttributeModel> Writable(UserPoolModel pool, ClientModel client)
        {
            var writable = new HashSet<string>(client.WritableAttributes, StringComparer.Ordinal);
            return pool.Attributes.Where(a => writable.Contains(a.CognitoName));
        }
    }
}
