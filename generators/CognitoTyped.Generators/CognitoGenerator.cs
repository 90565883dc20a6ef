using System;
using System.Linq;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators;

/// <summary>
/// Generates typed user attributes, flow-gated auth clients, identity-pool credentials, groups, DI registration and the
/// pool definition from <c>cognito.json</c> (an AdditionalFiles item). This file is the pipeline only; the parser and the
/// emitter are in their own partial files.
/// </summary>
/// <remarks>
/// Diagnostics about cognito.json are reported by this generator, not by a separate analyzer: the parse that finds them
/// is the one the generated code comes from, so they can never disagree, and `dotnet build` prints them as
/// <c>cognito.json(L,C): error CTY01xx</c>. The pipeline holds only value-equal records: no symbols, syntax or compilation.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class CognitoGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline steps, for tests that assert what was cached.</summary>
    internal static class TrackingNames
    {
        public const string Files = "CognitoJsonFiles";
        public const string Parse = "Parse";
        public const string Diagnostics = "Diagnostics";
        public const string Models = "Models";
        public const string Options = "Options";
        public const string References = "References";
        public const string Settings = "Settings";
        public const string EmitInput = "EmitInput";

        public static readonly string[] All = { Files, Parse, Diagnostics, Models, Options, References, Settings, EmitInput };
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => IsCognitoJson(text.Path))
            .Select(static (text, cancellationToken) => new CognitoFileText(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.Files);

        var parsed = files
            .Select(static (file, cancellationToken) => Parser.ParseSafely(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        var models = parsed
            .Where(static result => result.Value is not null)
            .Select(static (result, _) => result.Value!)
            .WithTrackingName(TrackingNames.Models);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) ? rootNamespace : null))
            .WithTrackingName(TrackingNames.Options);

        // Reduced to a bool at once, so a new compilation (every keystroke) stops here as Unchanged.
        var references = context.CompilationProvider
            .Select(static (compilation, _) => (DependencyInjection: ReferencesDependencyInjection(compilation), AspNetCore: ReferencesAspNetCore(compilation)))
            .WithTrackingName(TrackingNames.References);

        var settings = options
            .Combine(references)
            .Select(static (pair, _) => new EmitSettings(pair.Left.RootNamespace, pair.Right.DependencyInjection, pair.Right.AspNetCore))
            .WithTrackingName(TrackingNames.Settings);

        var emitInput = models.Collect()
            .Combine(settings)
            .WithTrackingName(TrackingNames.EmitInput);
        context.RegisterSourceOutput(emitInput, static (spc, input) => Emitter.Emit(spc, input.Left, input.Right));
    }

    /// <summary>Whether an additional file is a cognito.json (any folder; the name is case-insensitive).</summary>
    internal static bool IsCognitoJson(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return string.Equals(name, "cognito.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the consumer uses CognitoTyped.AspNetCore (so the typed principal, policies and endpoint helpers can compile and
    /// have a scheme that sets the identity they read).
    /// </summary>
    private static bool ReferencesAspNetCore(Compilation compilation)
    {
        var package = false;
        var authorization = false;
        foreach (var name in compilation.ReferencedAssemblyNames)
        {
            package |= name.Name == "CognitoTyped.AspNetCore";
            authorization |= name.Name == "Microsoft.AspNetCore.Authorization";
        }

        return package && authorization;
    }

    /// <summary>Whether AddCognitoTyped can compile: both DI and configuration abstractions are referenced.</summary>
    private static bool ReferencesDependencyInjection(Compilation compilation)
    {
        var di = false;
        var configuration = false;
        foreach (var name in compilation.ReferencedAssemblyNames)
        {
            di |= name.Name == "Microsoft.Extensions.DependencyInjection.Abstractions";
            configuration |= name.Name == "Microsoft.Extensions.Configuration.Abstractions";
        }

        return di && configuration;
    }
}

/// <summary>The version written into <c>[GeneratedCode]</c>: the package's, set once in Directory.Build.props.</summary>
internal static class ThisAssembly
{
    public static readonly string Version = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ThisAssembly).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion;

        // The SDK appends "+<commit>" for source link; [GeneratedCode] names the release.
        return informational is { Length: > 0 } version ? version.Split('+')[0] : typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
