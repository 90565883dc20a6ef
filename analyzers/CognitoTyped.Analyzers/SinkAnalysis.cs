using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// What both modes share, one instance per compilation: the sinks (resolved lazily), and what to do with a value
/// written somewhere (an argument, assignment, declaration, initializer or getter): find the sink it reaches and
/// report it when the value is hard-coded. <see cref="FullModeAnalysis"/> and <see cref="HeuristicsOnlyAnalysis"/>
/// decide which writes get here.
/// </summary>
internal sealed class SinkAnalysis
{
    private static readonly ImmutableDictionary<string, string?>[] s_propertiesByVariable = CreateProperties();

    private readonly Compilation _compilation;
    private readonly WriteSites _writes;
    private readonly HardCodedValues _values;
    private CognitoSinks? _resolvedSinks;

    public SinkAnalysis(Compilation compilation)
    {
        _compilation = compilation;
        _writes = new WriteSites(compilation);
        _values = new HardCodedValues(_writes);
    }

    /// <summary>
    /// Whether the compilation declares a Cognito API, so that the full mode runs; otherwise the heuristics-only mode
    /// does. Known from the first callback on (see <see cref="Sinks"/>).
    /// </summary>
    public bool IsFullMode => Sinks.HasCognitoApis;

    /// <summary>
    /// The sinks, resolved by the first callback that needs them (racing callbacks compute the same result). Not at
    /// compilation start: that runs before the compiler has loaded its references, so looking up the sink types then
    /// would pay for reading every referenced assembly's metadata (measured at 0.1-0.2 s of a 10 s compile).
    /// </summary>
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

    /// <summary>Whether the name-and-shape heuristics are on for <paramref name="tree"/> (<see cref="HardCodedCredentialAnalyzer.NameHeuristicsOption"/>).</summary>
    public static bool NameHeuristicsEnabled(AnalyzerOptions options, SyntaxTree tree) =>
        !options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(HardCodedCredentialAnalyzer.NameHeuristicsOption, out var value)
        || !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The arguments of an invocation or object creation; empty for anything else.</summary>
    public static ImmutableArray<IArgumentOperation> ArgumentsOf(IOperation? call) => call switch
    {
        IInvocationOperation invocation => invocation.Arguments,
        IObjectCreationOperation creation => creation.Arguments,
        _ => ImmutableArray<IArgumentOperation>.Empty,
    };

    public void AnalyzeArgument(in ReportContext context, IArgumentOperation argument)
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

    /// <summary>A two-element tuple whose first element is a constant key: <c>("PASSWORD", "…")</c>.</summary>
    public void AnalyzeTupleEntry(in ReportContext context, ITupleOperation tuple)
    {
        if (tuple.Elements.Length == 2 && tuple.Elements[0].ConstantValue is { HasValue: true, Value: "PASSWORD" or "NEW_PASSWORD" }
            && MayBeHardCodedString(tuple.Elements[1]) && !IsDeconstructionSide(tuple))
        {
            AnalyzeEntry(context, tuple.Elements[0], tuple.Elements[1], instance: null, tuple);
        }
    }

    private static bool IsDeconstructionSide(IOperation tuple)
    {
        var current = tuple;
        while (current.Parent is ITupleOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IDeconstructionAssignmentOperation;
    }

    /// <summary><c>target = value</c>, and <c>target ??= value</c>, which writes the value whenever the target was null.</summary>
    public void AnalyzeAssignment(in ReportContext context, IAssignmentOperation assignment)
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

    public void AnalyzeVariableDeclarator(in ReportContext context, IVariableDeclaratorOperation declarator)
    {
        if (declarator.GetVariableInitializer()?.Value is { } value && MayBeHardCodedString(value))
        {
            ReportLocal(context, declarator.Symbol, value);
        }
    }

    /// <summary>Field and property initializers, and parameter default values.</summary>
    public void AnalyzeMemberInitializer(in ReportContext context, ISymbolInitializerOperation initializer)
    {
        if (!MayBeHardCodedString(initializer.Value))
        {
            return;
        }

        if (initializer is IParameterInitializerOperation { Parameter: var parameter } parameterInitializer)
        {
            // A parameter known only by its name ("secret") whose default lacks the shape may still pass it on to a sink.
            // Only a non-blank default can be a credential: `= null` and `= ""`, the usual defaults, stop here before the
            // method's body is searched for the parameter's uses.
            if (!(Sinks.ForParameter(parameter) is { } sink && Report(context, sink, initializer.Value))
                && initializer.Value.ConstantValue is { HasValue: true, Value: string text } && !string.IsNullOrWhiteSpace(text))
            {
                ReportDefaultReachingSink(context, parameter, parameterInitializer);
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
    /// An optional parameter's constant default that its method passes on to a sink: reported at the default too, the
    /// declaration of its own (the sink, which reads the parameter, reports as well).
    /// </summary>
    private void ReportDefaultReachingSink(in ReportContext context, IParameterSymbol parameter, IParameterInitializerOperation initializer)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method
            || initializer.SemanticModel is not { } model)
        {
            return;
        }

        if (method.MethodKind == MethodKind.Constructor && method.ContainingType is { IsRecord: true } record)
        {
            foreach (var member in record.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && IsDeclaredBy(property, parameter))
                {
                    ReportRecordDefaultReachingSink(context, property, initializer);
                    return;
                }
            }
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(context.CancellationToken);
            if (declaration.SyntaxTree != model.SyntaxTree)
            {
                continue;
            }

            foreach (var node in declaration.DescendantNodes())
            {
                if (node is not Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: var name } || name != parameter.Name
                    || model.GetOperation(node, context.CancellationToken) is not IParameterReferenceOperation use
                    || !SymbolEqualityComparer.Default.Equals(use.Parameter, parameter))
                {
                    continue;
                }

                var probe = new System.Collections.Generic.List<Diagnostic>(1);
                AnalyzeUse(new ReportContext(probe, context.Options, context.CancellationToken), use);
                if (probe.Count > 0)
                {
                    var found = probe[0];
                    context.Report(Diagnostic.Create(found.Descriptor, initializer.Value.Syntax.GetLocation(), found.Properties, SinkNameOf(found)));
                    return;
                }
            }
        }
    }

    private static bool IsDeclaredBy(IPropertySymbol property, IParameterSymbol parameter)
    {
        foreach (var propertyReference in property.DeclaringSyntaxReferences)
        {
            foreach (var parameterReference in parameter.DeclaringSyntaxReferences)
            {
                if (propertyReference.SyntaxTree == parameterReference.SyntaxTree && propertyReference.Span == parameterReference.Span)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A record's positional default that reaches a sink through its property somewhere in the compilation (a read on an
    /// instance made without that argument): reported at the default, the declaration of its own.
    /// </summary>
    private void ReportRecordDefaultReachingSink(in ReportContext context, IPropertySymbol property, IParameterInitializerOperation initializer)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!SourceTextChunks.Contains(tree, property.Name, context.CancellationToken))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(context.CancellationToken).DescendantNodes())
            {
                if (node is not Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: var name } || name != property.Name
                    || node.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access || access.Name != node)
                {
                    continue;
                }

                model ??= SemanticModelFor(tree);
                if (model.GetOperation(access, context.CancellationToken) is not IPropertyReferenceOperation read
                    || !SymbolEqualityComparer.Default.Equals(read.Property.OriginalDefinition, property.OriginalDefinition))
                {
                    continue;
                }

                var probe = new System.Collections.Generic.List<Diagnostic>(1);
                AnalyzeUse(new ReportContext(probe, context.Options, context.CancellationToken), read);
                if (probe.Count > 0)
                {
                    var found = probe[0];
                    context.Report(Diagnostic.Create(found.Descriptor, initializer.Value.Syntax.GetLocation(), found.Properties, SinkNameOf(found)));
                    return;
                }
            }
        }
    }

    // Reading the uses of a record's positional property needs the models of the files that read it. This runs only for a
    // record whose positional parameter has a string default, once per such parameter.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    private SemanticModel SemanticModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>Analyzes the write that <paramref name="use"/> is the value of (an argument, assignment or declaration), if any.</summary>
    private void AnalyzeUse(in ReportContext context, IOperation use)
    {
        var value = use;
        while (value.Parent is { } parent && IsPartOfValue(parent, value))
        {
            value = parent;
        }

        switch (value.Parent)
        {
            case IArgumentOperation argument:
                AnalyzeArgument(context, argument);
                break;
            case IAssignmentOperation assignment when assignment.Value == value:
                AnalyzeAssignment(context, assignment);
                break;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                AnalyzeVariableDeclarator(context, declarator);
                break;
        }
    }

    /// <summary>Whether <paramref name="parent"/> passes <paramref name="child"/>'s text on (conversion, concatenation, interpolation, a branch).</summary>
    internal static bool IsPartOfValue(IOperation parent, IOperation child) => parent switch
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

    /// <summary>The sink a diagnostic's message names (its only argument).</summary>
    private static string SinkNameOf(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        const string Marker = " reaches ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var end = message.IndexOf(';', start < 0 ? 0 : start);
        return start < 0 || end < 0 ? message : message.Substring(start + Marker.Length, end - start - Marker.Length);
    }

    /// <summary>A property getter that returns a credential: <c>string ClientId =&gt; "…";</c>.</summary>
    public void AnalyzeGetter(in ReportContext context, IPropertySymbol property)
    {
        if (Sinks.ForMember(property) is not { } sink)
        {
            return;
        }

        foreach (var returned in _writes.GetterResults(property, context.CancellationToken))
        {
            Report(context, sink, returned);
        }
    }

    /// <summary>A value written to a field or property, or returned by a property's getter.</summary>
    public void ReportMember(in ReportContext context, ISymbol member, IOperation value)
    {
        // A shaped constant written to a member named like a credential is reported where it is written, even when
        // the member is also assigned from configuration elsewhere: the value is in the source either way.
        if (Sinks.ForMember(member) is { } sink)
        {
            Report(context, sink, value);
        }
    }

    private void ReportLocal(in ReportContext context, ILocalSymbol local, IOperation value)
    {
        if (CognitoSinks.FromName(local) is { } sink && _values.EvaluateLocal(local, value, context.CancellationToken) is not null)
        {
            Report(context, sink, value);
        }
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
            if (AuthDictionaryResolver.Resolve(_compilation, instance, entry, context.CancellationToken) is { } dictionaryName)
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

    /// <summary>Reports <paramref name="value"/> at <paramref name="sink"/> when it is hard-coded; whether it did.</summary>
    private bool Report(in ReportContext context, Sink sink, IOperation value)
    {
        var text = _values.Evaluate(value, context.CancellationToken);
        if (text is null || (sink.RequiresShape && !CredentialHeuristics.HasShapeOf(sink.Kind, text)))
        {
            return false;
        }

        if (sink.RequiresShape && !NameHeuristicsEnabled(context.Options, value.Syntax.SyntaxTree))
        {
            return false;
        }

        context.Report(CreateDiagnostic(sink, value));
        return true;
    }

    private static Diagnostic CreateDiagnostic(Sink sink, IOperation value)
    {
        var displayName = sink.DisplayName;
        var variable = sink.Kind == CredentialKind.Password && displayName.EndsWith("[\"NEW_PASSWORD\"]", StringComparison.Ordinal)
            ? "COGNITO_NEW_PASSWORD"
            : CognitoSinks.EnvironmentVariableFor(sink.Kind, displayName);
        return Diagnostic.Create(DiagnosticDescriptors.For(sink.Kind), value.Syntax.GetLocation(), PropertiesFor(variable), displayName);
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
            result[i] = ImmutableDictionary<string, string?>.Empty.Add(HardCodedCredentialAnalyzer.EnvironmentVariableProperty, variables[i]);
        }

        return result;
    }

    private static ImmutableDictionary<string, string?> PropertiesFor(string variable)
    {
        foreach (var properties in s_propertiesByVariable)
        {
            if (properties[HardCodedCredentialAnalyzer.EnvironmentVariableProperty] == variable)
            {
                return properties;
            }
        }

        return ImmutableDictionary<string, string?>.Empty.Add(HardCodedCredentialAnalyzer.EnvironmentVariableProperty, variable);
    }

    private static IOperation? KeyArgument(IArgumentOperation valueArgument)
    {
        foreach (var argument in ArgumentsOf(valueArgument.Parent))
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
