using CognitoTyped.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// The heuristics-only mode, for a compilation without any Cognito API: only a value with the shape of a client ID or
/// secret can be reported, so the analysis starts from such string literals, found by scanning each file's text (no
/// callback per node), and follows each up to the place it is written to (through conversions, concatenation,
/// interpolation and conditionals), which is then analyzed as in the full mode. Returns at once where
/// <see cref="FullModeAnalysis"/> runs.
/// </summary>
internal sealed class HeuristicsOnlyAnalysis
{
    private readonly SinkAnalysis _analysis;

    public HeuristicsOnlyAnalysis(SinkAnalysis analysis) => _analysis = analysis;

    public void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (_analysis.IsFullMode || !SinkAnalysis.NameHeuristicsEnabled(context.Options, tree))
        {
            return;
        }

        SyntaxNode? root = null;
        var reportContext = new ReportContext(context);
        var runStart = -1; // just after an opening quote while only shape characters follow it, else -1
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
                else if (runStart >= 0 && !CognitoCredentialShapes.IsShapeCharacter(c))
                {
                    runStart = -1;
                }
            }
        }
    }

    private void AnalyzeShapedLiteral(in ReportContext context, IOperation literal, SemanticModel model)
    {
        if (literal.ConstantValue is not { HasValue: true, Value: string text } || !CredentialHeuristics.HasAnyShape(text))
        {
            return;
        }

        var value = literal;
        while (value.Parent is { } parent && SinkAnalysis.IsPartOfValue(parent, value))
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
                _analysis.AnalyzeArgument(context, argument);
                break;
            case IAssignmentOperation assignment when assignment.Value == value && assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation:
                _analysis.AnalyzeAssignment(context, assignment);
                break;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                _analysis.AnalyzeVariableDeclarator(context, declarator);
                break;
            case ISymbolInitializerOperation initializer:
                _analysis.AnalyzeMemberInitializer(context, initializer);
                break;
            case IReturnOperation { ReturnedValue: { } returned } when returned == value
                && model.GetEnclosingSymbol(value.Syntax.SpanStart, context.CancellationToken) is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }:
                _analysis.ReportMember(context, property, value);
                break;
        }
    }

    private static IOperation? FirstShapedLiteral(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } && CredentialHeuristics.HasAnyShape(text))
            {
                return operation;
            }
        }

        return null;
    }
}
