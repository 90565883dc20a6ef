using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Reports CTY0005: a Cognito secret (a password, client secret, confirmation code, challenge session or token)
/// written to a log: <c>ILogger</c> calls (the <c>Log…</c> extensions, <c>ILogger.Log</c>, <c>BeginScope</c> and
/// <c>[LoggerMessage]</c> methods, message and structured arguments alike), <c>Console</c>, <c>Debug</c> and
/// <c>Trace</c> writes, and exception messages; directly or through locals, interpolation, concatenation, string
/// formatting and anonymous objects.
/// </summary>
/// <remarks>
/// Sources are known members only (sinks first, names last): the runtime's <c>CognitoTokens</c> and other members of
/// the <c>CognitoTyped</c> namespace named like a secret, parameters marked <c>[CognitoPassword]</c> or
/// <c>[CognitoClientSecret]</c>, the AWS SDK's <c>AuthenticationResultType</c> tokens and request/response secrets, and
/// Amazon.Extensions.CognitoAuthentication's sessions. A compilation without any of them is not analyzed.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLoggingAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 8;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SecretWrittenToLog);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // A compilation whose references and source cannot hold a Cognito secret gets no callback. No type is ever
            // looked up (that would load every reference's metadata): sinks, sources and markers are recognized by name.
            if (!ReferenceProbe.MayDeclare(
                start.Compilation,
                ["CognitoTyped", "AWSSDK.CognitoIdentityProvider", "Amazon.Extensions.CognitoAuthentication"],
                ["CognitoPasswordAttribute", "CognitoClientSecretAttribute", "CognitoTokens", "AuthenticationResultType", "CognitoUser"]))
            {
                return;
            }

            var analysis = new Analysis(start.Compilation);
            start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
        });
    }

    private sealed class Analysis
    {
        private readonly WriteSites _writes;
        // By reference: a type's public symbol is one object per compilation (at worst a type is scanned twice), and
        // hashing by reference costs far less than SymbolEqualityComparer on every call in the compilation.
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _typeMentionsSecrets = new(ReferenceComparer<INamedTypeSymbol>.Instance);
        private readonly ConcurrentDictionary<SyntaxTree, bool> _treeMentionsSecrets;
        private TypeAnswer? _last;

        public Analysis(Compilation compilation)
        {
            _writes = new WriteSites(compilation);
            // Sized up front: growing the table takes every lock while other threads wait.
            _treeMentionsSecrets = new ConcurrentDictionary<SyntaxTree, bool>(concurrencyLevel: 4, capacity: compilation.SyntaxTrees.Count(), ReferenceComparer<SyntaxTree>.Instance);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            // The type first: one cached lookup rules out the calls of code that never touches a secret, before anything
            // is asked of the called method (which costs more, for every call in the compilation).
            if (!MentionsSecrets(context.ContainingSymbol, context.CancellationToken)
                || (LogSinkName(invocation.TargetMethod) ?? ConsoleWriterName(invocation)) is not { } sink)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                // Structured-logging arguments come as one implicit params array: each element is reported where it is written.
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (var element in elements.ElementValues)
                    {
                        if (SecretIn(element, 0, context.CancellationToken) is { } inElement)
                        {
                            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretWrittenToLog, element.Syntax.GetLocation(), inElement, sink));
                            return;
                        }
                    }
                }
                else if (SecretIn(argument.Value, 0, context.CancellationToken) is { } secret)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretWrittenToLog, argument.Value.Syntax.GetLocation(), secret, sink));
                    return;
                }
            }
        }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol { Name: var name } type || !name.EndsWith("Exception", StringComparison.Ordinal)
                || !MentionsSecrets(context.ContainingSymbol, context.CancellationToken) || !IsException(type))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Value.Type?.SpecialType == SpecialType.System_String && SecretIn(argument.Value, 0, context.CancellationToken) is { } secret)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretWrittenToLog, argument.Value.Syntax.GetLocation(), secret, "the message of " + type.Name));
                    return;
                }
            }
        }

        /// <summary>
        /// Whether the type the code is in can name a secret (a member such as <c>AccessToken</c> or <c>Password</c>, or a
        /// marker attribute): every source the rule follows (members, locals, private fields, marked parameters) is named
        /// in the type that logs it. Answered from the files that declare the type, each scanned once (see
        /// <see cref="SecretNames"/>), and cached per type: a type in a file that names a secret is analyzed, so the
        /// answer is never "no" for a type that names one; the many log calls and exceptions of code that never touches
        /// a secret cost one lookup each.
        /// </summary>
        private bool MentionsSecrets(ISymbol? containing, CancellationToken cancellationToken)
        {
            var type = containing as INamedTypeSymbol ?? containing?.ContainingType;
            if (type is null)
            {
                return true;
            }

            // Calls are analyzed a method at a time, so the type is most often the one asked about last.
            if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Type, type))
            {
                return last.Answer;
            }

            if (!_typeMentionsSecrets.TryGetValue(type, out var known))
            {
                known = ScanType(type, cancellationToken);
                _typeMentionsSecrets.TryAdd(type, known);
            }

            Volatile.Write(ref _last, new TypeAnswer(type, known));
            return known;
        }

        private bool ScanType(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var mentions = false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var tree = reference.SyntaxTree;
                if (!_treeMentionsSecrets.TryGetValue(tree, out var inTree))
                {
                    inTree = SecretNames.AnyIn(tree, new TextSpan(0, tree.Length), cancellationToken);
                    _treeMentionsSecrets.TryAdd(tree, inTree);
                }

                if (inTree)
                {
                    mentions = true;
                    break;
                }
            }

            return mentions;
        }

        /// <summary>System.Exception or a type derived from it, compared by name: no type is looked up.</summary>
        private static bool IsException(INamedTypeSymbol? type)
        {
            for (; type is not null; type = type.BaseType)
            {
                if (type.Name == "Exception" && IsNamespace(type.ContainingNamespace, "System"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the message calls a logging method, or null when it does not write a log.</summary>
        private static string? LogSinkName(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type is null)
            {
                return null;
            }

            switch (type.Name)
            {
                case "Console" when IsNamespace(type.ContainingNamespace, "System") && method.Name.StartsWith("Write", StringComparison.Ordinal):
                case "Debug" or "Trace" when IsNamespace(type.ContainingNamespace, "System", "Diagnostics"):
                case "LoggerExtensions" or "ILogger" when IsNamespace(type.ContainingNamespace, "Microsoft", "Extensions", "Logging"):
                    return type.Name + "." + method.Name;
            }

            // A [LoggerMessage] method: source-generated logging, called like any other method.
            if (method.IsPartialDefinition || method.PartialDefinitionPart is not null)
            {
                foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "LoggerMessageAttribute")
                    {
                        return "[LoggerMessage] " + type.Name + "." + method.Name;
                    }
                }
            }

            return null;
        }

        /// <summary><c>Console.Error.WriteLine(…)</c>, <c>Console.Out.Write(…)</c>: the console's writers.</summary>
        private static string? ConsoleWriterName(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name.StartsWith("Write", StringComparison.Ordinal)
            && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Error" or "Out" } writer }
            && writer.ContainingType is { Name: "Console" } console && IsNamespace(console.ContainingNamespace, "System")
                ? "Console." + writer.Name + "." + invocation.TargetMethod.Name
                : null;

        private static bool IsNamespace(INamespaceSymbol? ns, params string[] path)
        {
            for (var i = path.Length - 1; i >= 0; i--)
            {
                if (ns is null || ns.Name != path[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: true };
        }

        /// <summary>The secret <paramref name="value"/> carries (named as the message shows it), or null.</summary>
        private string? SecretIn(IOperation? value, int depth, CancellationToken cancellationToken)
        {
            if (value is null || depth > MaxDepth)
            {
                return null;
            }

            value = HardCodedValues.Unwrap(value);
            switch (value)
            {
                case IPropertyReferenceOperation { Property: var property }:
                    return IsSecretMember(property) ? Describe(property) : null;
                case IFieldReferenceOperation { Field: var field }:
                    if (IsSecretMember(field))
                    {
                        return Describe(field);
                    }

                    // A private field of the type (a token kept between calls): what its writes carry.
                    if (field.DeclaredAccessibility == Accessibility.Private && !field.IsConst && !field.DeclaringSyntaxReferences.IsEmpty)
                    {
                        foreach (var written in _writes.OfMember(field, cancellationToken))
                        {
                            if (SecretIn(written, depth + 1, cancellationToken) is { } held)
                            {
                                return held;
                            }
                        }
                    }

                    return null;
                case IConditionalAccessOperation conditionalAccess:
                    return SecretIn(conditionalAccess.WhenNotNull, depth + 1, cancellationToken);
                case IConditionalAccessInstanceOperation receiver:
                    // x?.Trim(): the receiver of a conditional access is what its ?. was applied to.
                    for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IConditionalAccessOperation access)
                        {
                            return SecretIn(access.Operation, depth + 1, cancellationToken);
                        }
                    }

                    return null;
                case IParameterReferenceOperation { Parameter: var parameter }:
                    return IsMarked(parameter) ? "parameter '" + parameter.Name + "'" : null;
                case ILocalReferenceOperation { Local: var local } when !local.IsRef:
                    foreach (var written in WriteSites.OfLocal(local, value, cancellationToken))
                    {
                        if (SecretIn(written, depth + 1, cancellationToken) is { } secret)
                        {
                            return secret;
                        }
                    }

                    return null;
                case IInvocationOperation invocation when PassesTextOn(invocation.TargetMethod):
                    return SecretIn(invocation.Instance, depth + 1, cancellationToken) ?? FirstSecret(invocation.Arguments, depth, cancellationToken);
                case IInterpolatedStringOperation or IBinaryOperation or IConditionalOperation or ICoalesceOperation
                    or IArrayCreationOperation or IArrayInitializerOperation or IAnonymousObjectCreationOperation or ITupleOperation
                    or IInterpolationOperation or IArgumentOperation or ISimpleAssignmentOperation:
                    foreach (var child in value.ChildOperations)
                    {
                        if (value is IConditionalOperation conditional && conditional.Condition == child)
                        {
                            continue;
                        }

                        if (SecretIn(child, depth + 1, cancellationToken) is { } secret)
                        {
                            return secret;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private string? FirstSecret(ImmutableArray<IArgumentOperation> arguments, int depth, CancellationToken cancellationToken)
        {
            foreach (var argument in arguments)
            {
                if (SecretIn(argument.Value, depth + 1, cancellationToken) is { } secret)
                {
                    return secret;
                }
            }

            return null;
        }

        /// <summary>ToString, string.Format, Concat, Join, Trim and case changes: the secret goes through them readable.</summary>
        private static bool PassesTextOn(IMethodSymbol method) =>
            method.Name == "ToString"
            || (method.ContainingType?.SpecialType == SpecialType.System_String
                && method.Name is "Format" or "Concat" or "Join" or "Trim" or "TrimStart" or "TrimEnd"
                    or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" or "Normalize");

        private static string Describe(ISymbol member) => member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;

        /// <summary>Marked <c>[CognitoPassword]</c> or <c>[CognitoClientSecret]</c> (the runtime's attributes, compared by name).</summary>
        private static bool IsMarked(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "CognitoPasswordAttribute" or "CognitoClientSecretAttribute" } marker
                    && IsNamespace(marker.ContainingNamespace, "CognitoTyped"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A member that holds a Cognito secret: named like one, on a type of the runtime, the AWS SDK for Cognito or
        /// Amazon.Extensions.CognitoAuthentication; or marked with the runtime's password or client-secret attribute.
        /// </summary>
        private static bool IsSecretMember(ISymbol member)
        {
            if (member.Name is not ("AccessToken" or "IdToken" or "RefreshToken" or "ClientSecret" or "Password" or "TemporaryPassword"
                or "PreviousPassword" or "ProposedPassword" or "NewPassword" or "ConfirmationCode" or "Session" or "SessionID" or "SecretHash"))
            {
                return IsMarked(member);
            }

            var ns = member.ContainingType?.ContainingNamespace;
            var outermost = ns;
            while (outermost?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                outermost = parent;
            }

            return outermost?.Name == "CognitoTyped"
                || IsNamespace(ns, "Amazon", "CognitoIdentityProvider", "Model")
                || IsNamespace(ns, "Amazon", "Extensions", "CognitoAuthentication")
                || IsMarked(member);
        }

        /// <summary>The last answer of <see cref="MentionsSecrets"/>: replaced whole, so a reader never sees half of one.</summary>
        private sealed class TypeAnswer
        {
            public TypeAnswer(INamedTypeSymbol type, bool answer)
            {
                Type = type;
                Answer = answer;
            }

            public INamedTypeSymbol Type { get; }

            public bool Answer { get; }
        }

        /// <summary>Equality by reference.</summary>
        private sealed class ReferenceComparer<T> : IEqualityComparer<T>
            where T : class
        {
            public static readonly ReferenceComparer<T> Instance = new();

            public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

            public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
