using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// The full mode, for a compilation that declares a Cognito API (the runtime's marker attributes, the AWS SDK for
/// Cognito or Amazon.Extensions.CognitoAuthentication): every call, assignment, declaration, initializer and property
/// getter is visited, and each string value that may be hard-coded is followed to its sink. Every callback returns at
/// once in a compilation without a Cognito API, where <see cref="HeuristicsOnlyAnalysis"/> runs instead.
/// </summary>
internal sealed class FullModeAnalysis
{
    private readonly SinkAnalysis _analysis;

    public FullModeAnalysis(SinkAnalysis analysis) => _analysis = analysis;

    /// <summary>
    /// The arguments of an invocation or object creation: visited from their call, far fewer callbacks than one per
    /// argument.
    /// </summary>
    public void AnalyzeCall(OperationAnalysisContext context)
    {
        if (!_analysis.IsFullMode)
        {
            return;
        }

        var reportContext = new ReportContext(context);
        foreach (var argument in SinkAnalysis.ArgumentsOf(context.Operation))
        {
            _analysis.AnalyzeArgument(reportContext, argument);
        }
    }

    /// <summary><c>("PASSWORD", "…")</c>: a tuple used as a dictionary entry (an array of pairs turned into a dictionary).</summary>
    public void AnalyzeTuple(OperationAnalysisContext context)
    {
        if (_analysis.IsFullMode)
        {
            _analysis.AnalyzeTupleEntry(new ReportContext(context), (ITupleOperation)context.Operation);
        }
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        if (_analysis.IsFullMode)
        {
            _analysis.AnalyzeAssignment(new ReportContext(context), (IAssignmentOperation)context.Operation);
        }
    }

    public void AnalyzeVariableDeclarator(OperationAnalysisContext context)
    {
        if (_analysis.IsFullMode)
        {
            _analysis.AnalyzeVariableDeclarator(new ReportContext(context), (IVariableDeclaratorOperation)context.Operation);
        }
    }

    public void AnalyzeMemberInitializer(OperationAnalysisContext context)
    {
        if (_analysis.IsFullMode)
        {
            _analysis.AnalyzeMemberInitializer(new ReportContext(context), (ISymbolInitializerOperation)context.Operation);
        }
    }

    /// <summary>A getter that returns a credential, found from the property symbol rather than from every return statement.</summary>
    public void AnalyzeProperty(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (_analysis.IsFullMode && !property.IsIndexer && property.Type.SpecialType == SpecialType.System_String)
        {
            _analysis.AnalyzeGetter(new ReportContext(context), property);
        }
    }
}
