namespace CognitoTyped.Generators.Model;

/// <summary>A cognito.json file as the pipeline sees it: path and text (a string is value-equal; SourceText is not).</summary>
internal sealed record CognitoFileText(string Path, string? Content);

/// <summary>The MSBuild settings the generator reads (build_property.*).</summary>
internal sealed record GeneratorOptions(string? RootNamespace);

/// <summary>What the emitter needs besides the model: the fallback namespace and whether DI registration can compile.</summary>
internal sealed record EmitSettings(string? RootNamespace, bool ReferencesDependencyInjection, bool ReferencesAspNetCore = false);

/// <summary>One valid cognito.json.</summary>
internal sealed record CognitoFileModel(string FilePath, string? Namespace, LocationInfo FileStart, EquatableArray<UserPoolModel> Pools);

/// <summary>How a value of an attribute is represented in C#.</summary>
internal enum AttributeClrType
{
    /// <summary><c>string?</c>.</summary>
    String,

    /// <summary><c>long?</c> (Cognito Number).</summary>
    Int64,

    /// <summary><c>bool?</c> (Cognito Boolean, <c>*_verified</c>).</summary>
    Boolean,

    /// <summary><c>DateTimeOffset?</c> from an ISO 8601 string (Cognito DateTime).</summary>
    DateTimeOffset,

    /// <summary><c>DateTimeOffset?</c> from epoch seconds (<c>updated_at</c>).</summary>
    EpochSeconds,

    /// <summary><c>DateOnly?</c> from <c>YYYY-MM-DD</c> (<c>birthdate</c>).</summary>
    DateOnly,
}

/// <summary>One user attribute of a pool.</summary>
internal sealed record AttributeModel(
    string CognitoName,
    string PropertyName,
    AttributeClrType ClrType,
    string DataType,
    bool IsCustom,
    bool IsRequired,
    bool IsMutable,
    long? MinLength,
    long? MaxLength,
    long? MinValue,
    long? MaxValue);

/// <summary>One app client and what it may do.</summary>
internal sealed record ClientModel(
    string Name,
    string TypePrefix,
    bool GenerateSecret,
    bool AllowUserSrp,
    bool AllowUserPassword,
    bool AllowRefresh,
    bool AllowCustomAuth,
    bool AllowUserAuth,
    bool AllowAdminUserPassword,
    bool EnableTokenRevocation,
    EquatableArray<string> WritableAttributes,
    EquatableArray<string> ReadableAttributes,
    string CreateUserPoolClientJson,
    bool AllowsCodeFlow,
    EquatableArray<string> OAuthScopes,
    EquatableArray<string> CallbackUrls,
    EquatableArray<string> LogoutUrls,
    string? DefaultRedirectUri);

/// <summary>One group.</summary>
internal sealed record GroupModel(string Name, string ConstantName, string? Description, string? CreateGroupJson);

/// <summary>One OAuth scope of a resource server: its full value in tokens (<c>{Identifier}/{ScopeName}</c>) and its C# name.</summary>
internal sealed record ScopeModel(string Value, string ConstantName, string? Description);

/// <summary>A resource server of a pool: its identifier and its <c>CreateResourceServer</c> request body.</summary>
internal sealed record ResourceServerModel(string Identifier, string CreateResourceServerJson);

/// <summary>The identity pool declared with a user pool.</summary>
internal sealed record IdentityPoolModel(bool AllowUnauthenticatedIdentities, string? CreateIdentityPoolJson);

/// <summary>One user pool.</summary>
internal sealed record UserPoolModel(
    string Name,
    string TypePrefix,
    EquatableArray<AttributeModel> Attributes,
    EquatableArray<ClientModel> Clients,
    EquatableArray<GroupModel> Groups,
    EquatableArray<ScopeModel> Scopes,
    EquatableArray<ResourceServerModel> ResourceServers,
    IdentityPoolModel? IdentityPool,
    bool AllowAdminCreateUserOnly,
    string MfaConfiguration,
    string CreateUserPoolJson,
    LocationInfo NameLocation);
