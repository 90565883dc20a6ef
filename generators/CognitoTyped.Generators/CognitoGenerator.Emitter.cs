using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    /// <summary>Model → C#. Pure text: no symbols, no compilation; the same model always gives the same bytes.</summary>
    internal sealed class Emitter
    {
        internal const string FallbackNamespace = "CognitoTyped.Generated";

        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"CognitoTyped.Generators\", \"" + ThisAssembly.Version + "\")]";
        private const string Task = "global::System.Threading.Tasks.Task";
        private const string Ct = "global::System.Threading.CancellationToken cancellationToken = default";
        private const string Runtime = "global::CognitoTyped.";
        private const string Idp = "global::CognitoTyped.IdentityProvider.";
        private const string Kvp = "global::System.Collections.Generic.KeyValuePair<string, string>";
        private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

        private static readonly char[] s_xmlSpecial = { '&', '<', '>' };

        private readonly EmitSettings _settings;
        private readonly System.Threading.CancellationToken _cancellationToken;

        internal Emitter(EmitSettings settings, System.Threading.CancellationToken cancellationToken)
        {
            _settings = settings;
            _cancellationToken = cancellationToken;
        }

        public static void Emit(SourceProductionContext context, ImmutableArray<CognitoFileModel> files, EmitSettings settings)
        {
            var emitter = new Emitter(settings, context.CancellationToken);
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var ns = emitter.NamespaceOf(file);
                if (!namespaces.Add(ns))
                {
                    // Two cognito.json files generating into one namespace would declare the same types twice.
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, file.FileStart, "The generated namespace", ns).ToDiagnostic());
                    continue;
                }

                try
                {
                    foreach (var (hintName, source) in emitter.EmitFile(file, ns))
                    {
                        context.AddSource(hintName, source);
                    }
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
#pragma warning disable CA1031 // A generator bug must become a diagnostic, never CS8785.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, file.FileStart, file.FilePath, exception.GetType().Name, exception.Message).ToDiagnostic());
                }
            }
        }

        internal string NamespaceOf(CognitoFileModel file)
        {
            if (file.Namespace is { Length: > 0 } ns)
            {
                return ns;
            }

            return _settings.RootNamespace is { Length: > 0 } root && Naming.IsValidNamespace(root, out _) ? root : FallbackNamespace;
        }

        /// <summary>All sources of one file, hint names first; built fully before any is added, so a failure adds nothing.</summary>
        internal List<(string HintName, string Source)> EmitFile(CognitoFileModel file, string ns)
        {
            var sources = new List<(string, string)>();
            foreach (var pool in file.Pools)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                sources.Add((Hint(ns, pool.TypePrefix + "Attributes"), WriteFile(ns, w => WriteAttributesFile(w, pool))));
                foreach (var client in pool.Clients)
                {
                    sources.Add((Hint(ns, client.TypePrefix + "Client"), WriteFile(ns, w => WriteClient(w, pool, client))));
                }

                if (pool.IdentityPool is { } identityPool)
                {
                    sources.Add((Hint(ns, pool.TypePrefix + "IdentityPool"), WriteFile(ns, w => WriteIdentityPool(w, pool, identityPool))));
                }

                if (pool.Groups.Count > 0)
                {
                    sources.Add((Hint(ns, pool.TypePrefix + "Groups"), WriteFile(ns, w => WriteGroups(w, pool))));
                }

                sources.Add((Hint(ns, pool.TypePrefix + "Definition"), WriteFile(ns, w => WriteDefinition(w, pool))));
            }

            if (_settings.ReferencesDependencyInjection && file.Pools.Count > 0)
            {
                sources.Add((Hint(ns, "CognitoTypedServiceCollectionExtensions"), WriteFile(ns, w => WriteDependencyInjection(w, file, ns))));
            }

            return sources;
        }

        private static string Hint(string ns, string type) => Naming.HintName(ns + "." + type) + ".g.cs";

        private static string WriteFile(string ns, Action<SourceWriter> body)
        {
            var writer = new SourceWriter();
            writer.Line("// <auto-generated/>");
            writer.Line("// Generated by CognitoTyped from cognito.json. Edit cognito.json, not this file.");
            writer.Line("#nullable enable");
            writer.Line();
            writer.Open("namespace " + ns);
            body(writer);
            writer.Close();
            return writer.ToString();
        }

        // ---------------------------------------------------------------- attributes

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

            w.Line();
            WriteConversions(w);
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
            w.Line("private static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, string> s_noAdditionalAttributes =");
            w.Line("    new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);");
            w.Line();
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
            w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, string> AdditionalAttributes { get; init; } = s_noAdditionalAttributes;");
            w.Line();

            // FromAttributes
            w.Summary("Reads attributes as Cognito returns them (GetUser, ID token claims), keyed by Cognito name.");
            w.Line("/// <param name=\"attributes\">The attributes, keyed by Cognito name (<c>email</c>, <c>custom:tenant_id</c>, …).</param>");
            w.Line("/// <returns>The typed attributes.</returns>");
            w.Open("public static " + type + " FromAttributes(global::System.Collections.Generic.IEnumerable<" + Kvp + "> attributes)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(attributes);");
            w.Line("var additional = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);");
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
                    : local + " = CognitoAttributeValue.Parse" + attribute.ClrType + "(attribute, additional);");
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
            w.Line("CognitoAttributeValue.AddString(result, \"sub\", Sub);");
            foreach (var attribute in pool.Attributes)
            {
                w.Line("CognitoAttributeValue.Add" + attribute.ClrType + "(result, " + Literal(attribute.CognitoName) + ", " + attribute.PropertyName + ");");
            }

            w.Line("CognitoAttributeValue.AddAdditional(result, AdditionalAttributes);");
            w.Line("return result;");
            w.Close();
            w.Line();

            // FromIdToken
            w.Summary("Reads the attributes from the claims of an ID token. It does not validate the token: validate tokens from outside first.");
            w.Line("/// <param name=\"idToken\">The ID token (a JWT).</param>");
            w.Line("/// <returns>The typed attributes.</returns>");
            w.Line("/// <exception cref=\"global::System.FormatException\">The value is not a JWT.</exception>");
            w.Open("public static " + type + " FromIdToken(string idToken)");
            w.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(idToken);");
            w.Line("return FromAttributes(CognitoAttributeValue.ReadClaims(idToken));");
            w.Close();
            w.Line();

            // Validate
            w.Summary("Checks the values against the pool's constraints in cognito.json (required attributes, lengths, ranges).");
            w.Line("/// <returns>One message per problem; empty when the values are valid.</returns>");
            w.Open("public global::System.Collections.Generic.IReadOnlyList<string> Validate()");
            w.Line("var problems = new global::System.Collections.Generic.List<string>();");
            foreach (var attribute in pool.Attributes)
            {
                WriteValidation(w, attribute, attribute.PropertyName, attribute.IsRequired);
            }

            w.Line("return problems;");
            w.Close();
            w.Line();

            // Value equality that includes the additional attributes' contents.
            w.Summary("Whether both hold the same values, additional attributes included.");
            w.Line("/// <param name=\"other\">The other attributes.</param>");
            w.Line("/// <returns>True when equal.</returns>");
            w.Open("public bool Equals(" + type + "? other)");
            w.Line("return other is not null");
            w.Line("    && global::System.StringComparer.Ordinal.Equals(Sub, other.Sub)");
            foreach (var attribute in pool.Attributes)
            {
                w.Line("    && global::System.Collections.Generic.EqualityComparer<" + ClrType(attribute.ClrType) + "?>.Default.Equals(" + attribute.PropertyName + ", other." + attribute.PropertyName + ")");
            }

            w.Line("    && CognitoAttributeValue.SameAttributes(AdditionalAttributes, other.AdditionalAttributes);");
            w.Close();
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
                w.Line(GeneratedCode);
                w.Open("public enum " + client.TypePrefix + "DeletableAttribute");
                for (var i = 0; i < deletable.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Line();
                    }

                    w.Summary(AttributeSummary(deletable[i]));
                    w.Line(deletable[i].PropertyName + ",");
                }

                w.Close();
            }
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
            w.Open("public global::System.Collections.Generic.IReadOnlyList<" + Kvp + "> ToAttributes()");
            w.Line("var result = new global::System.Collections.Generic.List<" + Kvp + ">();");
            foreach (var attribute in attributes)
            {
                w.Line("CognitoAttributeValue.Add" + attribute.ClrType + "(result, " + Literal(attribute.CognitoName) + ", " + attribute.PropertyName + ");");
            }

            w.Line("return result;");
            w.Close();
        }

        private static IEnumerable<AttributeModel> Writable(UserPoolModel pool, ClientModel client)
        {
            var writable = new HashSet<string>(client.WritableAttributes, StringComparer.Ordinal);
            return pool.Attributes.Where(a => writable.Contains(a.CognitoName));
        }

        private static void WriteConversions(SourceWriter w)
        {
            w.Line("/// <summary>Cognito's string values ↔ typed values, in the invariant culture.</summary>");
            w.Line(GeneratedCode);
            w.Open("file static class CognitoAttributeValue");
            w.Line("private static readonly global::System.Collections.Generic.HashSet<string> s_tokenClaims = new(global::System.StringComparer.Ordinal)");
            w.Line("{");
            w.Line("    \"iss\", \"aud\", \"exp\", \"iat\", \"nbf\", \"auth_time\", \"token_use\", \"jti\", \"origin_jti\", \"event_id\", \"at_hash\", \"nonce\",");
            w.Line("    \"client_id\", \"scope\", \"username\", \"version\", \"cognito:username\", \"cognito:groups\", \"cognito:roles\", \"cognito:preferred_role\",");
            w.Line("};");
            w.Line();
            w.Line("public static bool TryParseInt64(string value, out long result)");
            w.Line("    => long.TryParse(value, global::System.Globalization.NumberStyles.Integer, " + Invariant + ", out result);");
            w.Line();
            w.Open("public static bool TryParseBoolean(string value, out bool result)");
            w.Line("return bool.TryParse(value?.Trim(), out result);");
            w.Close();
            w.Line();
            w.Line("public static bool TryParseDateTimeOffset(string value, out global::System.DateTimeOffset result)");
            w.Line("    => global::System.DateTimeOffset.TryParse(value, " + Invariant + ", global::System.Globalization.DateTimeStyles.AssumeUniversal, out result);");
            w.Line();
            w.Open("public static bool TryParseEpochSeconds(string value, out global::System.DateTimeOffset result)");
            w.Line("// Cognito keeps updated_at as seconds since the epoch; anything else (an ISO date someone wrote) still parses.");
            w.Open("if (long.TryParse(value, global::System.Globalization.NumberStyles.Integer, " + Invariant + ", out var seconds) && seconds >= -62135596800L && seconds <= 253402300799L)");
            w.Line("result = global::System.DateTimeOffset.FromUnixTimeSeconds(seconds);");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("return TryParseDateTimeOffset(value, out result);");
            w.Close();
            w.Line();
            w.Line("public static bool TryParseDateOnly(string value, out global::System.DateOnly result)");
            w.Line("    => global::System.DateOnly.TryParseExact(value, \"yyyy-MM-dd\", " + Invariant + ", global::System.Globalization.DateTimeStyles.None, out result);");
            w.Line();
            foreach (var (type, clr) in new[] { ("Int64", "long"), ("Boolean", "bool"), ("DateTimeOffset", "global::System.DateTimeOffset"), ("EpochSeconds", "global::System.DateTimeOffset"), ("DateOnly", "global::System.DateOnly") })
            {
                w.Line("public static " + clr + "? Parse" + type + "(" + Kvp + " attribute, global::System.Collections.Generic.Dictionary<string, string> additional)");
                w.Line("    => Keep(TryParse" + type + "(attribute.Value, out var value), value, attribute, additional);");
                w.Line();
                w.Line("public static void Add" + type + "(global::System.Collections.Generic.List<" + Kvp + "> result, string name, " + clr + "? value)");
                w.Line("    => AddString(result, name, value is { } set ? Format" + type + "(set) : null);");
                w.Line();
            }

            w.Open("public static void AddString(global::System.Collections.Generic.List<" + Kvp + "> result, string name, string? value)");
            w.Open("if (value is not null)");
            w.Line("result.Add(new(name, value));");
            w.Close();
            w.Close();
            w.Line();
            w.Line("/// <summary>Adds the additional attributes that no typed property wrote.</summary>");
            w.Open("public static void AddAdditional(global::System.Collections.Generic.List<" + Kvp + "> result, global::System.Collections.Generic.IReadOnlyDictionary<string, string> additional)");
            w.Line("var written = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);");
            w.Open("foreach (var attribute in result)");
            w.Line("written.Add(attribute.Key);");
            w.Close();
            w.Line();
            w.Open("foreach (var attribute in additional)");
            w.Open("if (written.Add(attribute.Key))");
            w.Line("result.Add(attribute);");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
            w.Line("/// <summary>A parsed value; or, when the text does not parse, null and the text kept as an additional attribute.</summary>");
            w.Line("private static T? Keep<T>(bool parsed, T value, " + Kvp + " attribute, global::System.Collections.Generic.Dictionary<string, string> additional)");
            w.Line("    where T : struct");
            w.Line("{");
            w.Indent();
            w.Open("if (parsed)");
            w.Line("additional.Remove(attribute.Key);");
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Line("additional[attribute.Key] = attribute.Value;");
            w.Line("return null;");
            w.Close();
            w.Line();
            w.Line("public static string FormatInt64(long value) => value.ToString(" + Invariant + ");");
            w.Line();
            w.Line("public static string FormatBoolean(bool value) => value ? \"true\" : \"false\";");
            w.Line();
            w.Line("public static string FormatDateTimeOffset(global::System.DateTimeOffset value) => value.ToString(\"O\", " + Invariant + ");");
            w.Line();
            w.Line("public static string FormatEpochSeconds(global::System.DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(" + Invariant + ");");
            w.Line();
            w.Line("public static string FormatDateOnly(global::System.DateOnly value) => value.ToString(\"yyyy-MM-dd\", " + Invariant + ");");
            w.Line();
            w.Open("public static bool SameAttributes(global::System.Collections.Generic.IReadOnlyDictionary<string, string> left, global::System.Collections.Generic.IReadOnlyDictionary<string, string> right)");
            w.Open("if (left.Count != right.Count)");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Open("foreach (var pair in left)");
            w.Open("if (!right.TryGetValue(pair.Key, out var value) || !global::System.StringComparer.Ordinal.Equals(pair.Value, value))");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The attribute claims of a JWT's payload as strings, without validating the token.</summary>");
            w.Open("public static global::System.Collections.Generic.IEnumerable<" + Kvp + "> ReadClaims(string jwt)");
            WriteReadPayload(w);
            w.Line("var claims = new global::System.Collections.Generic.List<" + Kvp + ">();");
            w.Open("foreach (var claim in document.RootElement.EnumerateObject())");
            w.Open("if (s_tokenClaims.Contains(claim.Name))");
            w.Line("continue;");
            w.Close();
            w.Line();
            w.Line("var value = claim.Value;");
            w.Line("claims.Add(new(claim.Name, value.ValueKind switch");
            w.Line("{");
            w.Line("    global::System.Text.Json.JsonValueKind.String => value.GetString() ?? string.Empty,");
            w.Line("    global::System.Text.Json.JsonValueKind.True => \"true\",");
            w.Line("    global::System.Text.Json.JsonValueKind.False => \"false\",");
            w.Line("    _ => value.GetRawText(),");
            w.Line("}));");
            w.Close();
            w.Line();
            w.Line("return claims;");
            w.Close();
            w.Close();
        }

        /// <summary>Decodes a JWT's payload into <c>document</c> (a JSON object), or throws FormatException.</summary>
        private static void WriteReadPayload(SourceWriter w)
        {
            w.Line("var parts = jwt.Split('.');");
            w.Open("if (parts.Length != 3)");
            w.Line("throw new global::System.FormatException(\"The value is not a JWT.\");");
            w.Close();
            w.Line();
            w.Line("var base64 = parts[1].Replace('-', '+').Replace('_', '/');");
            w.Line("base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');");
            w.Line("using var document = global::System.Text.Json.JsonDocument.Parse(global::System.Convert.FromBase64String(base64));");
            w.Open("if (document.RootElement.ValueKind != global::System.Text.Json.JsonValueKind.Object)");
            w.Line("throw new global::System.FormatException(\"The JWT's payload is not a JSON object.\");");
            w.Close();
            w.Line();
        }

        // ---------------------------------------------------------------- clients

        private static void WriteClient(SourceWriter w, UserPoolModel pool, ClientModel client)
        {
            var methods = ClientMethods(pool, client);
            var type = client.TypePrefix + "Client";
            w.Line("/// <summary>");
            w.Line("/// What app client " + Xml(client.Name) + " of the " + Xml(pool.Name) + " user pool may do. A flow the client does not allow");
            w.Line("/// has no method here, so calling it does not compile.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public partial interface I" + type);
            var first = true;
            foreach (var method in methods)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                WriteDocs(w, method);
                w.Line(method.Returns + " " + method.Name + "(" + method.Parameters + ");");
            }

            w.Close();
            w.Line();

            w.Line("/// <summary>");
            w.Line("/// The typed client of app client " + Xml(client.Name) + " of the " + Xml(pool.Name) + " user pool" + FlowsSummary(client) + ".");
            if (client.GenerateSecret)
            {
                w.Line("/// The app client has a secret: set <see cref=\"global::CognitoTyped.CognitoClientOptions.ClientSecret\"/> from configuration; SECRET_HASH is computed for every call.");
            }

            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : I" + type + ", global::System.IDisposable");
            w.Summary("The app client's name in cognito.json.");
            w.Line("public const string ClientName = " + Literal(client.Name) + ";");
            w.Line();
            w.Summary("The user pool's name in cognito.json.");
            w.Line("public const string UserPoolName = " + Literal(pool.Name) + ";");
            w.Line();
            w.Line("private readonly " + Runtime + "CognitoAuthClient _client;");
            w.Line();
            w.Summary("Creates the client.");
            w.Line("/// <param name=\"options\">The pool ID, the app client ID" + (client.GenerateSecret ? " and secret" : string.Empty) + " (from configuration) and, for emulators, the endpoint.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Open("public " + type + "(" + Runtime + "CognitoClientOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            if (client.GenerateSecret)
            {
                w.Open("if (string.IsNullOrEmpty(options.ClientSecret))");
                w.Line("throw new global::System.InvalidOperationException(" + Literal("App client '" + client.Name + "' is generated with a secret: set CognitoClientOptions.ClientSecret from configuration.") + ");");
                w.Close();
                w.Line();
            }

            w.Line("_client = new " + Runtime + "CognitoAuthClient(options, httpClient);");
            w.Close();
            w.Line();
            w.Summary("Creates the client for a pool and app client.");
            w.Line("/// <param name=\"userPoolId\">The user pool ID, from configuration.</param>");
            w.Line("/// <param name=\"clientId\">The app client ID, from configuration.</param>");
            if (client.GenerateSecret)
            {
                w.Line("/// <param name=\"clientSecret\">The app client secret, from configuration.</param>");
            }

            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Line("public " + type + "(string userPoolId, [" + Runtime + "CognitoClientId] string clientId, " + (client.GenerateSecret ? "[" + Runtime + "CognitoClientSecret] string clientSecret, " : string.Empty) + "global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("    : this(new " + Runtime + "CognitoClientOptions { UserPoolId = userPoolId, ClientId = clientId" + (client.GenerateSecret ? ", ClientSecret = clientSecret" : string.Empty) + " }, httpClient)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("The string-attribute client underneath, for what this typed client does not cover.");
            w.Line("public " + Runtime + "CognitoAuthClient AuthClient => _client;");
            foreach (var method in methods)
            {
                w.Line();
                w.Line("/// <inheritdoc />");
                w.Line("public " + (method.IsAsync ? "async " : string.Empty) + method.Returns + " " + method.Name + "(" + method.Parameters + ")");
                w.Line("{");
                w.Indent();
                foreach (var line in method.Body)
                {
                    w.Line(line);
                }

                w.Outdent();
                w.Line("}");
            }

            w.Line();
            w.Summary("Disposes the <see cref=\"global::System.Net.Http.HttpClient\"/> when the client created it.");
            w.Line("public void Dispose() => _client.Dispose();");
            w.Close();
        }

        private static string FlowsSummary(ClientModel client)
        {
            var flows = new List<string>();
            if (client.AllowUserSrp)
            {
                flows.Add("SRP sign-in");
            }

            if (client.AllowUserPassword)
            {
                flows.Add("password sign-in");
            }

            if (client.AllowCustomAuth)
            {
                flows.Add("custom auth");
            }

            if (client.AllowUserAuth)
            {
                flows.Add("choice-based sign-in");
            }

            if (client.AllowRefresh)
            {
                flows.Add("token refresh");
            }

            return flows.Count == 0 ? " (no sign-in flow is allowed)" : " (allows " + string.Join(", ", flows) + ")";
        }

        private static void WriteDocs(SourceWriter w, ClientMethod method)
        {
            w.Summary(method.Summary);
            foreach (var (name, doc) in method.ParameterDocs)
            {
                w.Line("/// <param name=\"" + name + "\">" + doc + "</param>");
            }

            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line("/// <returns>" + method.ReturnsDoc + "</returns>");
        }

        private sealed class ClientMethod
        {
            public ClientMethod(string name, string returns, string parameters, string summary, string returnsDoc, (string, string)[] parameterDocs, params string[] body)
            {
                Name = name;
                Returns = returns;
                Parameters = parameters;
                Summary = summary;
                ReturnsDoc = returnsDoc;
                ParameterDocs = parameterDocs;
                Body = body;
            }

            public string Name { get; }

            public string Returns { get; }

            public string Parameters { get; }

            public string Summary { get; }

            public string ReturnsDoc { get; }

            public (string Name, string Doc)[] ParameterDocs { get; }

            public string[] Body { get; }

            public bool IsAsync { get; init; }
        }

        private static List<ClientMethod> ClientMethods(UserPoolModel pool, ClientModel client)
        {
            const string Password = "[global::CognitoTyped.CognitoPassword] string ";
            const string Challenge = "global::CognitoTyped.CognitoChallenge challenge";
            const string SignInResult = "global::System.Threading.Tasks.Task<global::CognitoTyped.SignInResult>";
            const string Delivery = "global::System.Threading.Tasks.Task<" + Idp + "CodeDeliveryDetailsType?>";
            var username = ("username", "The username (or the email/phone number when the pool signs in by them).");
            var accessToken = ("accessToken", "The user's access token.");
            var challenge = ("challenge", "The challenge from the sign-in result.");
            var methods = new List<ClientMethod>();
            var canSignIn = client.AllowUserSrp || client.AllowUserPassword;
            var mfa = pool.MfaConfiguration != "OFF";
            var update = client.TypePrefix + "AttributeUpdate";

            if (!pool.AllowAdminCreateUserOnly)
            {
                methods.Add(new ClientMethod(
                    "SignUpAsync",
                    Task + "<" + Idp + "SignUpResponse>",
                    "string username, " + Password + "password, " + client.TypePrefix + "SignUpAttributes attributes, " + Ct,
                    "Registers a user (SignUp) with the attributes this app client may write; the pool's required attributes are required members.",
                    "Whether the user is confirmed already, its <c>sub</c> and where the confirmation code went.",
                    new[] { username, ("password", "The password."), ("attributes", "The user's attributes.") },
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.SignUpAsync(username, password, attributes.ToAttributes(), cancellationToken);"));
                methods.Add(new ClientMethod(
                    "ConfirmSignUpAsync",
                    Task,
                    "string username, string confirmationCode, " + Ct,
                    "Confirms a sign-up with the code the user received (ConfirmSignUp).",
                    "A task that completes when the user is confirmed.",
                    new[] { username, ("confirmationCode", "The code.") },
                    "return _client.ConfirmSignUpAsync(username, confirmationCode, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "ResendConfirmationCodeAsync",
                    Delivery,
                    "string username, " + Ct,
                    "Sends the sign-up confirmation code again (ResendConfirmationCode).",
                    "Where the code went.",
                    new[] { username },
                    "return _client.ResendConfirmationCodeAsync(username, cancellationToken);"));
            }

            if (canSignIn)
            {
                var srp = client.AllowUserSrp;
                methods.Add(new ClientMethod(
                    "SignInAsync",
                    SignInResult,
                    "string username, " + Password + "password, " + Ct,
                    srp
                        ? "Signs in with USER_SRP_AUTH: the password never leaves this process."
                        : "Signs in with USER_PASSWORD_AUTH (the client does not allow SRP; the password travels over TLS to Cognito).",
                    "The tokens in <see cref=\"global::CognitoTyped.SignInResult.Tokens\"/>, or the challenge Cognito asks for next.",
                    new[] { username, ("password", "The password.") },
                    srp
                        ? "return _client.SignInWithSrpAsync(username, password, cancellationToken);"
                        : "return _client.SignInWithPasswordAsync(username, password, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "SignInAsync",
                    SignInResult,
                    "string username, " + Password + "password, " + Runtime + "CognitoDevice? device, " + Ct,
                    "Signs in on a remembered device: the DEVICE_SRP_AUTH challenge Cognito asks for a tracked device is answered with it.",
                    "The tokens in <see cref=\"global::CognitoTyped.SignInResult.Tokens\"/>, or the challenge Cognito asks for next.",
                    new[] { username, ("password", "The password."), ("device", "The device from ConfirmDeviceAsync, or null.") },
                    srp
                        ? "return _client.SignInWithSrpAsync(username, password, device, cancellationToken);"
                        : "return _client.SignInWithPasswordAsync(username, password, device, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "ConfirmDeviceAsync",
                    Task + "<" + Runtime + "CognitoDeviceConfirmation>",
                    Runtime + "SignInResult signedIn, string? deviceName = null, " + Ct,
                    "Confirms the device Cognito offered at sign-in (ConfirmDevice) with a random device password and its SRP verifier.",
                    "The device to store and pass to later sign-ins and refreshes, and whether to ask the user to remember it.",
                    new[] { ("signedIn", "A signed-in result whose NewDevice is set (the pool tracks devices)."), ("deviceName", "A name for the device, shown to the user.") },
                    "return _client.ConfirmDeviceAsync(signedIn, deviceName, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "UpdateDeviceStatusAsync",
                    Task,
                    "string accessToken, string deviceKey, bool remembered, " + Ct,
                    "Marks a tracked device remembered (MFA may be skipped on it) or not remembered (UpdateDeviceStatus).",
                    "A task that completes when the status is saved.",
                    new[] { accessToken, ("deviceKey", "The device key."), ("remembered", "Whether the device is remembered.") },
                    "return _client.UpdateDeviceStatusAsync(accessToken, deviceKey, remembered, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "ForgetDeviceAsync",
                    Task,
                    "string accessToken, string deviceKey, " + Ct,
                    "Forgets a device: Cognito no longer tracks it and its device password stops working (ForgetDevice).",
                    "A task that completes when the device is forgotten.",
                    new[] { accessToken, ("deviceKey", "The device key.") },
                    "return _client.ForgetDeviceAsync(accessToken, deviceKey, cancellationToken);"));
            }

            // Every sign-in flow (SRP, password, custom, choice-based) can end in these challenges.
            if (canSignIn || client.AllowCustomAuth || client.AllowUserAuth)
            {
                methods.Add(new ClientMethod(
                    "RespondToNewPasswordRequiredAsync",
                    SignInResult,
                    Challenge + ", " + Password + "newPassword, " + update + "? requiredAttributes = null, " + Ct,
                    "Answers NEW_PASSWORD_REQUIRED with the new password and the attributes the challenge requires.",
                    "The tokens, or the next challenge.",
                    new[] { challenge, ("newPassword", "The new password."), ("requiredAttributes", "Values for the attributes the challenge requires.") },
                    "return _client.RespondToNewPasswordRequiredAsync(challenge, newPassword, requiredAttributes?.ToAttributes(), cancellationToken);"));
                if (mfa)
                {
                    methods.Add(new ClientMethod(
                        "RespondToMfaCodeAsync",
                        SignInResult,
                        Challenge + ", string code, " + Ct,
                        "Answers an MFA code challenge: SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP.",
                        "The tokens, or the next challenge.",
                        new[] { challenge, ("code", "The code the user received or their authenticator shows.") },
                        "return _client.RespondToMfaCodeAsync(challenge, code, cancellationToken);"));
                    methods.Add(new ClientMethod(
                        "RespondToSelectMfaTypeAsync",
                        SignInResult,
                        Challenge + ", string mfaType, " + Ct,
                        "Answers SELECT_MFA_TYPE with the MFA method the user picks (<c>SMS_MFA</c>, <c>SOFTWARE_TOKEN_MFA</c> or <c>EMAIL_OTP</c>).",
                        "The next challenge (the code for that method).",
                        new[] { challenge, ("mfaType", "The MFA method.") },
                        "return _client.RespondToSelectMfaTypeAsync(challenge, mfaType, cancellationToken);"));
                    methods.Add(new ClientMethod(
                        "AssociateSoftwareTokenAsync",
                        Task + "<" + Runtime + "CognitoSoftwareTokenSetup>",
                        Challenge + ", string issuer, string? accountName = null, " + Ct,
                        "Answers MFA_SETUP by starting TOTP setup: the secret and <c>otpauth://</c> URI to show in an authenticator app.",
                        "The setup to finish with <see cref=\"RespondToMfaSetupAsync\"/>.",
                        new[] { ("challenge", "The MFA_SETUP challenge; its Session is spent."), ("issuer", "The name the authenticator app shows for your service."), ("accountName", "The account label in the app; null uses the name the user signed in with.") },
                        "return _client.AssociateSoftwareTokenAsync(challenge, issuer, accountName, cancellationToken);"));
                    methods.Add(new ClientMethod(
                        "RespondToMfaSetupAsync",
                        SignInResult,
                        Runtime + "CognitoSoftwareTokenSetup setup, string code, string? friendlyDeviceName = null, " + Ct,
                        "Finishes MFA_SETUP with a code from the authenticator app.",
                        "The tokens, or the next challenge.",
                        new[] { ("setup", "The setup from AssociateSoftwareTokenAsync."), ("code", "The code the authenticator app shows."), ("friendlyDeviceName", "A name for the authenticator.") },
                        "return _client.RespondToMfaSetupAsync(setup, code, friendlyDeviceName, cancellationToken);"));
                    methods.Add(new ClientMethod(
                        "RespondToMfaSetupWithEmailAsync",
                        SignInResult,
                        Challenge + ", string email, " + Ct,
                        "Answers MFA_SETUP by choosing email MFA with the address to send codes to.",
                        "The next challenge (EMAIL_OTP).",
                        new[] { challenge, ("email", "The email address.") },
                        "return _client.RespondToMfaSetupWithEmailAsync(challenge, email, cancellationToken);"));
                    methods.Add(new ClientMethod(
                        "SetMfaPreferenceAsync",
                        Task,
                        "string accessToken, " + Runtime + "CognitoMfaFactor factor, bool enabled, bool preferred = false, " + Ct,
                        "Turns a second factor on or off for the signed-in user, optionally as the one Cognito asks for (SetUserMFAPreference).",
                        "A task that completes when the preference is saved.",
                        new[] { accessToken, ("factor", "The factor."), ("enabled", "Whether it is on."), ("preferred", "Whether Cognito asks for it first.") },
                        "return _client.SetMfaPreferenceAsync(accessToken, factor, enabled, preferred, cancellationToken);"));
                }

                methods.Add(new ClientMethod(
                    "RespondToChallengeAsync",
                    SignInResult,
                    Challenge + ", global::System.Collections.Generic.IReadOnlyDictionary<string, string> responses, " + Ct,
                    "Answers any other challenge with ChallengeResponses as Cognito documents them; USERNAME and SECRET_HASH are added.",
                    "The tokens, or the next challenge.",
                    new[] { challenge, ("responses", "The challenge responses.") },
                    "return _client.RespondToChallengeAsync(challenge, responses, cancellationToken);"));
            }

            if (client.AllowCustomAuth)
            {
                methods.Add(new ClientMethod(
                    "SignInWithCustomAuthAsync",
                    SignInResult,
                    "string username, global::System.Collections.Generic.IReadOnlyDictionary<string, string>? clientMetadata = null, " + Ct,
                    "Starts CUSTOM_AUTH: the pool's Lambda triggers decide the challenges (CUSTOM_CHALLENGE).",
                    "The first challenge, or the tokens.",
                    new[] { username, ("clientMetadata", "Values for the Lambda triggers; optional.") },
                    "return _client.SignInWithCustomAuthAsync(username, clientMetadata, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "RespondToCustomChallengeAsync",
                    SignInResult,
                    Challenge + ", string answer, " + Ct,
                    "Answers a CUSTOM_CHALLENGE.",
                    "The tokens, or the next challenge.",
                    new[] { challenge, ("answer", "The answer the Lambda trigger checks.") },
                    "return _client.RespondToCustomChallengeAsync(challenge, answer, cancellationToken);"));
            }

            if (client.AllowUserAuth)
            {
                methods.Add(new ClientMethod(
                    "SignInWithUserAuthAsync",
                    SignInResult,
                    "string username, string? preferredChallenge = null, " + Ct,
                    "Starts choice-based sign-in (USER_AUTH) without a password: Cognito offers the challenges the pool allows.",
                    "The challenge to answer (SELECT_CHALLENGE, EMAIL_OTP, SMS_OTP, …), or the tokens.",
                    new[] { username, ("preferredChallenge", "null, <c>EMAIL_OTP</c> or <c>SMS_OTP</c>.") },
                    "return _client.SignInWithUserAuthAsync(username, preferredChallenge, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "SignInWithUserAuthAsync",
                    SignInResult,
                    "string username, string preferredChallenge, " + Password + "password, " + Ct,
                    "Starts choice-based sign-in (USER_AUTH) with a password challenge (<c>PASSWORD</c> or <c>PASSWORD_SRP</c>).",
                    "The tokens, or the next challenge.",
                    new[] { username, ("preferredChallenge", "<c>PASSWORD</c> or <c>PASSWORD_SRP</c>."), ("password", "The password.") },
                    "return _client.SignInWithUserAuthAsync(username, preferredChallenge, password, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "RespondToSelectChallengeAsync",
                    SignInResult,
                    Challenge + ", string answer, " + Ct,
                    "Answers SELECT_CHALLENGE with the challenge to continue with (e.g. <c>EMAIL_OTP</c>).",
                    "The chosen challenge, or the tokens.",
                    new[] { challenge, ("answer", "The challenge name.") },
                    "return _client.RespondToSelectChallengeAsync(challenge, answer, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "RespondToSelectChallengeWithPasswordAsync",
                    SignInResult,
                    Challenge + ", " + Password + "password, " + Ct,
                    "Answers SELECT_CHALLENGE with PASSWORD.",
                    "The tokens, or the next challenge.",
                    new[] { challenge, ("password", "The password.") },
                    "return _client.RespondToSelectChallengeWithPasswordAsync(challenge, password, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "RespondToSelectChallengeWithPasswordSrpAsync",
                    SignInResult,
                    Challenge + ", " + Password + "password, " + Ct,
                    "Answers SELECT_CHALLENGE with PASSWORD_SRP: the password never leaves this process.",
                    "The tokens, or the next challenge.",
                    new[] { challenge, ("password", "The password.") },
                    "return _client.RespondToSelectChallengeWithPasswordSrpAsync(challenge, password, cancellationToken);"));
            }

            if (client.AllowRefresh)
            {
                methods.Add(new ClientMethod(
                    "RefreshAsync",
                    Task + "<" + Runtime + "CognitoTokens>",
                    Runtime + "CognitoTokens tokens, " + Ct,
                    "Gets new ID and access tokens with the refresh token (REFRESH_TOKEN_AUTH).",
                    "The new tokens.",
                    new[] { ("tokens", "The current tokens; their refresh token is used.") },
                    "return _client.RefreshAsync(tokens, cancellationToken);"));
                methods.Add(new ClientMethod(
                    "RefreshAsync",
                    Task + "<" + Runtime + "CognitoTokens>",
                    Runtime + "CognitoTokens tokens, " + Runtime + "CognitoDevice? device, " + Ct,
                    "Refreshes tokens issued on a remembered device (REFRESH_TOKEN_AUTH with DEVICE_KEY, which Cognito requires for them).",
                    "The new tokens.",
                    new[] { ("tokens", "The current tokens; their refresh token is used."), ("device", "The device the tokens were issued on, or null.") },
                    "return _client.RefreshAsync(tokens, device, cancellationToken);"));
            }

            methods.Add(new ClientMethod(
                "GetUserAsync",
                Task + "<" + pool.TypePrefix + "User>",
                "string accessToken, " + Ct,
                "Reads the signed-in user with typed attributes (GetUser).",
                "The username and the typed attributes.",
                new[] { accessToken },
                "var user = await _client.GetUserAsync(accessToken, cancellationToken).ConfigureAwait(false);",
                "return new " + pool.TypePrefix + "User(user.Username, " + pool.TypePrefix + "Attributes.FromAttributes(user.Attributes));")
            {
                IsAsync = true,
            });
            if (Writable(pool, client).Any(a => a.IsMutable))
            {
                methods.Add(new ClientMethod(
                    "UpdateUserAttributesAsync",
                    Task + "<global::System.Collections.Generic.IReadOnlyList<" + Idp + "CodeDeliveryDetailsType>>",
                    "string accessToken, " + update + " attributes, " + Ct,
                    "Updates the attributes this app client may write and the pool lets change (UpdateUserAttributes); only the set ones are sent.",
                    "Where verification codes went for changed email/phone attributes.",
                    new[] { accessToken, ("attributes", "The attributes to change.") },
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.UpdateUserAttributesAsync(accessToken, attributes.ToAttributes(), cancellationToken);"));
            }

            if (Deletable(pool, client).Count > 0)
            {
                methods.Add(new ClientMethod(
                    "DeleteUserAttributesAsync",
                    Task,
                    "string accessToken, global::System.Collections.Generic.IEnumerable<" + client.TypePrefix + "DeletableAttribute> attributes, " + Ct,
                    "Deletes attributes of the signed-in user (DeleteUserAttributes): only ones this app client may write, the pool lets change and does not require.",
                    "A task that completes when the attributes are deleted.",
                    new[] { accessToken, ("attributes", "The attributes to delete.") },
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.DeleteUserAttributesAsync(accessToken, global::System.Linq.Enumerable.Select(attributes, " + update + ".CognitoNameOf), cancellationToken);"));
            }

            methods.Add(new ClientMethod(
                "ChangePasswordAsync",
                Task,
                "string accessToken, " + Password + "previousPassword, " + Password + "proposedPassword, " + Ct,
                "Changes the signed-in user's password (ChangePassword).",
                "A task that completes when the password is changed.",
                new[] { accessToken, ("previousPassword", "The current password."), ("proposedPassword", "The new password.") },
                "return _client.ChangePasswordAsync(accessToken, previousPassword, proposedPassword, cancellationToken);"));
            methods.Add(new ClientMethod(
                "ForgotPasswordAsync",
                Delivery,
                "string username, " + Ct,
                "Starts a password reset: Cognito sends the user a code (ForgotPassword).",
                "Where the code went.",
                new[] { username },
                "return _client.ForgotPasswordAsync(username, cancellationToken);"));
            methods.Add(new ClientMethod(
                "ConfirmForgotPasswordAsync",
                Task,
                "string username, string confirmationCode, " + Password + "newPassword, " + Ct,
                "Completes a password reset with the code (ConfirmForgotPassword).",
                "A task that completes when the password is reset.",
                new[] { username, ("confirmationCode", "The code the user received."), ("newPassword", "The new password.") },
                "return _client.ConfirmForgotPasswordAsync(username, confirmationCode, newPassword, cancellationToken);"));
            methods.Add(new ClientMethod(
                "GetUserAttributeVerificationCodeAsync",
                Delivery,
                "string accessToken, string attributeName, " + Ct,
                "Sends a code to verify an attribute such as <c>email</c> (GetUserAttributeVerificationCode).",
                "Where the code went.",
                new[] { accessToken, ("attributeName", "The Cognito name of the attribute.") },
                "return _client.GetUserAttributeVerificationCodeAsync(accessToken, attributeName, cancellationToken);"));
            methods.Add(new ClientMethod(
                "VerifyUserAttributeAsync",
                Task,
                "string accessToken, string attributeName, string code, " + Ct,
                "Verifies an attribute with the code the user received (VerifyUserAttribute).",
                "A task that completes when the attribute is verified.",
                new[] { accessToken, ("attributeName", "The Cognito name of the attribute."), ("code", "The code.") },
                "return _client.VerifyUserAttributeAsync(accessToken, attributeName, code, cancellationToken);"));
            if (mfa)
            {
                methods.Add(new ClientMethod(
                    "AssociateSoftwareTokenAsync",
                    Task + "<string>",
                    "string accessToken, " + Ct,
                    "Starts TOTP MFA setup for the signed-in user (AssociateSoftwareToken): the secret to show in an authenticator app.",
                    "The TOTP secret (base32).",
                    new[] { accessToken },
                    "global::System.ArgumentException.ThrowIfNullOrEmpty(accessToken);",
                    "var response = await _client.Service.AssociateSoftwareTokenAsync(new " + Idp + "AssociateSoftwareTokenRequest { AccessToken = accessToken }, cancellationToken).ConfigureAwait(false);",
                    "return response.SecretCode ?? throw new global::CognitoTyped.CognitoProtocolException(\"AssociateSoftwareToken returned no secret.\");")
                {
                    IsAsync = true,
                });
                methods.Add(new ClientMethod(
                    "VerifySoftwareTokenAsync",
                    Task + "<bool>",
                    "string accessToken, string userCode, string? friendlyDeviceName = null, " + Ct,
                    "Completes TOTP MFA setup with a code from the authenticator app (VerifySoftwareToken).",
                    "Whether Cognito accepted the code.",
                    new[] { accessToken, ("userCode", "The code the authenticator app shows."), ("friendlyDeviceName", "A name for the authenticator.") },
                    "global::System.ArgumentException.ThrowIfNullOrEmpty(accessToken);",
                    "global::System.ArgumentException.ThrowIfNullOrEmpty(userCode);",
                    "var response = await _client.Service.VerifySoftwareTokenAsync(new " + Idp + "VerifySoftwareTokenRequest { AccessToken = accessToken, UserCode = userCode, FriendlyDeviceName = friendlyDeviceName }, cancellationToken).ConfigureAwait(false);",
                    "return string.Equals(response.Status, \"SUCCESS\", global::System.StringComparison.Ordinal);")
                {
                    IsAsync = true,
                });
            }

            methods.Add(new ClientMethod(
                "GlobalSignOutAsync",
                Task,
                "string accessToken, " + Ct,
                "Signs the user out of every device: all their refresh tokens are revoked (GlobalSignOut).",
                "A task that completes when the user is signed out.",
                new[] { accessToken },
                "return _client.GlobalSignOutAsync(accessToken, cancellationToken);"));
            if (client.EnableTokenRevocation)
            {
                methods.Add(new ClientMethod(
                    "RevokeTokenAsync",
                    Task,
                    "string refreshToken, " + Ct,
                    "Revokes a refresh token and the access tokens issued with it (RevokeToken).",
                    "A task that completes when the token is revoked.",
                    new[] { ("refreshToken", "The refresh token.") },
                    "return _client.RevokeTokenAsync(refreshToken, cancellationToken);"));
            }

            methods.Add(new ClientMethod(
                "DeleteUserAsync",
                Task,
                "string accessToken, " + Ct,
                "Deletes the signed-in user (DeleteUser).",
                "A task that completes when the user is deleted.",
                new[] { accessToken },
                "return _client.DeleteUserAsync(accessToken, cancellationToken);"));
            return methods;
        }

        // ---------------------------------------------------------------- identity pool, groups, definition

        private static void WriteIdentityPool(SourceWriter w, UserPoolModel pool, IdentityPoolModel identityPool)
        {
            var type = pool.TypePrefix + "IdentityPool";
            w.Line("/// <summary>");
            w.Line("/// The identity pool that trusts the " + Xml(pool.Name) + " user pool: AWS credentials for its signed-in users" + (identityPool.AllowUnauthenticatedIdentities ? " and guests" : string.Empty) + ",");
            w.Line("/// usable by any AWS SDK client.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : global::System.IDisposable");
            w.Summary("Whether the identity pool gives guests credentials, as cognito.json declares.");
            w.Line("public const bool AllowUnauthenticatedIdentities = " + (identityPool.AllowUnauthenticatedIdentities ? "true" : "false") + ";");
            w.Line();
            w.Line("private readonly global::CognitoTyped.Identity.CognitoIdentityPool _pool;");
            w.Line();
            w.Summary("Creates the identity pool client.");
            w.Line("/// <param name=\"options\">The identity pool ID and user pool ID (from configuration) and, for tests, the endpoint.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one this object owns.</param>");
            w.Open("public " + type + "(global::CognitoTyped.Identity.CognitoIdentityPoolOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            w.Line("_pool = new global::CognitoTyped.Identity.CognitoIdentityPool(");
            w.Line("    new global::CognitoTyped.Identity.CognitoIdentityPoolOptions");
            w.Line("    {");
            w.Line("        Region = options.Region,");
            w.Line("        IdentityPoolId = options.IdentityPoolId,");
            w.Line("        UserPoolId = options.UserPoolId,");
            w.Line("        ServiceUrl = options.ServiceUrl,");
            w.Line("        AllowUnauthenticatedIdentities = AllowUnauthenticatedIdentities,");
            w.Line("        RequestTimeout = options.RequestTimeout,");
            w.Line("        Retry = options.Retry,");
            w.Line("    },");
            w.Line("    httpClient);");
            w.Close();
            w.Line();
            w.Summary("The Logins key of the user pool: <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.");
            w.Line("public string LoginProvider => _pool.LoginProvider;");
            w.Line();
            w.Summary("The identity pool client underneath.");
            w.Line("public global::CognitoTyped.Identity.CognitoIdentityPool Pool => _pool;");
            w.Line();
            w.Summary("Gets the identity ID of the signed-in user (GetId).");
            w.Line("/// <param name=\"tokens\">The user's tokens.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line("/// <returns>The identity ID.</returns>");
            w.Line("public global::System.Threading.Tasks.Task<string> GetIdentityIdAsync(global::CognitoTyped.CognitoTokens tokens, " + Ct + ")");
            w.Line("    => _pool.GetIdentityIdAsync(tokens, cancellationToken);");
            w.Line();
            w.Summary("AWS credentials for the signed-in user, refreshed before they expire; usable by any AWS SDK client.");
            w.Line("/// <param name=\"tokens\">The user's tokens (their ID token is the login).</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetCredentials(global::CognitoTyped.CognitoTokens tokens) => _pool.GetCredentials(tokens);");
            w.Line();
            w.Summary("AWS credentials for a signed-in user whose tokens change over time: each refresh asks for the current tokens.");
            w.Line("/// <param name=\"currentTokens\">Supplies the current tokens.</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetCredentials(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<global::CognitoTyped.CognitoTokens>> currentTokens)");
            w.Line("    => _pool.GetCredentials(currentTokens);");
            if (identityPool.AllowUnauthenticatedIdentities)
            {
                w.Line();
                w.Summary("Guest AWS credentials (the identity pool allows unauthenticated identities).");
                w.Line("/// <returns>The credentials.</returns>");
                w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetGuestCredentials() => _pool.GetGuestCredentials();");
            }

            w.Line();
            w.Summary("Disposes the <see cref=\"global::System.Net.Http.HttpClient\"/> when this object created it.");
            w.Line("public void Dispose() => _pool.Dispose();");
            w.Close();
        }

        private static void WriteGroups(SourceWriter w, UserPoolModel pool)
        {
            w.Summary("The groups of the " + Xml(pool.Name) + " user pool: their names and membership checks from tokens or claims.");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + pool.TypePrefix + "Groups");
            w.Summary("The claim that lists a user's groups in Cognito's ID and access tokens.");
            w.Line("public const string ClaimType = \"cognito:groups\";");
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("The <c>" + Xml(group.Name) + "</c> group." + (group.Description is { Length: > 0 } description ? " " + Xml(description) : string.Empty));
                w.Line("public const string " + group.ConstantName + " = " + Literal(group.Name) + ";");
            }

            w.Line();
            w.Summary("Every group name cognito.json declares.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { " + string.Join(", ", pool.Groups.Select(g => g.ConstantName)) + " };");
            w.Line();
            w.Summary("The groups in the <c>cognito:groups</c> claim of a token, read without validating it.");
            w.Line("/// <param name=\"token\">An ID or access token.</param>");
            w.Line("/// <returns>The group names; empty when the user is in none.</returns>");
            w.Open("public static global::System.Collections.Generic.IReadOnlyList<string> GetGroups(string token)");
            w.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(token);");
            w.Line("var jwt = token;");
            WriteReadPayload(w);
            w.Open("if (!document.RootElement.TryGetProperty(ClaimType, out var groups) || groups.ValueKind != global::System.Text.Json.JsonValueKind.Array)");
            w.Line("return global::System.Array.Empty<string>();");
            w.Close();
            w.Line();
            w.Line("var result = new global::System.Collections.Generic.List<string>();");
            w.Open("foreach (var group in groups.EnumerateArray())");
            w.Open("if (group.ValueKind == global::System.Text.Json.JsonValueKind.String && group.GetString() is { } name)");
            w.Line("result.Add(name);");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return result;");
            w.Close();
            w.Line();
            w.Summary("Whether the signed-in user is in a group, by the ID token's <c>cognito:groups</c> claim.");
            w.Line("/// <param name=\"tokens\">The user's tokens.</param>");
            w.Line("/// <param name=\"groupName\">The group, e.g. one of this class's constants.</param>");
            w.Line("/// <returns>True when the user is in the group.</returns>");
            w.Open("public static bool IsMember(global::CognitoTyped.CognitoTokens tokens, string groupName)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(tokens);");
            w.Line("return global::System.Linq.Enumerable.Contains(GetGroups(tokens.IdToken), groupName, global::System.StringComparer.Ordinal);");
            w.Close();
            w.Line();
            w.Summary("Whether a principal (e.g. from JWT bearer authentication) is in a group, by its <c>cognito:groups</c> claims.");
            w.Line("/// <param name=\"principal\">The principal.</param>");
            w.Line("/// <param name=\"groupName\">The group, e.g. one of this class's constants.</param>");
            w.Line("/// <returns>True when the principal is in the group.</returns>");
            w.Open("public static bool IsMember(global::System.Security.Claims.ClaimsPrincipal principal, string groupName)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(principal);");
            w.Line("return principal.HasClaim(claim => claim.Type == ClaimType && string.Equals(claim.Value, groupName, global::System.StringComparison.Ordinal));");
            w.Close();
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("Whether the signed-in user is in the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("/// <param name=\"tokens\">The user's tokens.</param>");
                w.Line("/// <returns>True when the user is in the group.</returns>");
                w.Line("public static bool IsIn" + group.ConstantName + "(global::CognitoTyped.CognitoTokens tokens) => IsMember(tokens, " + group.ConstantName + ");");
                w.Line();
                w.Summary("Whether a principal is in the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("/// <param name=\"principal\">The principal.</param>");
                w.Line("/// <returns>True when the principal is in the group.</returns>");
                w.Line("public static bool IsIn" + group.ConstantName + "(global::System.Security.Claims.ClaimsPrincipal principal) => IsMember(principal, " + group.ConstantName + ");");
            }

            w.Close();
        }

        private static void WriteDefinition(SourceWriter w, UserPoolModel pool)
        {
            w.Line("/// <summary>");
            w.Line("/// The " + Xml(pool.Name) + " user pool as data, in AWS's request vocabulary: what");
            w.Line("/// <see cref=\"global::CognitoTyped.Provisioning.CognitoProvisioner\"/> creates on an endpoint (dev/test pools, emulators).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + pool.TypePrefix + "Definition");
            w.Summary("The pool's name in cognito.json.");
            w.Line("public const string Name = " + Literal(pool.Name) + ";");
            w.Line();
            w.Summary("The <c>CreateUserPool</c> request body (without PoolName), as JSON.");
            w.Line("public const string CreateUserPoolJson = " + Literal(pool.CreateUserPoolJson) + ";");
            w.Line();
            w.Summary("The pool, its app clients, groups and identity pool, for <see cref=\"global::CognitoTyped.Provisioning.CognitoProvisioner.ProvisionAsync\"/>.");
            w.Line("public static global::CognitoTyped.Provisioning.UserPoolDefinition UserPool { get; } = new(");
            w.Indent();
            w.Line("Name,");
            w.Line("CreateUserPoolJson,");
            w.Line("new global::CognitoTyped.Provisioning.UserPoolClientDefinition[]");
            w.Line("{");
            foreach (var client in pool.Clients)
            {
                w.Line("    new(" + Literal(client.Name) + ", " + Literal(client.CreateUserPoolClientJson) + "),");
            }

            w.Line("},");
            w.Line("new global::CognitoTyped.Provisioning.UserPoolGroupDefinition[]");
            w.Line("{");
            foreach (var group in pool.Groups)
            {
                w.Line("    new(" + Literal(group.Name) + ", " + (group.CreateGroupJson is null ? "null" : Literal(group.CreateGroupJson)) + "),");
            }

            w.Line("},");
            w.Line(pool.IdentityPool is { } identity
                ? "new global::CognitoTyped.Provisioning.IdentityPoolDefinition(" + (identity.AllowUnauthenticatedIdentities ? "true" : "false") + ", " + (identity.CreateIdentityPoolJson is null ? "null" : Literal(identity.CreateIdentityPoolJson)) + "));"
                : "null);");
            w.Outdent();
            w.Close();
        }

        private static void WriteDependencyInjection(SourceWriter w, CognitoFileModel file, string ns)
        {
            const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
            const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
            const string Add = "global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton";
            const string Get = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService";
            w.Summary("Registers the typed Cognito clients generated from cognito.json.");
            w.Line(GeneratedCode);
            w.Open("public static partial class CognitoTypedServiceCollectionExtensions");
            w.Line("/// <summary>");
            w.Line("/// Registers every generated client and identity pool as singletons, read from configuration when first resolved:");
            w.Line("/// <c>Cognito:{Pool}:Region|UserPoolId|IdentityPoolId|ServiceUrl|IdentityServiceUrl</c> and");
            w.Line("/// <c>Cognito:{Pool}:Clients:{Client}:ClientId|ClientSecret</c>.");
            w.Line("/// </summary>");
            w.Line("/// <param name=\"services\">The service collection.</param>");
            w.Line("/// <param name=\"configuration\">The configuration to read IDs, secrets and endpoints from.</param>");
            w.Line("/// <returns>The service collection.</returns>");
            w.Open("public static " + Services + " AddCognitoTyped(this " + Services + " services, " + Configuration + " configuration)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            foreach (var pool in file.Pools)
            {
                foreach (var client in pool.Clients)
                {
                    var type = "global::" + ns + "." + client.TypePrefix + "Client";
                    w.Line(Add + "<" + type + ">(services, _ => new " + type + "(ClientOptions(configuration, " + Literal(pool.Name) + ", " + Literal(client.Name) + ")));");
                    w.Line(Add + "<global::" + ns + ".I" + client.TypePrefix + "Client>(services, provider => " + Get + "<" + type + ">(provider));");
                }

                if (pool.IdentityPool is not null)
                {
                    var type = "global::" + ns + "." + pool.TypePrefix + "IdentityPool";
                    w.Line(Add + "<" + type + ">(services, _ => new " + type + "(IdentityPoolOptions(configuration, " + Literal(pool.Name) + ")));");
                }
            }

            w.Line("return services;");
            w.Close();
            w.Line();
            w.Open("private static global::CognitoTyped.CognitoClientOptions ClientOptions(" + Configuration + " configuration, string pool, string client)");
            w.Line("var section = \"Cognito:\" + pool + \":\";");
            w.Line("return new global::CognitoTyped.CognitoClientOptions");
            w.Line("{");
            w.Line("    Region = Value(configuration, section + \"Region\"),");
            w.Line("    UserPoolId = Value(configuration, section + \"UserPoolId\") ?? string.Empty,");
            w.Line("    ClientId = Value(configuration, section + \"Clients:\" + client + \":ClientId\") ?? string.Empty,");
            w.Line("    ClientSecret = Value(configuration, section + \"Clients:\" + client + \":ClientSecret\"),");
            w.Line("    ServiceUrl = Url(configuration, section + \"ServiceUrl\"),");
            w.Line("};");
            w.Close();
            w.Line();
            w.Open("private static global::CognitoTyped.Identity.CognitoIdentityPoolOptions IdentityPoolOptions(" + Configuration + " configuration, string pool)");
            w.Line("var section = \"Cognito:\" + pool + \":\";");
            w.Line("return new global::CognitoTyped.Identity.CognitoIdentityPoolOptions");
            w.Line("{");
            w.Line("    Region = Value(configuration, section + \"Region\"),");
            w.Line("    IdentityPoolId = Value(configuration, section + \"IdentityPoolId\") ?? string.Empty,");
            w.Line("    UserPoolId = Value(configuration, section + \"UserPoolId\") ?? string.Empty,");
            w.Line("    ServiceUrl = Url(configuration, section + \"IdentityServiceUrl\"),");
            w.Line("};");
            w.Close();
            w.Line();
            w.Line("private static string? Value(" + Configuration + " configuration, string key)");
            w.Line("    => configuration[key] is { Length: > 0 } value ? value : null;");
            w.Line();
            w.Open("private static global::System.Uri? Url(" + Configuration + " configuration, string key)");
            w.Line("var value = Value(configuration, key);");
            w.Line("return value is null ? null : new global::System.Uri(value, global::System.UriKind.Absolute);");
            w.Close();
            w.Close();
        }

        // ---------------------------------------------------------------- helpers

        private static string AttributeSummary(AttributeModel attribute, bool lowerFirst = false)
        {
            var text = "The <c>" + Xml(attribute.CognitoName) + "</c> attribute (" + attribute.DataType
                + (attribute.IsRequired ? ", required" : string.Empty)
                + (attribute.IsMutable ? string.Empty : ", immutable")
                + (attribute.MinLength is not null || attribute.MaxLength is not null ? ", " + Range(attribute.MinLength, attribute.MaxLength) + " characters" : string.Empty)
                + (attribute.MinValue is not null || attribute.MaxValue is not null ? ", " + Range(attribute.MinValue, attribute.MaxValue) : string.Empty)
                + ").";
            return lowerFirst ? "t" + text.Substring(1) : text;
        }

        private static string ClrType(AttributeClrType type) => type switch
        {
            AttributeClrType.Int64 => "long",
            AttributeClrType.Boolean => "bool",
            AttributeClrType.DateTimeOffset or AttributeClrType.EpochSeconds => "global::System.DateTimeOffset",
            AttributeClrType.DateOnly => "global::System.DateOnly",
            _ => "string",
        };

        private static string Format(AttributeClrType type, string value)
            => type == AttributeClrType.String ? value : "CognitoAttributeValue.Format" + type + "(" + value + ")";

        private static string Local(AttributeModel attribute) => "@" + char.ToLowerInvariant(attribute.PropertyName[0]) + attribute.PropertyName.Substring(1) + "Value";

        /// <summary>A C# string literal; names are plain ASCII almost always, so they skip Roslyn's general escaper.</summary>
        private static string Literal(string value)
        {
            foreach (var c in value)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return SymbolDisplay.FormatLiteral(value, quote: true);
                }
            }

            return "\"" + value + "\"";
        }

        /// <summary>Text for an XML doc comment: escaped, and on one line (a line break would end the comment).</summary>
        private static string Xml(string value)
        {
            if (value.IndexOfAny(s_xmlSpecial) < 0 && !value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                return value;
            }

            var builder = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c); break;
                }
            }

            return builder.ToString();
        }
    }
}
