using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports about cognito.json, each located at the exact line and column of the file.
/// IDs CTY0100–CTY0199 (the analyzers own CTY0001–CTY0099).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CognitoTyped.Configuration";

    public static readonly DiagnosticDescriptor InvalidJson = Error("CTY0100", "cognito.json is not valid JSON", "cognito.json is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownMember = Error("CTY0101", "Unknown member in cognito.json", "'{0}' is not a member of {1}{2}");

    public static readonly DiagnosticDescriptor WrongValueType = Error("CTY0102", "Wrong value type in cognito.json", "'{0}' must be {1}, not {2}");

    public static readonly DiagnosticDescriptor UnknownAttributeDataType = Error("CTY0103", "Unknown attribute data type", "'{0}' is not an attribute data type: use String, Number, DateTime or Boolean{1}");

    public static readonly DiagnosticDescriptor InvalidConstraint = Error("CTY0104", "Invalid or contradictory attribute constraint", "{0}");

    public static readonly DiagnosticDescriptor CustomAttributeRequired = Error("CTY0105", "A custom attribute cannot be required", "Custom attribute '{0}' cannot be Required: Cognito only lets standard attributes be required");

    public static readonly DiagnosticDescriptor TooManyCustomAttributes = Error("CTY0106", "Too many custom attributes", "User pool '{0}' declares more than 50 custom attributes ('{1}' is number {2}); Cognito allows at most 50");

    public static readonly DiagnosticDescriptor InvalidName = Error("CTY0107", "Invalid name", "'{0}' is not a valid {1}: {2}");

    public static readonly DiagnosticDescriptor DuplicateName = Error("CTY0108", "Duplicate name", "{0} '{1}' is declared more than once");

    public static readonly DiagnosticDescriptor NameCollision = Error("CTY0109", "Generated C# names collide", "{0} '{1}' becomes the C# type '{2}', which {3} already generates; rename one of them");

    public static readonly DiagnosticDescriptor UnknownAttributeReference = Error("CTY0110", "Client names an attribute the pool lacks", "Client '{0}' lists '{1}' in {2}, but user pool '{3}' has no such attribute{4}");

    public static readonly DiagnosticDescriptor RequiredAttributeNotWritable = Error("CTY0111", "Required attribute not writable at sign-up", "Attribute '{0}' is required, but client '{1}' cannot write it, so every sign-up through it fails; add it to WriteAttributes");

    public static readonly DiagnosticDescriptor UnknownAuthFlow = Error("CTY0112", "Unknown auth flow", "'{0}' is not an explicit auth flow{1}");

    public static readonly DiagnosticDescriptor SecretInFile = Error("CTY0113", "An ID or secret in cognito.json", "{0}: IDs and secrets never belong in cognito.json; read them from configuration at run time");

    public static readonly DiagnosticDescriptor MissingContent = Error("CTY0114", "cognito.json has no content", "'{0}' has no content: it must hold a JSON object with 'UserPools'");

    public static readonly DiagnosticDescriptor MissingMember = Error("CTY0115", "Missing required member", "{0} must have the member '{1}'");

    public static readonly DiagnosticDescriptor InvalidValue = Error("CTY0116", "Invalid value", "'{0}' is not a valid value for '{1}': {2}");

    public static readonly DiagnosticDescriptor InvalidOAuthSettings = Error("CTY0117", "Invalid OAuth settings", "{0}");

    public static readonly DiagnosticDescriptor InternalError = Error("CTY0199", "CognitoTyped generator internal error", "The CognitoTyped generator failed on '{0}' ({1}: {2}); this is a bug in the generator, please report it");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [InvalidJson.Id] = InvalidJson,
        [UnknownMember.Id] = UnknownMember,
        [WrongValueType.Id] = WrongValueType,
        [UnknownAttributeDataType.Id] = UnknownAttributeDataType,
        [InvalidConstraint.Id] = InvalidConstraint,
        [CustomAttributeRequired.Id] = CustomAttributeRequired,
        [TooManyCustomAttributes.Id] = TooManyCustomAttributes,
        [InvalidName.Id] = InvalidName,
        [DuplicateName.Id] = DuplicateName,
        [NameCollision.Id] = NameCollision,
        [UnknownAttributeReference.Id] = UnknownAttributeReference,
        [RequiredAttributeNotWritable.Id] = RequiredAttributeNotWritable,
        [UnknownAuthFlow.Id] = UnknownAuthFlow,
        [SecretInFile.Id] = SecretInFile,
        [MissingContent.Id] = MissingContent,
        [MissingMember.Id] = MissingMember,
        [InvalidValue.Id] = InvalidValue,
        [InvalidOAuthSettings.Id] = InvalidOAuthSettings,
        [InternalError.Id] = InternalError,
    };

    /// <summary>Every descriptor, for tests and documentation.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
