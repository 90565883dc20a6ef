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

    /// <summary>CTY0004: Cognito token validation weakened.</summary>
    public static readonly DiagnosticDescriptor WeakenedTokenValidation = new(
        id: "CTY0004",
        title: "Cognito token validation weakened",
        messageFormat: "{0} is switched off for a Cognito issuer; {1}",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Switching off the audience, issuer, lifetime or signature checks for tokens of a Cognito user pool lets tokens of other app clients, other pools, expired or forged tokens in. Access tokens have no aud claim: check client_id and token_use instead, as AddCognitoJwtBearer does.",
        helpLinkUri: HelpLinkBase + "CTY0004.md");

    /// <summary>CTY0005: a Cognito secret written to a log.</summary>
    public static readonly DiagnosticDescriptor SecretWrittenToLog = new(
        id: "CTY0005",
        title: "Cognito secret written to a log",
        messageFormat: "{0} is written to {1}; never log passwords, client secrets, codes, sessions or tokens",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Logs, console output and exception messages are kept, shipped and read far more widely than secrets may be. A token in a log lets whoever reads it act as the user until it expires; a password or client secret, for longer. Log an identifier or a fingerprint instead.",
        helpLinkUri: HelpLinkBase + "CTY0005.md");

    internal static DiagnosticDescriptor For(CredentialKind kind) => kind switch
    {
        CredentialKind.ClientId => HardCodedClientId,
        CredentialKind.Password => HardCodedPassword,
        _ => HardCodedClientSecret,
    };
}
