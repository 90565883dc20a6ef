using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    /// <summary>
    /// Model → C#. Pure text: no symbols, no compilation; the same model always gives the same bytes. One partial file per
    /// generated construct; what never varies lives in the runtime's <c>CognitoTyped.Generated</c> namespace and is called.
    /// </summary>
    internal sealed partial class Emitter
    {
        internal const string FallbackNamespace = "CognitoTyped.Generated";

        private static readonly string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"CognitoTyped.Generators\", \"" + ThisAssembly.Version + "\")]";
        private const string Task = "global::System.Threading.Tasks.Task";
        private const string Ct = "global::System.Threading.CancellationToken cancellationToken = default";
        private const string Runtime = "global::CognitoTyped.";
        private const string Idp = "global::CognitoTyped.IdentityProvider.";
        private const string Kvp = "global::System.Collections.Generic.KeyValuePair<string, string>";
        private const string Converter = "global::CognitoTyped.Generated.CognitoAttributeConverter.";
        private const string ClaimReader = "global::CognitoTyped.Generated.CognitoClaimReader.";

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
                    if (HasManagedLogin(client))
                    {
                        sources.Add((Hint(ns, client.TypePrefix + "ManagedLogin"), WriteFile(ns, w => WriteManagedLoginFile(w, pool, client))));
                    }
                }

                if (pool.IdentityPool is { } identityPool)
                {
                    sources.Add((Hint(ns, pool.TypePrefix + "IdentityPool"), WriteFile(ns, w => WriteIdentityPool(w, pool, identityPool))));
                }

                if (pool.Groups.Count > 0)
                {
                    sources.Add((Hint(ns, pool.TypePrefix + "Groups"), WriteFile(ns, w => WriteGroups(w, pool))));
                }

                sources.Add((Hint(ns, pool.TypePrefix + "Admin"), WriteFile(ns, w => WriteAdminFile(w, pool))));
                sources.Add((Hint(ns, pool.TypePrefix + "Definition"), WriteFile(ns, w => WriteDefinition(w, pool))));
                if (_settings.ReferencesAspNetCore)
                {
                    sources.Add((Hint(ns, pool.TypePrefix + "Principal"), WriteFile(ns, w => WriteAspNetCore(w, pool))));
                }
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
