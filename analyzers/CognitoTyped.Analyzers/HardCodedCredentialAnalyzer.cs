using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Reports hard-coded Cognito app client IDs (CTY0001), passwords (CTY0002) and app client secrets (CTY0003) where they
/// reach a Cognito API: the runtime's marker attributes (and so every generated client), the AWS SDK for .NET request
/// shapes, Amazon.Extensions.CognitoAuthentication, and members or configuration keys named like a client ID or secret
/// whose value has the shape of one.
/// </summary>
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

    private static readonly ImmutableDictionary<string, string?>[] s_propertiesByVariable = CreateProperties();

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
            // Nothing is resolved here: the compilation start action runs before the compiler has loaded its references,
            // so looking up the sink types now would pay for reading every referenced assembly's metadata (measured at
            // 0.1-0.2 s of a 10 s compile). The first callback resolves them instead, when they are already loaded.
            var analysis = new CompilationAnalysis(start.Compilation);

            // Without any Cognito API in the compilation only a value with the shape of a client ID or secret can be
            // reported: the semantic model action starts from such string literals, found by scanning each file's
            // text, and the operation actions below return at once.
            start.RegisterSemanticModelAction(analysis.AnalyzeSemanticModel);

            // With a Cognito API, every call, assignment and declaration is visited. Arguments are visited from their
            // invocation or creation: far fewer callbacks than one per argument.
            start.RegisterOperationAction(analysis.AnalyzeCall, OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(analysis.AnalyzeVariableDeclarator, OperationKind.VariableDeclarator);
            // A getter that returns a credential is found from the property symbol, not from every return statement.
            start.RegisterSymbolAction(analysis.AnalyzeProperty, SymbolKind.Property);
            // Field and property initializers, and parameter default values.
            start.RegisterOperationAction(
                analysis.AnalyzeMemberInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
        });
    }

    private static ImmutableDictionary<string, string?>[] CreateProperties()
    {
        string[] variables =
        [
            "COGNITO_CLIENT_ID", "COGNITO_CLIENT_SECRET", "COGNITO_PASSWORD",
            "COGNITO_TEMPORARY_PASSWORD", "COGNITO_PREVIOUS_PASSWORD", "COGNITO_NEW_PASSWORD",
        ];
        var result = new ImmutableDictionary<string, string?>[variables.Length];
        for (var i = 0; i < variables.Length; i++)
        {
            result[i] = ImmutableDictionary<string, string?>.Empty.Add(EnvironmentVariableProperty, variables[i]);
        }

        return result;
    }

    private static ImmutableDictionary<string, string?> PropertiesFor(string variable)
    {
        foreach (var properties in s_propertiesByVariable)
        {
            if (properties[EnvironmentVariableProperty] == variable)
            {
                return properties;
            }
        }

        return ImmutableDictionary<string, string?>.Empty.Add(EnvironmentVariableProperty, variable);
    }

    /// <summary>Where diagnostics go, from an operation callback or a semantic model callback; no allocation.</summary>
    private readonly struct ReportContext
    {
        private readonly OperationAnalysisContext _operation;
        private readonly SemanticModelAnalysisContext _model;
        private readonly bool _fromModel;

        public ReportContext(OperationAnalysisContext operation)
        {
            _operation = operation;
            _model = default;
            _fromModel = false;
        }

        public ReportContext(SemanticModelAnalysisContext model)
        {
            _operation = default;
            _model = model;
            _fromModel = true;
        }

        public AnalyzerOptions Options => _fromModel ? _model.Options : _operation.Options;

        public CancellationToken CancellationToken => _fromModel ? _model.CancellationToken : _operation.CancellationToken;

        public void Report(Diagnostic diagnostic)
        {
            if (_fromModel)
            {
                _model.ReportDiagnostic(diagnostic);
            }
            else
            {
                _operation.ReportDiagnostic(diagnostic);
            }
        }
    }

    private sealed class CompilationAnalysis
    {
        private readonly Compilation _compilation;
        private readonly WriteSites _writes;
        private readonly HardCodedValues _values;
        private CognitoSinks? _resolvedSinks;

        public CompilationAnalysis(Compilation compilation)
        {
            _compilation = compilation;
            _writes = new WriteSites(compilation);
            _values = new HardCodedValues(_writes);
        }

        /// <summary>The sinks, resolved by the first callback that needs them (racing callbacks compute the same result).</summary>
        private CognitoSinks Sinks
        {
            get
            {
                var sinks = Volatile.Read(ref _resolvedSinks);
                if (sinks is null)
                {
                    sinks = CognitoSinks.Create(_compilation);
                    sinks = Interlocked.CompareExchange(ref _resolvedSinks, sinks, null) ?? sinks;
                }

                return sinks;
            }
        }

        private bool FullMode => Sinks.HasCognitoApis;

        public void AnalyzeCall(OperationAnalysisContext context)
        {
            if (!FullMode)
            {
                return;
            }

            var arguments = context.Operation switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };

            var reportContext = new ReportContext(context);
            foreach (var argument in arguments)
            {
                AnalyzeArgument(reportContext, argument);
            }
        }

        private void AnalyzeArgument(in ReportContext context, IArgumentOperation argument)
        {
            // An omitted optional argument is the parameter's default value, reported (if at all) at the parameter.
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !MayBeHardCodedString(argument.Value))
            {
                return;
            }

            if (parameter.Name == "value" && KeyArgument(argument) is { } key)
            {
                var instance = argument.Parent is IInvocationOperation invocation ? invocation.Instance : null;
                AnalyzeEntry(context, key, argument.Value, instance, argument.Parent!);
                return;
            }

            if (Sinks.ForParameter(parameter) is { } sink)
            {
                Report(context, sink, argument.Value);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            if (FullMode)
            {
                AnalyzeAssignment(new ReportContext(context), (IAssignmentOperation)context.Operation);
            }
        }

        /// <summary><c>target = value</c>, and <c>target ??= value</c>, which writes the value whenever the target was null.</summary>
        private void AnalyzeAssignment(in ReportContext context, IAssignmentOperation assignment)
        {
            if (!MayBeHardCodedString(assignment.Value))
            {
                return;
            }

            switch (HardCodedValues.Unwrap(assignment.Target))
            {
                case IPropertyReferenceOperation { Arguments: { Length: 1 } arguments } indexer:
                    AnalyzeEntry(context, arguments[0].Value, assignment.Value, indexer.Instance, assignment);
                    break;
                case IPropertyReferenceOperation { Property: var property }:
                    ReportMember(context, property, assignment.Value);
                    break;
                case IFieldReferenceOperation { Field: var field }:
                    ReportMember(context, field, assignment.Value);
                    break;
                case ILocalReferenceOperation { Local: var local }:
                    ReportLocal(context, local, assignment.Value);
                    break;
            }
        }

        public void AnalyzeVariableDeclarator(OperationAnalysisContext context)
        {
            if (FullMode)
            {
                AnalyzeVariableDeclarator(new ReportContext(context), (IVariableDeclaratorOperation)context.Operation);
            }
        }

        private void AnalyzeVariableDeclarator(in ReportContext context, IVariableDeclaratorOperation declarator)
        {
            if (declarator.GetVariableInitializer()?.Value is { } value && MayBeHardCodedString(value))
            {
                ReportLocal(context, declarator.Symbol, value);
            }
        }

        public void AnalyzeMemberInitializer(OperationAnalysisContext context)
        {
            if (FullMode)
            {
                AnalyzeMemberInitializer(new ReportContext(context), (ISymbolInitializerOperation)context.Operation);
            }
        }

        private void AnalyzeMemberInitializer(in ReportContext context, ISymbolInitializerOperation initializer)
        {
            if (!MayBeHardCodedString(initializer.Value))
            {
                return;
            }

            if (initializer is IParameterInitializerOperation { Parameter: var parameter })
            {
                if (Sinks.ForParameter(parameter) is { } sink)
                {
                    Report(context, sink, initializer.Value);
                }
            }
            else if (initializer is IFieldInitializerOperation { InitializedFields: { Length: 1 } fields })
            {
                ReportMember(context, fields[0], initializer.Value);
            }
            else if (initializer is IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties })
            {
                ReportMember(context, properties[0], initializer.Value);
            }
        }

        /// <summary>
        /// Heuristics-only mode: a string literal with the shape of a client ID or secret, found by scanning the text of
        /// the file (no callback per node), followed up to the place it is written to (through conversions,
        /// concatenation, interpolation and conditionals), which is then analyzed as in the full mode.
        /// </summary>
        public void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            if (FullMode || !NameHeuristicsEnabled(context.Options, tree))
            {
                return;
            }

            SyntaxNode? root = null;
            var reportContext = new ReportContext(context);
            var runStart = -1; // just after an opening quote while only [a-z0-9] follow it, else -1
            var chunks = SourceTextChunks.Of(tree, overlap: 0, context.CancellationToken);
            while (chunks.MoveNext())
            {
                var chunk = chunks.Current;
                for (var i = 0; i < chunk.Length; i++)
                {
                    var c = chunk[i];
                    if (c == '"')
                    {
                        var position = chunks.Start + i;
                        var length = position - runStart;
                        if (runStart >= 0 && length >= CredentialHeuristics.MinShapedLength && length <= CredentialHeuristics.MaxShapedLength)
                        {
                            root ??= tree.GetRoot(context.CancellationToken);
                            if (root.FindToken(runStart).Parent is LiteralExpressionSyntax literalSyntax
                                && context.SemanticModel.GetOperation(literalSyntax, context.CancellationToken) is { } literal)
                            {
                                AnalyzeShapedLiteral(reportContext, literal, context.SemanticModel);
                            }
                        }

                        runStart = position + 1;
                    }
                    else if (runStart >= 0 && c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
                    {
                        runStart = -1;
                    }
                }
            }
        }

        private void AnalyzeShapedLiteral(in ReportContext context, IOperation literal, SemanticModel model)
        {
            if (literal.ConstantValue is not { HasValue: true, Value: string text } || !IsShaped(text))
            {
                return;
            }

            var value = literal;
            while (value.Parent is { } parent && IsPartOfValue(parent, value))
            {
                value = parent;
            }

            // A value with several shaped literals (a conditional) is analyzed once, from its first one.
            if (value != literal && FirstShapedLiteral(value) != literal)
            {
                return;
            }

            switch (value.Parent)
            {
                case IArgumentOperation argument:
                    AnalyzeArgument(context, argument);
                    break;
                case IAssignmentOperation assignment when assignment.Value == value && assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation:
                    AnalyzeAssignment(context, assignment);
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    AnalyzeVariableDeclarator(context, declarator);
                    break;
                case ISymbolInitializerOperation initializer:
                    AnalyzeMemberInitializer(context, initializer);
                    break;
                case IReturnOperation { ReturnedValue: { } returned } when returned == value
                    && model.GetEnclosingSymbol(value.Syntax.SpanStart, context.CancellationToken) is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }:
                    ReportMember(context, property, value);
                    break;
            }
        }

        private static bool IsShaped(string text) =>
            CredentialHeuristics.HasShapeOf(CredentialKind.ClientId, text) || CredentialHeuristics.HasShapeOf(CredentialKind.ClientSecret, text);

        private static bool IsPartOfValue(IOperation parent, IOperation child) => parent switch
        {
            IConversionOperation => true,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
            IInterpolationOperation interpolation => interpolation.Expression == child,
            IInterpolatedStringOperation => true,
            IConditionalOperation conditional => conditional.Condition != child,
            ISwitchExpressionArmOperation arm => arm.Value == child,
            ISwitchExpressionOperation switchExpression => switchExpression.Value != child,
            ICoalesceOperation => true,
            _ => false,
        };

        private static IOperation? FirstShapedLiteral(IOperation value)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } && IsShaped(text))
                {
                    return operation;
                }
            }

            return null;
        }

        /// <summary>A property getter that returns a credential: <c>string ClientId =&gt; "…";</c>.</summary>
        public void AnalyzeProperty(SymbolAnalysisContext context)
        {
            var property = (IPropertySymbol)context.Symbol;
            if (!FullMode || property.IsIndexer || Sinks.ForMember(property) is not { } sink || property.Type.SpecialType != SpecialType.System_String
                || (sink.RequiresShape && property.Locations.Length > 0 && property.Locations[0].SourceTree is { } tree && !NameHeuristicsEnabled(context.Options, tree)))
            {
                return;
            }

            foreach (var returned in _writes.GetterResults(property, context.CancellationToken))
            {
                var text = _values.Evaluate(returned, context.CancellationToken);
                if (text is not null && (!sink.RequiresShape || CredentialHeuristics.HasShapeOf(sink.Kind, text)))
                {
                    context.ReportDiagnostic(CreateDiagnostic(sink, returned));
                }
            }
        }

        private void ReportMember(in ReportContext context, ISymbol member, IOperation value)
        {
            if (Sinks.ForMember(member) is not { } sink)
            {
                return;
            }

            // A shaped constant written to a member named like a credential is reported where it is written, even when
            // the member is also assigned from configuration elsewhere: the value is in the source either way.
            Report(context, sink, value);
        }

        private void ReportLocal(in ReportContext context, ILocalSymbol local, IOperation value)
        {
            if (CognitoSinks.FromName(local) is not { } sink)
            {
                return;
            }

            if (_values.EvaluateLocal(local, value, context.CancellationToken) is null)
            {
                return;
            }

            Report(context, sink, value);
        }

        /// <summary>A dictionary or configuration entry: <c>AuthParameters["PASSWORD"] = …</c>, <c>{ "Cognito:ClientId", … }</c>.</summary>
        private void AnalyzeEntry(in ReportContext context, IOperation key, IOperation value, IOperation? instance, IOperation entry)
        {
            if (key.ConstantValue is not { HasValue: true, Value: string keyText })
            {
                return;
            }

            if (keyText is "PASSWORD" or "NEW_PASSWORD")
            {
                if (AuthDictionaryResolver.Resolve(instance, entry, context.CancellationToken) is { } dictionaryName)
                {
                    Report(context, new Sink(CredentialKind.Password, dictionaryName + "[\"" + keyText + "\"]", requiresShape: false), value);
                }

                return;
            }

            if (CognitoSinks.FromKey(keyText) is { } sink)
            {
                Report(context, sink, value);
            }
        }

        private void Report(in ReportContext context, Sink sink, IOperation value)
        {
            var text = _values.Evaluate(value, context.CancellationToken);
            if (text is null || (sink.RequiresShape && !CredentialHeuristics.HasShapeOf(sink.Kind, text)))
            {
                return;
            }

            var heuristics = NameHeuristicsEnabled(context.Options, value.Syntax.SyntaxTree);
            if (sink.RequiresShape && !heuristics)
            {
                return;
            }

            context.Report(CreateDiagnostic(sink, value));
        }

        private static bool NameHeuristicsEnabled(AnalyzerOptions options, SyntaxTree tree) =>
            !options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(NameHeuristicsOption, out var value)
            || !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        private static Diagnostic CreateDiagnostic(Sink sink, IOperation value)
        {
            var displayName = sink.DisplayName;
            var variable = sink.Kind == CredentialKind.Password && displayName.EndsWith("[\"NEW_PASSWORD\"]", StringComparison.Ordinal)
                ? "COGNITO_NEW_PASSWORD"
                : CognitoSinks.EnvironmentVariableFor(sink.Kind, displayName);
            return Diagnostic.Create(DiagnosticDescriptors.For(sink.Kind), value.Syntax.GetLocation(), PropertiesFor(variable), displayName);
        }

        private static IOperation? KeyArgument(IArgumentOperation valueArgument)
        {
            var arguments = valueArgument.Parent switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };

            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name is "key" or "variable" or "name")
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>A string value that may be hard-coded: the test every callback starts with.</summary>
        private static bool MayBeHardCodedString(IOperation value) =>
            HardCodedValues.MayBeHardCoded(value) && value.Type?.SpecialType == SpecialType.System_String;
    }
}
