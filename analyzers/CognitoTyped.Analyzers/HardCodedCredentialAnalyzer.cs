using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Reports hard-coded Cognito app client IDs (CTY0001), passwords (CTY0002) and app client secrets (CTY0003) where they
/// reach a Cognito API: the runtime's marker attributes (and so every generated client), the AWS SDK for .NET request
/// shapes, Amazon.Extensions.CognitoAuthentication, and members or configuration keys named like a client ID or secret
/// whose value has the shape of one.
/// </summary>
/// <remarks>
/// Two modes, one per compilation: <see cref="FullModeAnalysis"/> when the compilation declares a Cognito API,
/// <see cref="HeuristicsOnlyAnalysis"/> otherwise. Both report through <see cref="SinkAnalysis"/>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedCredentialAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The key of the diagnostic property that names the environment variable the code fix reads.</summary>
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <summary>
    /// The .editorconfig key that turns the name-and-shape heuristics off (<c>cognitotyped_name_heuristics = false</c>):
    /// then only values reaching a known Cognito API are reported.
    /// </summary>
    public const string NameHeuristicsOption = "cognitotyped_name_heuristics";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HardCodedClientId,
        DiagnosticDescriptors.HardCodedPassword,
        DiagnosticDescriptors.HardCodedClientSecret);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Nothing is resolved here (see SinkAnalysis.Sinks), so which mode applies is known for certain only in the
            // first callback. The file names of the references and the declarations in source say cheaply whether a
            // Cognito API can be there at all: when it cannot, only the heuristics-only mode is registered; when it can,
            // both are, and the callbacks of the one that does not apply return at once.
            var analysis = new SinkAnalysis(start.Compilation);

            var heuristicsOnly = new HeuristicsOnlyAnalysis(analysis);
            start.RegisterSemanticModelAction(heuristicsOnly.AnalyzeSemanticModel);

            if (!ReferenceProbe.MayDeclare(start.Compilation, CognitoSinks.ApiAssemblies, CognitoSinks.MarkerAttributeNames, CognitoSinks.ApiNamespaces, start.CancellationToken))
            {
                return;
            }

            var full = new FullModeAnalysis(analysis);
            start.RegisterOperationAction(full.AnalyzeCall, OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(full.AnalyzeAssignment, OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(full.AnalyzeVariableDeclarator, OperationKind.VariableDeclarator);
            start.RegisterOperationAction(full.AnalyzeTuple, OperationKind.Tuple);
            start.RegisterSymbolAction(full.AnalyzeProperty, SymbolKind.Property);
            start.RegisterOperationAction(
                full.AnalyzeMemberInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
        });
    }
}
