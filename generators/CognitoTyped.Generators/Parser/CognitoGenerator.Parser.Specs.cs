using System.Collections.Generic;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    /// <summary>The JSON shape a member's value must have.</summary>
    private enum ValueShape
    {
        String,
        Boolean,
        Integer,
        StringArray,
        Object,
        ObjectArray,
        Any,
    }

    /// <summary>What the generator does with a member besides checking its shape.</summary>
    private enum MemberRole
    {
        /// <summary>An AWS request member: checked and passed on to provisioning.</summary>
        Request,

        /// <summary>A read-only member of describe output (Id, Arn, CreationDate, …): accepted and dropped.</summary>
        ReadOnly,

        /// <summary>An ID or secret: never allowed in cognito.json (CTY0113).</summary>
        Secret,

        /// <summary>Our own addition (Name, Clients, Groups, IdentityPool): not an AWS request member.</summary>
        Own,
    }

    private sealed class MemberSpec
    {
        public MemberSpec(ValueShape shape, MemberRole role = MemberRole.Request, string[]? allowed = null, ObjectSpec? nested = null)
        {
            Shape = shape;
            Role = role;
            Allowed = allowed;
            Nested = nested;
        }

        public ValueShape Shape { get; }

        public MemberRole Role { get; }

        /// <summary>The values a string (or each string of an array) may take, when AWS fixes them.</summary>
        public string[]? Allowed { get; }

        /// <summary>The members of an object value (or of each object of an array), when we check them.</summary>
        public ObjectSpec? Nested { get; }
    }

    private sealed class ObjectSpec
    {
        public ObjectSpec(string description, Dictionary<string, MemberSpec> members)
        {
            Description = description;
            Members = members;
        }

        /// <summary>What the object is, as a diagnostic names it ("a user pool", "an app client", …).</summary>
        public string Description { get; }

        public Dictionary<string, MemberSpec> Members { get; }
    }

    /// <summary>The explicit auth flows of CreateUserPoolClient, new and legacy names.</summary>
    internal static readonly string[] AuthFlows =
    {
        "ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH",
    };

    internal static readonly string[] AttributeDataTypes = { "String", "Number", "DateTime", "Boolean" };

    private static readonly ObjectSpec s_passwordPolicySpec = new("a password policy", new Dictionary<string, MemberSpec>
    {
        ["MinimumLength"] = new(ValueShape.Integer),
        ["RequireUppercase"] = new(ValueShape.Boolean),
        ["RequireLowercase"] = new(ValueShape.Boolean),
        ["RequireNumbers"] = new(ValueShape.Boolean),
        ["RequireSymbols"] = new(ValueShape.Boolean),
        ["PasswordHistorySize"] = new(ValueShape.Integer),
        ["TemporaryPasswordValidityDays"] = new(ValueShape.Integer),
    });

    private static readonly ObjectSpec s_policiesSpec = new("the pool's Policies", new Dictionary<string, MemberSpec>
    {
        ["PasswordPolicy"] = new(ValueShape.Object, nested: s_passwordPolicySpec),
        ["SignInPolicy"] = new(ValueShape.Object),
    });

    private static readonly ObjectSpec s_adminCreateUserConfigSpec = new("AdminCreateUserConfig", new Dictionary<string, MemberSpec>
    {
        ["AllowAdminCreateUserOnly"] = new(ValueShape.Boolean),
        ["UnusedAccountValidityDays"] = new(ValueShape.Integer),
        ["InviteMessageTemplate"] = new(ValueShape.Object),
    });

    private static readonly ObjectSpec s_stringConstraintsSpec = new("StringAttributeConstraints", new Dictionary<string, MemberSpec>
    {
        ["MinLength"] = new(ValueShape.Any),
        ["MaxLength"] = new(ValueShape.Any),
    });

    private static readonly ObjectSpec s_numberConstraintsSpec = new("NumberAttributeConstraints", new Dictionary<string, MemberSpec>
    {
        ["MinValue"] = new(ValueShape.Any),
        ["MaxValue"] = new(ValueShape.Any),
    });

    private static readonly ObjectSpec s_schemaAttributeSpec = new("a schema attribute", new Dictionary<string, MemberSpec>
    {
        ["Name"] = new(ValueShape.String),
        ["AttributeDataType"] = new(ValueShape.String),
        ["DeveloperOnlyAttribute"] = new(ValueShape.Boolean),
        ["Mutable"] = new(ValueShape.Boolean),
        ["Required"] = new(ValueShape.Boolean),
        ["NumberAttributeConstraints"] = new(ValueShape.Object, nested: s_numberConstraintsSpec),
        ["StringAttributeConstraints"] = new(ValueShape.Object, nested: s_stringConstraintsSpec),
    });

    private static readonly ObjectSpec s_clientSpec = new("an app client", new Dictionary<string, MemberSpec>
    {
        ["ClientName"] = new(ValueShape.String),
        ["GenerateSecret"] = new(ValueShape.Boolean),
        ["RefreshTokenValidity"] = new(ValueShape.Integer),
        ["AccessTokenValidity"] = new(ValueShape.Integer),
        ["IdTokenValidity"] = new(ValueShape.Integer),
        ["TokenValidityUnits"] = new(ValueShape.Object),
        ["ReadAttributes"] = new(ValueShape.StringArray),
        ["WriteAttributes"] = new(ValueShape.StringArray),
        ["ExplicitAuthFlows"] = new(ValueShape.StringArray),
        ["SupportedIdentityProviders"] = new(ValueShape.StringArray),
        ["CallbackURLs"] = new(ValueShape.StringArray),
        ["LogoutURLs"] = new(ValueShape.StringArray),
        ["DefaultRedirectURI"] = new(ValueShape.String),
        ["AllowedOAuthFlows"] = new(ValueShape.StringArray, allowed: new[] { "code", "implicit", "client_credentials" }),
        ["AllowedOAuthScopes"] = new(ValueShape.StringArray),
        ["AllowedOAuthFlowsUserPoolClient"] = new(ValueShape.Boolean),
        ["AnalyticsConfiguration"] = new(ValueShape.Object),
        ["PreventUserExistenceErrors"] = new(ValueShape.String, allowed: new[] { "LEGACY", "ENABLED" }),
        ["EnableTokenRevocation"] = new(ValueShape.Boolean),
        ["EnablePropagateAdditionalUserContextData"] = new(ValueShape.Boolean),
        ["AuthSessionValidity"] = new(ValueShape.Integer),
        ["RefreshTokenRotation"] = new(ValueShape.Object),
        ["ClientId"] = new(ValueShape.Any, MemberRole.Secret),
        ["ClientSecret"] = new(ValueShape.Any, MemberRole.Secret),
        ["UserPoolId"] = new(ValueShape.Any, MemberRole.Secret),
        ["CreationDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["LastModifiedDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
    });

    private static readonly ObjectSpec s_groupSpec = new("a group", new Dictionary<string, MemberSpec>
    {
        ["GroupName"] = new(ValueShape.String),
        ["Description"] = new(ValueShape.String),
        ["RoleArn"] = new(ValueShape.String),
        ["Precedence"] = new(ValueShape.Integer),
        ["UserPoolId"] = new(ValueShape.Any, MemberRole.Secret),
        ["CreationDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["LastModifiedDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
    });

    private static readonly ObjectSpec s_scopeSpec = new("a resource server scope", new Dictionary<string, MemberSpec>
    {
        ["ScopeName"] = new(ValueShape.String),
        ["ScopeDescription"] = new(ValueShape.String),
    });

    private static readonly ObjectSpec s_resourceServerSpec = new("a resource server", new Dictionary<string, MemberSpec>
    {
        ["Identifier"] = new(ValueShape.String),
        ["Name"] = new(ValueShape.String),
        ["Scopes"] = new(ValueShape.ObjectArray, nested: s_scopeSpec),
        ["UserPoolId"] = new(ValueShape.Any, MemberRole.Secret),
    });

    private static readonly ObjectSpec s_identityPoolSpec = new("an identity pool", new Dictionary<string, MemberSpec>
    {
        ["IdentityPoolName"] = new(ValueShape.String),
        ["AllowUnauthenticatedIdentities"] = new(ValueShape.Boolean),
        ["AllowClassicFlow"] = new(ValueShape.Boolean),
        ["SupportedLoginProviders"] = new(ValueShape.Object),
        ["DeveloperProviderName"] = new(ValueShape.String),
        ["OpenIdConnectProviderARNs"] = new(ValueShape.StringArray),
        ["CognitoIdentityProviders"] = new(ValueShape.ObjectArray),
        ["SamlProviderARNs"] = new(ValueShape.StringArray),
        ["IdentityPoolTags"] = new(ValueShape.Object),
        ["IdentityPoolId"] = new(ValueShape.Any, MemberRole.Secret),
    });

    private static readonly ObjectSpec s_poolSpec = new("a user pool", new Dictionary<string, MemberSpec>
    {
        ["Name"] = new(ValueShape.String, MemberRole.Own),
        ["Clients"] = new(ValueShape.ObjectArray, MemberRole.Own, nested: s_clientSpec),
        ["Groups"] = new(ValueShape.ObjectArray, MemberRole.Own, nested: s_groupSpec),
        ["IdentityPool"] = new(ValueShape.Object, MemberRole.Own, nested: s_identityPoolSpec),
        ["ResourceServers"] = new(ValueShape.ObjectArray, MemberRole.Own, nested: s_resourceServerSpec),
        ["PoolName"] = new(ValueShape.String),
        ["Policies"] = new(ValueShape.Object, nested: s_policiesSpec),
        ["DeletionProtection"] = new(ValueShape.String, allowed: new[] { "ACTIVE", "INACTIVE" }),
        ["LambdaConfig"] = new(ValueShape.Object),
        ["AutoVerifiedAttributes"] = new(ValueShape.StringArray, allowed: new[] { "email", "phone_number" }),
        ["AliasAttributes"] = new(ValueShape.StringArray, allowed: new[] { "email", "phone_number", "preferred_username" }),
        ["UsernameAttributes"] = new(ValueShape.StringArray, allowed: new[] { "email", "phone_number" }),
        ["SmsVerificationMessage"] = new(ValueShape.String),
        ["EmailVerificationMessage"] = new(ValueShape.String),
        ["EmailVerificationSubject"] = new(ValueShape.String),
        ["VerificationMessageTemplate"] = new(ValueShape.Object),
        ["SmsAuthenticationMessage"] = new(ValueShape.String),
        ["MfaConfiguration"] = new(ValueShape.String, allowed: new[] { "OFF", "ON", "OPTIONAL" }),
        ["UserAttributeUpdateSettings"] = new(ValueShape.Object),
        ["DeviceConfiguration"] = new(ValueShape.Object),
        ["EmailConfiguration"] = new(ValueShape.Object),
        ["SmsConfiguration"] = new(ValueShape.Object),
        ["UserPoolTags"] = new(ValueShape.Object),
        ["AdminCreateUserConfig"] = new(ValueShape.Object, nested: s_adminCreateUserConfigSpec),
        ["Schema"] = new(ValueShape.ObjectArray, nested: s_schemaAttributeSpec),
        ["SchemaAttributes"] = new(ValueShape.ObjectArray, nested: s_schemaAttributeSpec),
        ["UserPoolAddOns"] = new(ValueShape.Object),
        ["UsernameConfiguration"] = new(ValueShape.Object),
        ["AccountRecoverySetting"] = new(ValueShape.Object),
        ["UserPoolTier"] = new(ValueShape.String, allowed: new[] { "LITE", "ESSENTIALS", "PLUS" }),
        ["KeyConfiguration"] = new(ValueShape.Object),
        ["IssuerConfiguration"] = new(ValueShape.Object),
        ["Id"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["Arn"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["Status"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["CreationDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["LastModifiedDate"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["EstimatedNumberOfUsers"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["SmsConfigurationFailure"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["EmailConfigurationFailure"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["Domain"] = new(ValueShape.Any, MemberRole.ReadOnly),
        ["CustomDomain"] = new(ValueShape.Any, MemberRole.ReadOnly),
    });

    private static readonly ObjectSpec s_rootSpec = new("cognito.json", new Dictionary<string, MemberSpec>
    {
        ["$schema"] = new(ValueShape.String, MemberRole.Own),
        ["Namespace"] = new(ValueShape.String, MemberRole.Own),
        ["UserPools"] = new(ValueShape.ObjectArray, MemberRole.Own, nested: s_poolSpec),
    });

    /// <summary>The members the parser accepts in each kind of object, for the test that keeps cognito.schema.json in step.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyCollection<string>> KnownMembers => new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["root"] = s_rootSpec.Members.Keys,
        ["userPool"] = s_poolSpec.Members.Keys,
        ["schemaAttribute"] = s_schemaAttributeSpec.Members.Keys,
        ["client"] = s_clientSpec.Members.Keys,
        ["group"] = s_groupSpec.Members.Keys,
        ["identityPool"] = s_identityPoolSpec.Members.Keys,
        ["resourceServer"] = s_resourceServerSpec.Members.Keys,
        ["scope"] = s_scopeSpec.Members.Keys,
    };

    /// <summary>The standard (OIDC) attributes of every Cognito pool, with Cognito's data type for each.</summary>
    internal static readonly Dictionary<string, string> StandardAttributes = new()
    {
        ["address"] = "String",
        ["birthdate"] = "String",
        ["email"] = "String",
        ["email_verified"] = "Boolean",
        ["family_name"] = "String",
        ["gender"] = "String",
        ["given_name"] = "String",
        ["locale"] = "String",
        ["middle_name"] = "String",
        ["name"] = "String",
        ["nickname"] = "String",
        ["phone_number"] = "String",
        ["phone_number_verified"] = "Boolean",
        ["picture"] = "String",
        ["preferred_username"] = "String",
        ["profile"] = "String",
        ["updated_at"] = "Number",
        ["website"] = "String",
        ["zoneinfo"] = "String",
        ["sub"] = "String",
        ["identities"] = "String",
    };
}
