using System;
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
/// Fixes CTY0004 by replacing the hand-made <c>AddJwtBearer(…)</c> whose validation was weakened with CognitoTyped.AspNetCore's
/// <c>AddCognitoJwtBearer("Pool")</c>, which checks issuer, signature, lifetime, <c>token_use</c> and <c>client_id</c>/<c>aud</c>
/// for Cognito. Offered only when the project references CognitoTyped.AspNetCore. The pool's name is taken from a
/// <c>Cognito:{Pool}:…</c> configuration key the replaced code read, else "Default".
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CognitoJwtBearerCodeFixProvider))]
[Shared]
public sealed class CognitoJwtBearerCodeFixProvider : CodeFixProvider
{
    private const string ExtensionsType = "Microsoft.Extensions.DependencyInjection.CognitoJwtBearerExtensions";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.WeakenedTokenValidation.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model?.Compilation.GetTypeByMetadataName(ExtensionsType) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AddJwtBearerCall(root.FindNode(diagnostic.Location.SourceSpan)) is not { } call)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title: "Use AddCognitoJwtBearer",
                    createChangedDocument: ct => ReplaceAsync(context.Document, call, ct),
                    equivalenceKey: nameof(CognitoJwtBearerCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>The <c>….AddJwtBearer(…)</c> call the flagged assignment is part of.</summary>
    private static InvocationExpressionSyntax? AddJwtBearerCall(SyntaxNode node)
    {
        foreach (var invocation in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddJwtBearer" })
            {
                return invocation;
            }
        }

        return null;
    }

    private static async Task<Document> ReplaceAsync(Document document, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || call.Expression is not MemberAccessExpressionSyntax access)
        {
            return document;
        }

        var pool = SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(PoolName(call))));
        var arguments = call.ArgumentList.Arguments;
        var newArguments = arguments.Count > 0 && arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } scheme
            ? SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(scheme), pool, SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression)) })
            : SyntaxFactory.SingletonSeparatedList(pool);
        var replacement = call
            .WithExpression(access.WithName(SyntaxFactory.IdentifierName("AddCognitoJwtBearer").WithTriviaFrom(access.Name)))
            .WithArgumentList(SyntaxFactory.ArgumentList(newArguments))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(call, replacement));
    }

    /// <summary>The {Pool} of a "Cognito:{Pool}:…" key read inside the call, else "Default".</summary>
    private static string PoolName(InvocationExpressionSyntax call)
    {
        foreach (var literal in call.DescendantNodes().OfType<LiteralExpressionSyntax>())
        {
            if (literal.Token.Value is string text && text.StartsWith("Cognito:", StringComparison.OrdinalIgnoreCase))
            {
                var segments = text.Split(':');
                if (segments.Length >= 3 && segments[1].Length > 0)
                {
                    return segments[1];
                }
            }
        }

        return "Default";
    }
}
