using Microsoft.CodeAnalysis;

namespace CognitoTyped.Analyzers;

/// <summary>
/// The catalog of every diagnostic the CognitoTyped analyzers report.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The category of every CognitoTyped rule.</summary>
    public const string SecurityCategory = "Security";

    private const string HelpLinkBase = "https://github.com/cognitotyped/cognitotyped/blob/main/docs/rules/";

    /// <summary>CTY0001: a hard-coded Cognito app client ID.</summary>
    public static readonly DiagnosticDescriptor HardCodedClientId = new(
        id: "CTY0001",
        title: "Hard-coded Cognito app client ID",
        messageFormat: "A hard-coded Cognito app client ID reaches {0}; read it from configuration instead",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An app client ID written in source code ties the build to one user pool client and leaks it with the code. Read it from configuration or the environment.",
        helpLinkUri: HelpLinkBase + "CTY0001.md");

    /// <summary>CTY0002: a hard-coded password given to Cognito.</summary>
    public static readonly DiagnosticDescriptor HardCodedPassword = new(
        id: "CTY0002",
        title: "Hard-coded password given to Cognito",
        messageFormat: "A hard-coded password reaches {0}; read it from a secret store or the environment instead",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A password written in source code is readable by everyone who can read the code or the compiled assembly. Read it from a secret store, user input or the environment.",
        helpLinkUri: HelpLinkBase + "CTY0002.md");

    /// <summary>CTY0003: a hard-coded Cognito app client secret.</summary>
    public static readonly DiagnosticDescriptor HardCodedClientSecret = new(
        id: "CTY0003",
        title: "Hard-coded Cognito app client secret",
        messageFormat: "A hard-coded Cognito app client secret reaches {0}; read it from a secret store or the environment instead",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An app client secret written in source code is readable by everyone who can read the code or the compiled assembly, and anyone holding it can act as the app client. Read it from a secret store or the environment.",
        helpLinkUri: HelpLinkBase + "CTY0003.md");

    internal static DiagnosticDescriptor For(CredentialKind kind) => kind switch
    {
        CredentialKind.ClientId => HardCodedClientId,
        CredentialKind.Password => HardCodedPassword,
        _ => HardCodedClientSecret,
    };
}
