using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Reports CTY0004: a token validation check (<c>ValidateAudience</c>, <c>ValidateIssuer</c>, <c>ValidateLifetime</c>,
/// <c>ValidateIssuerSigningKey</c>, <c>RequireSignedTokens</c>) set to <c>false</c> where the same code points the
/// validation at a Cognito user pool: a value containing <c>cognito-idp.</c>, or read from a <c>Cognito:</c>
/// configuration key, reaching <c>Authority</c>, <c>MetadataAddress</c>, <c>ValidIssuer</c> or <c>ValidIssuers</c>.
/// </summary>
/// <remarks>
/// Teams switch the audience check off because Cognito access tokens have no <c>aud</c> claim; the right check is
/// <c>client_id</c> and <c>token_use</c>, which <c>AddCognitoJwtBearer</c> makes.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TokenValidationAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 4;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WeakenedTokenValidation);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // No type is looked up at compilation start (that would pay for loading every reference's metadata in every
        // compile): the references' file names say whether Microsoft.IdentityModel.Tokens can be there, and the
        // property's type is compared by name only after the cheap tests.
        context.RegisterCompilationStartAction(static start =>
        {
            if (ReferenceProbe.MayDeclare(start.Compilation, ["Microsoft.IdentityModel.Tokens"], ["TokenValidationParameters"]))
            {
                start.RegisterOperationAction(Analyze, OperationKind.SimpleAssignment);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Value.ConstantValue is not { HasValue: true, Value: false }
            || assignment.Target is not IPropertyReferenceOperation { Property: var property }
            || property.Name is not ("ValidateAudience" or "ValidateIssuer" or "ValidateLifetime" or "ValidateIssuerSigningKey" or "RequireSignedTokens")
            || !IsTokenValidationParameters(property.ContainingType))
        {
            return;
        }

        var root = (IOperation)assignment;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Authority" or "MetadataAddress" or "ValidIssuer" or "ValidIssuers" } } issuer
                && MentionsCognito(issuer.Value, 0, context.CancellationToken))
            {
                var advice = property.Name == "ValidateAudience"
                    ? "Cognito access tokens have no aud: check client_id and token_use instead (AddCognitoJwtBearer does)"
                    : "keep every check on (AddCognitoJwtBearer sets them up for Cognito)";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WeakenedTokenValidation, assignment.Syntax.GetLocation(), property.Name, advice));
                return;
            }
        }
    }

    /// <summary>Microsoft.IdentityModel.Tokens.TokenValidationParameters, or a type derived from it.</summary>
    private static bool IsTokenValidationParameters(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.Name == "TokenValidationParameters"
                && type.ContainingNamespace is { Name: "Tokens", ContainingNamespace: { Name: "IdentityModel", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a value names a Cognito user pool: text containing <c>cognito-idp.</c>, a configuration key under
    /// <c>Cognito</c>, or a local, field or property initialized with such a value.
    /// </summary>
    private static bool MentionsCognito(IOperation value, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case { ConstantValue: { HasValue: true, Value: string text } } when IsCognitoText(text):
                    return true;
                case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string part } } when IsCognitoText(part):
                    return true;
                case ILocalReferenceOperation { Local: var local }:
                    foreach (var written in WriteSites.OfLocal(local, operation, cancellationToken))
                    {
                        if (written is not null && MentionsCognito(written, depth + 1, cancellationToken))
                        {
                            return true;
                        }
                    }

                    break;
                case IFieldReferenceOperation { Field: var field } when InitializerMentionsCognito(field, operation, depth, cancellationToken):
                    return true;
                case IPropertyReferenceOperation { Property: { IsIndexer: false } property } when InitializerMentionsCognito(property, operation, depth, cancellationToken):
                    return true;
            }
        }

        return false;
    }

    private static bool InitializerMentionsCognito(ISymbol member, IOperation reference, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return false;
        }

        var declaration = member.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        var syntax = declaration.GetSyntax(cancellationToken);
        var initializer = syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: var value } => value,
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer.Value: var value } => value,
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody.Expression: var value } => value,
            _ => null,
        };
        return initializer is not null && model.GetOperation(initializer, cancellationToken) is { } operation
            && MentionsCognito(operation, depth + 1, cancellationToken);
    }

    /// <summary>"https://cognito-idp.eu-west-1.amazonaws.com/…", or a configuration key such as "Cognito:Authority".</summary>
    private static bool IsCognitoText(string text) =>
        text.IndexOf("cognito-idp.", StringComparison.OrdinalIgnoreCase) >= 0
        || text.StartsWith("Cognito:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Cognito__", StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, "Cognito", StringComparison.OrdinalIgnoreCase);
}
