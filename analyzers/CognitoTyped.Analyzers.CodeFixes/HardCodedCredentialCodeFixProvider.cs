using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CognitoTyped.Analyzers.CodeFixes;

/// <summary>
/// Moves a hard-coded client ID, password or client secret out of the code: the value becomes a read of an
/// environment variable that fails loudly when unset,
/// <c>System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? throw new System.InvalidOperationException(…)</c>,
/// which compiles in any project. A <c>const</c> that held the value becomes <c>static readonly</c> (or a plain local).
/// A constant fallback (<c>configuration["Cognito:ClientId"] ?? "…"</c>, <c>GetEnvironmentVariable("X") ?? "…"</c>) is
/// dropped instead: a missing setting becomes an error that names its key. A parameter's default value is left alone
/// (a default must be a constant; the diagnostic explains what to change).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedCredentialCodeFixProvider))]
[Shared]
public sealed class HardCodedCredentialCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HardCodedClientId.Id,
        DiagnosticDescriptors.HardCodedPassword.Id,
        DiagnosticDescriptors.HardCodedClientSecret.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || !diagnostic.Properties.TryGetValue(HardCodedCredentialAnalyzer.EnvironmentVariableProperty, out var variable)
                || variable is null
                || value.FirstAncestorOrSelf<ParameterSyntax>() is not null)
            {
                continue;
            }

            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model is null || model.GetOperation(value, context.CancellationToken) is Microsoft.CodeAnalysis.Operations.IParameterReferenceOperation)
            {
                // The value comes from an optional parameter's default: the fix belongs there, and a default cannot read the environment.
                continue;
            }

            if (Fallback(DeclaredValue(value, model, context.CancellationToken) ?? value, model, context.CancellationToken) is { } fallback)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title: "Drop the hard-coded fallback: " + fallback.Missing,
                        createChangedDocument: ct => DropFallbackAsync(context.Document, fallback.Coalesce, fallback.Missing, ct),
                        equivalenceKey: nameof(HardCodedCredentialCodeFixProvider) + "." + diagnostic.Id),
                    diagnostic);
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title: "Read the value from the " + variable + " environment variable",
                    createChangedDocument: ct => ReplaceAsync(context.Document, value, variable, ct),
                    equivalenceKey: nameof(HardCodedCredentialCodeFixProvider) + "." + diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax value, string variable, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);

        // A value read from a constant declared in this file is fixed where it is declared, so every use is fixed at once.
        value = DeclaredValue(value, model, cancellationToken) ?? value;
        var replacement = EnvironmentRead(variable, model, value.SpanStart).WithTriviaFrom(value);
        var newRoot = root.ReplaceNode(value, replacement);

        // A const cannot hold a value read at run time.
        var replaced = newRoot.GetAnnotatedNodes(Marker).FirstOrDefault();
        switch (replaced?.FirstAncestorOrSelf<SyntaxNode>(n => n is FieldDeclarationSyntax or LocalDeclarationStatementSyntax))
        {
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                newRoot = newRoot.ReplaceNode(field, WithoutConst(field, field.Modifiers, static (f, m) => f.WithModifiers(m), isField: true));
                break;
            case LocalDeclarationStatementSyntax local when local.Modifiers.Any(SyntaxKind.ConstKeyword):
                newRoot = newRoot.ReplaceNode(local, WithoutConst(local, local.Modifiers, static (l, m) => l.WithModifiers(m), isField: false));
                break;
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static readonly SyntaxAnnotation Marker = new(nameof(HardCodedCredentialCodeFixProvider));

    /// <summary>
    /// <c>setting ?? "constant"</c>: the coalescing expression and the error message for a missing setting, naming the
    /// configuration key or environment variable the left side reads; null for anything else.
    /// </summary>
    private static (BinaryExpressionSyntax Coalesce, string Missing)? Fallback(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized.Expression;
        }

        if (value is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce
            || model.GetConstantValue(coalesce.Right, cancellationToken) is not { HasValue: true, Value: string fallback }
            || string.IsNullOrWhiteSpace(fallback))
        {
            return null;
        }

        var setting = coalesce.Left;
        while (setting is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            setting = suppressed.Operand;
        }

        string? key = setting switch
        {
            ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => ConstantText(arguments[0].Expression, model, cancellationToken),
            InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } => ConstantText(arguments[0].Expression, model, cancellationToken),
            _ => null,
        };
        var isEnvironment = setting is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetEnvironmentVariable" } };
        var missing = key is null
            ? "Set " + setting.ToString() + "."
            : isEnvironment ? "Set the " + key + " environment variable." : "Set the configuration key " + key + ".";
        return (coalesce, missing);
    }

    private static string? ConstantText(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string text } ? text : null;

    private static async Task<Document> DropFallbackAsync(Document document, BinaryExpressionSyntax coalesce, string missing, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var message = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(missing));
        var exception = SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName(TypeName("InvalidOperationException", model, coalesce.SpanStart)))
            .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(message))));
        var thrown = SyntaxFactory.ThrowExpression(exception).WithTriviaFrom(coalesce.Right).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(coalesce.Right, thrown));
    }

    /// <summary>
    /// The initializer of the <c>const</c> field or local, or initialized <c>readonly</c> field, that <paramref name="value"/>
    /// reads, when it is declared in the same file and written nowhere else; otherwise null.
    /// </summary>
    private static ExpressionSyntax? DeclaredValue(ExpressionSyntax value, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null || value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return null;
        }

        var symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
        var declaredOnce = symbol switch
        {
            IFieldSymbol field => field.IsConst || (field.IsReadOnly && !HasConstructorWrite(field, cancellationToken)),
            ILocalSymbol local => local.IsConst,
            _ => false,
        };
        if (!declaredOnce || symbol!.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = symbol.DeclaringSyntaxReferences[0];
        return reference.SyntaxTree == value.SyntaxTree
            && reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var initializer }
                ? initializer
                : null;
    }

    /// <summary>Whether a readonly field is also written in a constructor of its type (by name: a fix must not guess).</summary>
    private static bool HasConstructorWrite(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var identifier in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == field.Name && WriteSites.WriteOf(identifier) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static T WithoutConst<T>(T declaration, SyntaxTokenList modifiers, System.Func<T, SyntaxTokenList, T> withModifiers, bool isField)
        where T : SyntaxNode
    {
        var constIndex = modifiers.IndexOf(SyntaxKind.ConstKeyword);
        var constToken = modifiers[constIndex];
        var newModifiers = modifiers.RemoveAt(constIndex);
        if (isField)
        {
            var readonlyToken = SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constToken.TrailingTrivia);
            newModifiers = newModifiers.Insert(constIndex, readonlyToken);
            newModifiers = newModifiers.Insert(constIndex, SyntaxFactory.Token(constToken.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
        }
        else if (constIndex == 0 && newModifiers.Count == 0)
        {
            // "const string x = …;" → "string x = …;": keep the statement's leading trivia.
            return withModifiers(declaration, newModifiers).WithLeadingTrivia(constToken.LeadingTrivia);
        }

        return withModifiers(declaration, newModifiers);
    }

    /// <summary>"Environment" where <c>using System;</c> is in scope, "System.Environment" elsewhere.</summary>
    private static string TypeName(string name, SemanticModel? model, int position)
    {
        if (model is not null)
        {
            foreach (var symbol in model.LookupNamespacesAndTypes(position, container: null, name: name))
            {
                if (symbol is INamedTypeSymbol { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return name;
                }
            }
        }

        return "System." + name;
    }

    private static BinaryExpressionSyntax EnvironmentRead(string variable, SemanticModel? model, int position)
    {
        var name = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variable));
        var read = SyntaxFactory.InvocationExpression(
            SyntaxFactory.ParseExpression(TypeName("Environment", model, position) + ".GetEnvironmentVariable"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(name))));
        var message = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression,
            SyntaxFactory.Literal("Set the " + variable + " environment variable."));
        var exception = SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName(TypeName("InvalidOperationException", model, position)))
            .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(message))));
        return SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, read, SyntaxFactory.ThrowExpression(exception))
            .WithAdditionalAnnotations(Formatter.Annotation, Marker);
    }
}
