using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
            var analysis = new CompilationAnalysis(CognitoSinks.Create(start.Compilation), new HardCodedValues(start.Compilation));
            start.RegisterOperationAction(analysis.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(analysis.AnalyzeVariableDeclarator, OperationKind.VariableDeclarator);
            start.RegisterOperationAction(analysis.AnalyzeMemberInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(analysis.AnalyzeReturn, OperationKind.Return);
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

    private sealed class CompilationAnalysis
    {
        private readonly CognitoSinks _sinks;
        private readonly HardCodedValues _values;

        public CompilationAnalysis(CognitoSinks sinks, HardCodedValues values)
        {
            _sinks = sinks;
            _values = values;
        }

        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is not { } parameter || !IsString(argument.Value))
            {
                return;
            }

            if (parameter.Name == "value" && KeyArgument(argument) is { } key)
            {
                var instance = argument.Parent is IInvocationOperation invocation ? invocation.Instance : null;
                AnalyzeEntry(context, key, argument.Value, instance, argument.Parent!);
                return;
            }

            if (_sinks.ForParameter(parameter) is { } sink)
            {
                Report(context, sink, argument.Value);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!IsString(assignment.Value))
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
            var declarator = (IVariableDeclaratorOperation)context.Operation;
            if (declarator.GetVariableInitializer()?.Value is { } value && IsString(value))
            {
                ReportLocal(context, declarator.Symbol, value);
            }
        }

        public void AnalyzeMemberInitializer(OperationAnalysisContext context)
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            if (!IsString(initializer.Value))
            {
                return;
            }

            if (initializer is IFieldInitializerOperation { InitializedFields: { Length: 1 } fields })
            {
                ReportMember(context, fields[0], initializer.Value);
            }
            else if (initializer is IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties })
            {
                ReportMember(context, properties[0], initializer.Value);
            }
        }

        /// <summary>A property getter that returns a credential: <c>string ClientId =&gt; "…";</c>.</summary>
        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is { } value && IsString(value)
                && context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property })
            {
                ReportMember(context, property, value);
            }
        }

        private void ReportMember(OperationAnalysisContext context, ISymbol member, IOperation value)
        {
            if (_sinks.ForMember(member) is not { } sink)
            {
                return;
            }

            // A member named like a credential counts only when nothing but hard-coded values is ever assigned to it.
            if (sink.RequiresShape && _values.HasNonConstantWrite(member, context.CancellationToken))
            {
                return;
            }

            Report(context, sink, value);
        }

        private void ReportLocal(OperationAnalysisContext context, ILocalSymbol local, IOperation value)
        {
            if (CognitoSinks.FromName(local.Name, "local '" + local.Name + "'") is not { } sink)
            {
                return;
            }

            if (_values.EvaluateLocal(local, context.Operation, context.CancellationToken) is null)
            {
                return;
            }

            Report(context, sink, value);
        }

        /// <summary>A dictionary or configuration entry: <c>AuthParameters["PASSWORD"] = …</c>, <c>{ "Cognito:ClientId", … }</c>.</summary>
        private void AnalyzeEntry(OperationAnalysisContext context, IOperation key, IOperation value, IOperation? instance, IOperation entry)
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

            if (CognitoSinks.FromName(keyText, "configuration key \"" + keyText + "\"") is { } sink)
            {
                Report(context, sink, value);
            }
        }

        private void Report(OperationAnalysisContext context, Sink sink, IOperation value)
        {
            var text = _values.Evaluate(value, context.CancellationToken, out var origin);
            if (text is null || (sink.RequiresShape && !CredentialHeuristics.HasShapeOf(sink.Kind, text)))
            {
                return;
            }

            if (origin is not null && IsReportedAtOrigin(origin, sink.Kind, text))
            {
                return;
            }

            var variable = sink.Kind == CredentialKind.Password && sink.DisplayName.EndsWith("[\"NEW_PASSWORD\"]", StringComparison.Ordinal)
                ? "COGNITO_NEW_PASSWORD"
                : CognitoSinks.EnvironmentVariableFor(sink.Kind, sink.DisplayName);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.For(sink.Kind),
                value.Syntax.GetLocation(),
                PropertiesFor(variable),
                sink.DisplayName));
        }

        /// <summary>
        /// A value read from a local, field or property that is itself reported where it is written (it is named like a
        /// credential and looks like one, or carries a marker attribute) is not reported again where it is used.
        /// </summary>
        private bool IsReportedAtOrigin(ISymbol origin, CredentialKind kind, string text)
        {
            Sink? originSink = origin switch
            {
                ILocalSymbol local => CognitoSinks.FromName(local.Name, local.Name),
                IFieldSymbol or IPropertySymbol when !origin.DeclaringSyntaxReferences.IsEmpty => _sinks.ForMember(origin),
                _ => null,
            };

            return originSink is { } found && found.Kind == kind && (!found.RequiresShape || CredentialHeuristics.HasShapeOf(kind, text));
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

        private static bool IsString(IOperation value) => value.Type?.SpecialType == SpecialType.System_String;
    }
}
