// Wire types of Amazon Cognito user pools (cognito-idp), written from AWS's service model (member names and types as AWS names them).
using System.Text.Json.Serialization;

namespace CognitoTyped.IdentityProvider;

/// <summary>AWS's <c>AccountRecoverySettingType</c> shape.</summary>
public sealed class AccountRecoverySettingType
{
    /// <summary>The <c>RecoveryMechanisms</c> member.</summary>
    public List<RecoveryOptionType>? RecoveryMechanisms { get; set; }
}

/// <summary>The request of the <c>AdminAddUserToGroup</c> operation.</summary>
public sealed class AdminAddUserToGroupRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>GroupName</c> member. Required.</summary>
    public string? GroupName { get; set; }
}

/// <summary>The request of the <c>AdminConfirmSignUp</c> operation.</summary>
public sealed class AdminConfirmSignUpRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>AdminConfirmSignUp</c> operation.</summary>
public sealed class AdminConfirmSignUpResponse
{
}

/// <summary>AWS's <c>AdminCreateUserConfigType</c> shape.</summary>
public sealed class AdminCreateUserConfigType
{
    /// <summary>The <c>AllowAdminCreateUserOnly</c> member.</summary>
    public bool? AllowAdminCreateUserOnly { get; set; }

    /// <summary>The <c>UnusedAccountValidityDays</c> member.</summary>
    public int? UnusedAccountValidityDays { get; set; }

    /// <summary>The <c>InviteMessageTemplate</c> member.</summary>
    public MessageTemplateType? InviteMessageTemplate { get; set; }
}

/// <summary>The request of the <c>AdminCreateUser</c> operation.</summary>
public sealed class AdminCreateUserRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>UserAttributes</c> member.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>ValidationData</c> member.</summary>
    public List<AttributeType>? ValidationData { get; set; }

    /// <summary>The <c>TemporaryPassword</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? TemporaryPassword { get; set; }

    /// <summary>The <c>ForceAliasCreation</c> member.</summary>
    public bool? ForceAliasCreation { get; set; }

    /// <summary>The <c>MessageAction</c> member.</summary>
    public string? MessageAction { get; set; }

    /// <summary>The <c>DesiredDeliveryMediums</c> member.</summary>
    public List<string>? DesiredDeliveryMediums { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>AdminCreateUser</c> operation.</summary>
public sealed class AdminCreateUserResponse
{
    /// <summary>The <c>User</c> member.</summary>
    public UserType? User { get; set; }
}

/// <summary>The request of the <c>AdminDeleteUser</c> operation.</summary>
public sealed class AdminDeleteUserRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }
}

/// <summary>The request of the <c>AdminGetUser</c> operation.</summary>
public sealed class AdminGetUserRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }
}

/// <summary>The response of the <c>AdminGetUser</c> operation.</summary>
public sealed class AdminGetUserResponse
{
    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>UserAttributes</c> member.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>UserCreateDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? UserCreateDate { get; set; }

    /// <summary>The <c>UserLastModifiedDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? UserLastModifiedDate { get; set; }

    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The <c>UserStatus</c> member.</summary>
    public string? UserStatus { get; set; }

    /// <summary>The <c>MFAOptions</c> member.</summary>
    public List<MFAOptionType>? MFAOptions { get; set; }

    /// <summary>The <c>PreferredMfaSetting</c> member.</summary>
    public string? PreferredMfaSetting { get; set; }

    /// <summary>The <c>UserMFASettingList</c> member.</summary>
    public List<string>? UserMFASettingList { get; set; }
}

/// <summary>The request of the <c>AdminInitiateAuth</c> operation.</summary>
public sealed class AdminInitiateAuthRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>AuthFlow</c> member. Required.</summary>
    public string? AuthFlow { get; set; }

    /// <summary>The <c>AuthParameters</c> member. Sensitive: never logged.</summary>
    public Dictionary<string, string>? AuthParameters { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>ContextData</c> member.</summary>
    public ContextDataType? ContextData { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>The response of the <c>AdminInitiateAuth</c> operation.</summary>
public sealed class AdminInitiateAuthResponse
{
    /// <summary>The <c>ChallengeName</c> member.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>ChallengeParameters</c> member.</summary>
    public Dictionary<string, string>? ChallengeParameters { get; set; }

    /// <summary>The <c>AuthenticationResult</c> member.</summary>
    public AuthenticationResultType? AuthenticationResult { get; set; }

    /// <summary>The <c>AvailableChallenges</c> member.</summary>
    public List<string>? AvailableChallenges { get; set; }
}

/// <summary>The request of the <c>AdminRespondToAuthChallenge</c> operation.</summary>
public sealed class AdminRespondToAuthChallengeRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>ChallengeName</c> member. Required.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>ChallengeResponses</c> member. Sensitive: never logged.</summary>
    public Dictionary<string, string>? ChallengeResponses { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>ContextData</c> member.</summary>
    public ContextDataType? ContextData { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>AdminRespondToAuthChallenge</c> operation.</summary>
public sealed class AdminRespondToAuthChallengeResponse
{
    /// <summary>The <c>ChallengeName</c> member.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>ChallengeParameters</c> member.</summary>
    public Dictionary<string, string>? ChallengeParameters { get; set; }

    /// <summary>The <c>AuthenticationResult</c> member.</summary>
    public AuthenticationResultType? AuthenticationResult { get; set; }
}

/// <summary>The request of the <c>AdminSetUserPassword</c> operation.</summary>
public sealed class AdminSetUserPasswordRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>Password</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? Password { get; set; }

    /// <summary>The <c>Permanent</c> member.</summary>
    public bool? Permanent { get; set; }
}

/// <summary>The response of the <c>AdminSetUserPassword</c> operation.</summary>
public sealed class AdminSetUserPasswordResponse
{
}

/// <summary>The request of the <c>AdminUpdateUserAttributes</c> operation.</summary>
public sealed class AdminUpdateUserAttributesRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>UserAttributes</c> member. Required.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>AdminUpdateUserAttributes</c> operation.</summary>
public sealed class AdminUpdateUserAttributesResponse
{
}

/// <summary>AWS's <c>AdvancedSecurityAdditionalFlowsType</c> shape.</summary>
public sealed class AdvancedSecurityAdditionalFlowsType
{
    /// <summary>The <c>CustomAuthMode</c> member.</summary>
    public string? CustomAuthMode { get; set; }
}

/// <summary>AWS's <c>AnalyticsConfigurationType</c> shape.</summary>
public sealed class AnalyticsConfigurationType
{
    /// <summary>The <c>ApplicationId</c> member.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The <c>ApplicationArn</c> member.</summary>
    public string? ApplicationArn { get; set; }

    /// <summary>The <c>RoleArn</c> member.</summary>
    public string? RoleArn { get; set; }

    /// <summary>The <c>ExternalId</c> member.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The <c>UserDataShared</c> member.</summary>
    public bool? UserDataShared { get; set; }
}

/// <summary>AWS's <c>AnalyticsMetadataType</c> shape.</summary>
public sealed class AnalyticsMetadataType
{
    /// <summary>The <c>AnalyticsEndpointId</c> member.</summary>
    public string? AnalyticsEndpointId { get; set; }
}

/// <summary>The request of the <c>AssociateSoftwareToken</c> operation.</summary>
public sealed class AssociateSoftwareTokenRequest
{
    /// <summary>The <c>AccessToken</c> member. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>The response of the <c>AssociateSoftwareToken</c> operation.</summary>
public sealed class AssociateSoftwareTokenResponse
{
    /// <summary>The <c>SecretCode</c> member. Sensitive: never logged.</summary>
    public string? SecretCode { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>AWS's <c>AttributeType</c> shape.</summary>
public sealed class AttributeType
{
    /// <summary>The <c>Name</c> member. Required.</summary>
    public string? Name { get; set; }

    /// <summary>The <c>Value</c> member. Sensitive: never logged.</summary>
    public string? Value { get; set; }
}

/// <summary>AWS's <c>AuthenticationResultType</c> shape.</summary>
public sealed class AuthenticationResultType
{
    /// <summary>The <c>AccessToken</c> member. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>ExpiresIn</c> member.</summary>
    public int? ExpiresIn { get; set; }

    /// <summary>The <c>TokenType</c> member.</summary>
    public string? TokenType { get; set; }

    /// <summary>The <c>RefreshToken</c> member. Sensitive: never logged.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The <c>IdToken</c> member. Sensitive: never logged.</summary>
    public string? IdToken { get; set; }

    /// <summary>The <c>NewDeviceMetadata</c> member.</summary>
    public NewDeviceMetadataType? NewDeviceMetadata { get; set; }
}

/// <summary>The request of the <c>ChangePassword</c> operation.</summary>
public sealed class ChangePasswordRequest
{
    /// <summary>The <c>PreviousPassword</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? PreviousPassword { get; set; }

    /// <summary>The <c>ProposedPassword</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? ProposedPassword { get; set; }

    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The response of the <c>ChangePassword</c> operation.</summary>
public sealed class ChangePasswordResponse
{
}

/// <summary>AWS's <c>CodeDeliveryDetailsType</c> shape.</summary>
public sealed class CodeDeliveryDetailsType
{
    /// <summary>The <c>Destination</c> member.</summary>
    public string? Destination { get; set; }

    /// <summary>The <c>DeliveryMedium</c> member.</summary>
    public string? DeliveryMedium { get; set; }

    /// <summary>The <c>AttributeName</c> member.</summary>
    public string? AttributeName { get; set; }
}

/// <summary>The request of the <c>ConfirmDevice</c> operation.</summary>
public sealed class ConfirmDeviceRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>DeviceKey</c> member. Required.</summary>
    public string? DeviceKey { get; set; }

    /// <summary>The <c>DeviceSecretVerifierConfig</c> member.</summary>
    public DeviceSecretVerifierConfigType? DeviceSecretVerifierConfig { get; set; }

    /// <summary>The <c>DeviceName</c> member.</summary>
    public string? DeviceName { get; set; }
}

/// <summary>The response of the <c>ConfirmDevice</c> operation.</summary>
public sealed class ConfirmDeviceResponse
{
    /// <summary>The <c>UserConfirmationNecessary</c> member.</summary>
    public bool? UserConfirmationNecessary { get; set; }
}

/// <summary>The request of the <c>ConfirmForgotPassword</c> operation.</summary>
public sealed class ConfirmForgotPasswordRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>SecretHash</c> member. Sensitive: never logged.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>ConfirmationCode</c> member. Required.</summary>
    public string? ConfirmationCode { get; set; }

    /// <summary>The <c>Password</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? Password { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>ConfirmForgotPassword</c> operation.</summary>
public sealed class ConfirmForgotPasswordResponse
{
}

/// <summary>The request of the <c>ConfirmSignUp</c> operation.</summary>
public sealed class ConfirmSignUpRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>SecretHash</c> member. Sensitive: never logged.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>ConfirmationCode</c> member. Required.</summary>
    public string? ConfirmationCode { get; set; }

    /// <summary>The <c>ForceAliasCreation</c> member.</summary>
    public bool? ForceAliasCreation { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>The response of the <c>ConfirmSignUp</c> operation.</summary>
public sealed class ConfirmSignUpResponse
{
    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>AWS's <c>ContextDataType</c> shape.</summary>
public sealed class ContextDataType
{
    /// <summary>The <c>IpAddress</c> member. Required.</summary>
    public string? IpAddress { get; set; }

    /// <summary>The <c>ServerName</c> member. Required.</summary>
    public string? ServerName { get; set; }

    /// <summary>The <c>ServerPath</c> member. Required.</summary>
    public string? ServerPath { get; set; }

    /// <summary>The <c>HttpHeaders</c> member. Required.</summary>
    public List<HttpHeader>? HttpHeaders { get; set; }

    /// <summary>The <c>EncodedData</c> member.</summary>
    public string? EncodedData { get; set; }
}

/// <summary>The request of the <c>CreateGroup</c> operation.</summary>
public sealed class CreateGroupRequest
{
    /// <summary>The <c>GroupName</c> member. Required.</summary>
    public string? GroupName { get; set; }

    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Description</c> member.</summary>
    public string? Description { get; set; }

    /// <summary>The <c>RoleArn</c> member.</summary>
    public string? RoleArn { get; set; }

    /// <summary>The <c>Precedence</c> member.</summary>
    public int? Precedence { get; set; }
}

/// <summary>The response of the <c>CreateGroup</c> operation.</summary>
public sealed class CreateGroupResponse
{
    /// <summary>The <c>Group</c> member.</summary>
    public GroupType? Group { get; set; }
}

/// <summary>The request of the <c>CreateUserPoolClient</c> operation.</summary>
public sealed class CreateUserPoolClientRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>ClientName</c> member. Required.</summary>
    public string? ClientName { get; set; }

    /// <summary>The <c>GenerateSecret</c> member.</summary>
    public bool? GenerateSecret { get; set; }

    /// <summary>The <c>ClientSecret</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientSecret]
    public string? ClientSecret { get; set; }

    /// <summary>The <c>RefreshTokenValidity</c> member.</summary>
    public int? RefreshTokenValidity { get; set; }

    /// <summary>The <c>AccessTokenValidity</c> member.</summary>
    public int? AccessTokenValidity { get; set; }

    /// <summary>The <c>IdTokenValidity</c> member.</summary>
    public int? IdTokenValidity { get; set; }

    /// <summary>The <c>TokenValidityUnits</c> member.</summary>
    public TokenValidityUnitsType? TokenValidityUnits { get; set; }

    /// <summary>The <c>ReadAttributes</c> member.</summary>
    public List<string>? ReadAttributes { get; set; }

    /// <summary>The <c>WriteAttributes</c> member.</summary>
    public List<string>? WriteAttributes { get; set; }

    /// <summary>The <c>ExplicitAuthFlows</c> member.</summary>
    public List<string>? ExplicitAuthFlows { get; set; }

    /// <summary>The <c>SupportedIdentityProviders</c> member.</summary>
    public List<string>? SupportedIdentityProviders { get; set; }

    /// <summary>The <c>CallbackURLs</c> member.</summary>
    public List<string>? CallbackURLs { get; set; }

    /// <summary>The <c>LogoutURLs</c> member.</summary>
    public List<string>? LogoutURLs { get; set; }

    /// <summary>The <c>DefaultRedirectURI</c> member.</summary>
    public string? DefaultRedirectURI { get; set; }

    /// <summary>The <c>AllowedOAuthFlows</c> member.</summary>
    public List<string>? AllowedOAuthFlows { get; set; }

    /// <summary>The <c>AllowedOAuthScopes</c> member.</summary>
    public List<string>? AllowedOAuthScopes { get; set; }

    /// <summary>The <c>AllowedOAuthFlowsUserPoolClient</c> member.</summary>
    public bool? AllowedOAuthFlowsUserPoolClient { get; set; }

    /// <summary>The <c>AnalyticsConfiguration</c> member.</summary>
    public AnalyticsConfigurationType? AnalyticsConfiguration { get; set; }

    /// <summary>The <c>PreventUserExistenceErrors</c> member.</summary>
    public string? PreventUserExistenceErrors { get; set; }

    /// <summary>The <c>EnableTokenRevocation</c> member.</summary>
    public bool? EnableTokenRevocation { get; set; }

    /// <summary>The <c>EnablePropagateAdditionalUserContextData</c> member.</summary>
    public bool? EnablePropagateAdditionalUserContextData { get; set; }

    /// <summary>The <c>AuthSessionValidity</c> member.</summary>
    public int? AuthSessionValidity { get; set; }

    /// <summary>The <c>RefreshTokenRotation</c> member.</summary>
    public RefreshTokenRotationType? RefreshTokenRotation { get; set; }
}

/// <summary>The response of the <c>CreateUserPoolClient</c> operation.</summary>
public sealed class CreateUserPoolClientResponse
{
    /// <summary>The <c>UserPoolClient</c> member.</summary>
    public UserPoolClientType? UserPoolClient { get; set; }
}

/// <summary>The request of the <c>CreateUserPool</c> operation.</summary>
public sealed class CreateUserPoolRequest
{
    /// <summary>The <c>PoolName</c> member. Required.</summary>
    public string? PoolName { get; set; }

    /// <summary>The <c>Policies</c> member.</summary>
    public UserPoolPolicyType? Policies { get; set; }

    /// <summary>The <c>DeletionProtection</c> member.</summary>
    public string? DeletionProtection { get; set; }

    /// <summary>The <c>LambdaConfig</c> member.</summary>
    public LambdaConfigType? LambdaConfig { get; set; }

    /// <summary>The <c>AutoVerifiedAttributes</c> member.</summary>
    public List<string>? AutoVerifiedAttributes { get; set; }

    /// <summary>The <c>AliasAttributes</c> member.</summary>
    public List<string>? AliasAttributes { get; set; }

    /// <summary>The <c>UsernameAttributes</c> member.</summary>
    public List<string>? UsernameAttributes { get; set; }

    /// <summary>The <c>SmsVerificationMessage</c> member.</summary>
    public string? SmsVerificationMessage { get; set; }

    /// <summary>The <c>EmailVerificationMessage</c> member.</summary>
    public string? EmailVerificationMessage { get; set; }

    /// <summary>The <c>EmailVerificationSubject</c> member.</summary>
    public string? EmailVerificationSubject { get; set; }

    /// <summary>The <c>VerificationMessageTemplate</c> member.</summary>
    public VerificationMessageTemplateType? VerificationMessageTemplate { get; set; }

    /// <summary>The <c>SmsAuthenticationMessage</c> member.</summary>
    public string? SmsAuthenticationMessage { get; set; }

    /// <summary>The <c>MfaConfiguration</c> member.</summary>
    public string? MfaConfiguration { get; set; }

    /// <summary>The <c>UserAttributeUpdateSettings</c> member.</summary>
    public UserAttributeUpdateSettingsType? UserAttributeUpdateSettings { get; set; }

    /// <summary>The <c>DeviceConfiguration</c> member.</summary>
    public DeviceConfigurationType? DeviceConfiguration { get; set; }

    /// <summary>The <c>EmailConfiguration</c> member.</summary>
    public EmailConfigurationType? EmailConfiguration { get; set; }

    /// <summary>The <c>SmsConfiguration</c> member.</summary>
    public SmsConfigurationType? SmsConfiguration { get; set; }

    /// <summary>The <c>UserPoolTags</c> member.</summary>
    public Dictionary<string, string>? UserPoolTags { get; set; }

    /// <summary>The <c>AdminCreateUserConfig</c> member.</summary>
    public AdminCreateUserConfigType? AdminCreateUserConfig { get; set; }

    /// <summary>The <c>Schema</c> member.</summary>
    public List<SchemaAttributeType>? Schema { get; set; }

    /// <summary>The <c>UserPoolAddOns</c> member.</summary>
    public UserPoolAddOnsType? UserPoolAddOns { get; set; }

    /// <summary>The <c>UsernameConfiguration</c> member.</summary>
    public UsernameConfigurationType? UsernameConfiguration { get; set; }

    /// <summary>The <c>AccountRecoverySetting</c> member.</summary>
    public AccountRecoverySettingType? AccountRecoverySetting { get; set; }

    /// <summary>The <c>UserPoolTier</c> member.</summary>
    public string? UserPoolTier { get; set; }

    /// <summary>The <c>KeyConfiguration</c> member.</summary>
    public KeyConfigurationType? KeyConfiguration { get; set; }

    /// <summary>The <c>IssuerConfiguration</c> member.</summary>
    public IssuerConfigurationType? IssuerConfiguration { get; set; }
}

/// <summary>The response of the <c>CreateUserPool</c> operation.</summary>
public sealed class CreateUserPoolResponse
{
    /// <summary>The <c>UserPool</c> member.</summary>
    public UserPoolType? UserPool { get; set; }
}

/// <summary>AWS's <c>CustomEmailLambdaVersionConfigType</c> shape.</summary>
public sealed class CustomEmailLambdaVersionConfigType
{
    /// <summary>The <c>LambdaVersion</c> member. Required.</summary>
    public string? LambdaVersion { get; set; }

    /// <summary>The <c>LambdaArn</c> member. Required.</summary>
    public string? LambdaArn { get; set; }
}

/// <summary>AWS's <c>CustomSMSLambdaVersionConfigType</c> shape.</summary>
public sealed class CustomSMSLambdaVersionConfigType
{
    /// <summary>The <c>LambdaVersion</c> member. Required.</summary>
    public string? LambdaVersion { get; set; }

    /// <summary>The <c>LambdaArn</c> member. Required.</summary>
    public string? LambdaArn { get; set; }
}

/// <summary>The request of the <c>DeleteUserAttributes</c> operation.</summary>
public sealed class DeleteUserAttributesRequest
{
    /// <summary>The <c>UserAttributeNames</c> member. Required.</summary>
    public List<string>? UserAttributeNames { get; set; }

    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The response of the <c>DeleteUserAttributes</c> operation.</summary>
public sealed class DeleteUserAttributesResponse
{
}

/// <summary>The request of the <c>DeleteUser</c> operation.</summary>
public sealed class DeleteUserRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The request of the <c>DescribeUserPoolClient</c> operation.</summary>
public sealed class DescribeUserPoolClientRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }
}

/// <summary>The response of the <c>DescribeUserPoolClient</c> operation.</summary>
public sealed class DescribeUserPoolClientResponse
{
    /// <summary>The <c>UserPoolClient</c> member.</summary>
    public UserPoolClientType? UserPoolClient { get; set; }
}

/// <summary>The request of the <c>DescribeUserPool</c> operation.</summary>
public sealed class DescribeUserPoolRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }
}

/// <summary>The response of the <c>DescribeUserPool</c> operation.</summary>
public sealed class DescribeUserPoolResponse
{
    /// <summary>The <c>UserPool</c> member.</summary>
    public UserPoolType? UserPool { get; set; }
}

/// <summary>AWS's <c>DeviceConfigurationType</c> shape.</summary>
public sealed class DeviceConfigurationType
{
    /// <summary>The <c>ChallengeRequiredOnNewDevice</c> member.</summary>
    public bool? ChallengeRequiredOnNewDevice { get; set; }

    /// <summary>The <c>DeviceOnlyRememberedOnUserPrompt</c> member.</summary>
    public bool? DeviceOnlyRememberedOnUserPrompt { get; set; }
}

/// <summary>AWS's <c>DeviceSecretVerifierConfigType</c> shape.</summary>
public sealed class DeviceSecretVerifierConfigType
{
    /// <summary>The <c>PasswordVerifier</c> member.</summary>
    public string? PasswordVerifier { get; set; }

    /// <summary>The <c>Salt</c> member.</summary>
    public string? Salt { get; set; }
}

/// <summary>AWS's <c>EmailConfigurationType</c> shape.</summary>
public sealed class EmailConfigurationType
{
    /// <summary>The <c>SourceArn</c> member.</summary>
    public string? SourceArn { get; set; }

    /// <summary>The <c>ReplyToEmailAddress</c> member.</summary>
    public string? ReplyToEmailAddress { get; set; }

    /// <summary>The <c>EmailSendingAccount</c> member.</summary>
    public string? EmailSendingAccount { get; set; }

    /// <summary>The <c>From</c> member.</summary>
    public string? From { get; set; }

    /// <summary>The <c>ConfigurationSet</c> member.</summary>
    public string? ConfigurationSet { get; set; }
}

/// <summary>AWS's <c>EmailMfaSettingsType</c> shape.</summary>
public sealed class EmailMfaSettingsType
{
    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The <c>PreferredMfa</c> member.</summary>
    public bool? PreferredMfa { get; set; }
}

/// <summary>AWS's <c>EumsSmsConfigurationType</c> shape.</summary>
public sealed class EumsSmsConfigurationType
{
    /// <summary>The <c>CallerArn</c> member. Required.</summary>
    public string? CallerArn { get; set; }

    /// <summary>The <c>ExternalId</c> member.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The <c>OriginationIdentity</c> member.</summary>
    public string? OriginationIdentity { get; set; }

    /// <summary>The <c>ConfigurationSetName</c> member.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>The <c>InEntityId</c> member.</summary>
    public string? InEntityId { get; set; }

    /// <summary>The <c>InTemplateId</c> member.</summary>
    public string? InTemplateId { get; set; }

    /// <summary>The <c>Region</c> member.</summary>
    public string? Region { get; set; }
}

/// <summary>The request of the <c>ForgetDevice</c> operation.</summary>
public sealed class ForgetDeviceRequest
{
    /// <summary>The <c>AccessToken</c> member. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>DeviceKey</c> member. Required.</summary>
    public string? DeviceKey { get; set; }
}

/// <summary>The request of the <c>ForgotPassword</c> operation.</summary>
public sealed class ForgotPasswordRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>SecretHash</c> member. Sensitive: never logged.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>ForgotPassword</c> operation.</summary>
public sealed class ForgotPasswordResponse
{
    /// <summary>The <c>CodeDeliveryDetails</c> member.</summary>
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; set; }
}

/// <summary>The request of the <c>GetTokensFromRefreshToken</c> operation.</summary>
public sealed class GetTokensFromRefreshTokenRequest
{
    /// <summary>The <c>RefreshToken</c> member. Required. Sensitive: never logged.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>ClientSecret</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientSecret]
    public string? ClientSecret { get; set; }

    /// <summary>The <c>DeviceKey</c> member.</summary>
    public string? DeviceKey { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>GetTokensFromRefreshToken</c> operation.</summary>
public sealed class GetTokensFromRefreshTokenResponse
{
    /// <summary>The <c>AuthenticationResult</c> member.</summary>
    public AuthenticationResultType? AuthenticationResult { get; set; }
}

/// <summary>The request of the <c>GetUserAttributeVerificationCode</c> operation.</summary>
public sealed class GetUserAttributeVerificationCodeRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>AttributeName</c> member. Required.</summary>
    public string? AttributeName { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>GetUserAttributeVerificationCode</c> operation.</summary>
public sealed class GetUserAttributeVerificationCodeResponse
{
    /// <summary>The <c>CodeDeliveryDetails</c> member.</summary>
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; set; }
}

/// <summary>The request of the <c>GetUser</c> operation.</summary>
public sealed class GetUserRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The response of the <c>GetUser</c> operation.</summary>
public sealed class GetUserResponse
{
    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>UserAttributes</c> member. Required.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>MFAOptions</c> member.</summary>
    public List<MFAOptionType>? MFAOptions { get; set; }

    /// <summary>The <c>PreferredMfaSetting</c> member.</summary>
    public string? PreferredMfaSetting { get; set; }

    /// <summary>The <c>UserMFASettingList</c> member.</summary>
    public List<string>? UserMFASettingList { get; set; }
}

/// <summary>The request of the <c>GlobalSignOut</c> operation.</summary>
public sealed class GlobalSignOutRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The response of the <c>GlobalSignOut</c> operation.</summary>
public sealed class GlobalSignOutResponse
{
}

/// <summary>AWS's <c>GroupType</c> shape.</summary>
public sealed class GroupType
{
    /// <summary>The <c>GroupName</c> member.</summary>
    public string? GroupName { get; set; }

    /// <summary>The <c>UserPoolId</c> member.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>Description</c> member.</summary>
    public string? Description { get; set; }

    /// <summary>The <c>RoleArn</c> member.</summary>
    public string? RoleArn { get; set; }

    /// <summary>The <c>Precedence</c> member.</summary>
    public int? Precedence { get; set; }

    /// <summary>The <c>LastModifiedDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? LastModifiedDate { get; set; }

    /// <summary>The <c>CreationDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? CreationDate { get; set; }
}

/// <summary>AWS's <c>HttpHeader</c> shape.</summary>
public sealed class HttpHeader
{
    /// <summary>The <c>headerName</c> member.</summary>
    [JsonPropertyName("headerName")]
    public string? HeaderName { get; set; }

    /// <summary>The <c>headerValue</c> member.</summary>
    [JsonPropertyName("headerValue")]
    public string? HeaderValue { get; set; }
}

/// <summary>AWS's <c>InboundFederationLambdaType</c> shape.</summary>
public sealed class InboundFederationLambdaType
{
    /// <summary>The <c>LambdaVersion</c> member. Required.</summary>
    public string? LambdaVersion { get; set; }

    /// <summary>The <c>LambdaArn</c> member. Required.</summary>
    public string? LambdaArn { get; set; }
}

/// <summary>The request of the <c>InitiateAuth</c> operation.</summary>
public sealed class InitiateAuthRequest
{
    /// <summary>The <c>AuthFlow</c> member. Required.</summary>
    public string? AuthFlow { get; set; }

    /// <summary>The <c>AuthParameters</c> member. Sensitive: never logged.</summary>
    public Dictionary<string, string>? AuthParameters { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>The response of the <c>InitiateAuth</c> operation.</summary>
public sealed class InitiateAuthResponse
{
    /// <summary>The <c>ChallengeName</c> member.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>ChallengeParameters</c> member.</summary>
    public Dictionary<string, string>? ChallengeParameters { get; set; }

    /// <summary>The <c>AuthenticationResult</c> member.</summary>
    public AuthenticationResultType? AuthenticationResult { get; set; }

    /// <summary>The <c>AvailableChallenges</c> member.</summary>
    public List<string>? AvailableChallenges { get; set; }
}

/// <summary>AWS's <c>IssuerConfigurationType</c> shape.</summary>
public sealed class IssuerConfigurationType
{
    /// <summary>The <c>Type</c> member.</summary>
    public string? Type { get; set; }
}

/// <summary>AWS's <c>KeyConfigurationType</c> shape.</summary>
public sealed class KeyConfigurationType
{
    /// <summary>The <c>KeyType</c> member.</summary>
    public string? KeyType { get; set; }

    /// <summary>The <c>KmsKeyArn</c> member.</summary>
    public string? KmsKeyArn { get; set; }
}

/// <summary>AWS's <c>LambdaConfigType</c> shape.</summary>
public sealed class LambdaConfigType
{
    /// <summary>The <c>PreSignUp</c> member.</summary>
    public string? PreSignUp { get; set; }

    /// <summary>The <c>CustomMessage</c> member.</summary>
    public string? CustomMessage { get; set; }

    /// <summary>The <c>PostConfirmation</c> member.</summary>
    public string? PostConfirmation { get; set; }

    /// <summary>The <c>PreAuthentication</c> member.</summary>
    public string? PreAuthentication { get; set; }

    /// <summary>The <c>PostAuthentication</c> member.</summary>
    public string? PostAuthentication { get; set; }

    /// <summary>The <c>DefineAuthChallenge</c> member.</summary>
    public string? DefineAuthChallenge { get; set; }

    /// <summary>The <c>CreateAuthChallenge</c> member.</summary>
    public string? CreateAuthChallenge { get; set; }

    /// <summary>The <c>VerifyAuthChallengeResponse</c> member.</summary>
    public string? VerifyAuthChallengeResponse { get; set; }

    /// <summary>The <c>PreTokenGeneration</c> member.</summary>
    public string? PreTokenGeneration { get; set; }

    /// <summary>The <c>UserMigration</c> member.</summary>
    public string? UserMigration { get; set; }

    /// <summary>The <c>PreTokenGenerationConfig</c> member.</summary>
    public PreTokenGenerationVersionConfigType? PreTokenGenerationConfig { get; set; }

    /// <summary>The <c>CustomSMSSender</c> member.</summary>
    public CustomSMSLambdaVersionConfigType? CustomSMSSender { get; set; }

    /// <summary>The <c>CustomEmailSender</c> member.</summary>
    public CustomEmailLambdaVersionConfigType? CustomEmailSender { get; set; }

    /// <summary>The <c>KMSKeyID</c> member.</summary>
    public string? KMSKeyID { get; set; }

    /// <summary>The <c>InboundFederation</c> member.</summary>
    public InboundFederationLambdaType? InboundFederation { get; set; }
}

/// <summary>The request of the <c>ListUsers</c> operation.</summary>
public sealed class ListUsersRequest
{
    /// <summary>The <c>UserPoolId</c> member. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>AttributesToGet</c> member.</summary>
    public List<string>? AttributesToGet { get; set; }

    /// <summary>The <c>Limit</c> member.</summary>
    public int? Limit { get; set; }

    /// <summary>The <c>PaginationToken</c> member.</summary>
    public string? PaginationToken { get; set; }

    /// <summary>The <c>Filter</c> member.</summary>
    public string? Filter { get; set; }
}

/// <summary>The response of the <c>ListUsers</c> operation.</summary>
public sealed class ListUsersResponse
{
    /// <summary>The <c>Users</c> member.</summary>
    public List<UserType>? Users { get; set; }

    /// <summary>The <c>PaginationToken</c> member.</summary>
    public string? PaginationToken { get; set; }
}

/// <summary>AWS's <c>MFAOptionType</c> shape.</summary>
public sealed class MFAOptionType
{
    /// <summary>The <c>DeliveryMedium</c> member.</summary>
    public string? DeliveryMedium { get; set; }

    /// <summary>The <c>AttributeName</c> member.</summary>
    public string? AttributeName { get; set; }
}

/// <summary>AWS's <c>MessageTemplateType</c> shape.</summary>
public sealed class MessageTemplateType
{
    /// <summary>The <c>SMSMessage</c> member.</summary>
    public string? SMSMessage { get; set; }

    /// <summary>The <c>EmailMessage</c> member.</summary>
    public string? EmailMessage { get; set; }

    /// <summary>The <c>EmailSubject</c> member.</summary>
    public string? EmailSubject { get; set; }
}

/// <summary>AWS's <c>NewDeviceMetadataType</c> shape.</summary>
public sealed class NewDeviceMetadataType
{
    /// <summary>The <c>DeviceKey</c> member.</summary>
    public string? DeviceKey { get; set; }

    /// <summary>The <c>DeviceGroupKey</c> member.</summary>
    public string? DeviceGroupKey { get; set; }
}

/// <summary>AWS's <c>NumberAttributeConstraintsType</c> shape.</summary>
public sealed class NumberAttributeConstraintsType
{
    /// <summary>The <c>MinValue</c> member.</summary>
    public string? MinValue { get; set; }

    /// <summary>The <c>MaxValue</c> member.</summary>
    public string? MaxValue { get; set; }
}

/// <summary>AWS's <c>PasswordPolicyType</c> shape.</summary>
public sealed class PasswordPolicyType
{
    /// <summary>The <c>MinimumLength</c> member.</summary>
    public int? MinimumLength { get; set; }

    /// <summary>The <c>RequireUppercase</c> member.</summary>
    public bool? RequireUppercase { get; set; }

    /// <summary>The <c>RequireLowercase</c> member.</summary>
    public bool? RequireLowercase { get; set; }

    /// <summary>The <c>RequireNumbers</c> member.</summary>
    public bool? RequireNumbers { get; set; }

    /// <summary>The <c>RequireSymbols</c> member.</summary>
    public bool? RequireSymbols { get; set; }

    /// <summary>The <c>PasswordHistorySize</c> member.</summary>
    public int? PasswordHistorySize { get; set; }

    /// <summary>The <c>TemporaryPasswordValidityDays</c> member.</summary>
    public int? TemporaryPasswordValidityDays { get; set; }
}

/// <summary>AWS's <c>PreTokenGenerationVersionConfigType</c> shape.</summary>
public sealed class PreTokenGenerationVersionConfigType
{
    /// <summary>The <c>LambdaVersion</c> member. Required.</summary>
    public string? LambdaVersion { get; set; }

    /// <summary>The <c>LambdaArn</c> member. Required.</summary>
    public string? LambdaArn { get; set; }
}

/// <summary>AWS's <c>RecoveryOptionType</c> shape.</summary>
public sealed class RecoveryOptionType
{
    /// <summary>The <c>Priority</c> member. Required.</summary>
    public int? Priority { get; set; }

    /// <summary>The <c>Name</c> member. Required.</summary>
    public string? Name { get; set; }
}

/// <summary>AWS's <c>RefreshTokenRotationType</c> shape.</summary>
public sealed class RefreshTokenRotationType
{
    /// <summary>The <c>Feature</c> member. Required.</summary>
    public string? Feature { get; set; }

    /// <summary>The <c>RetryGracePeriodSeconds</c> member.</summary>
    public int? RetryGracePeriodSeconds { get; set; }
}

/// <summary>The request of the <c>ResendConfirmationCode</c> operation.</summary>
public sealed class ResendConfirmationCodeRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>SecretHash</c> member. Sensitive: never logged.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>ResendConfirmationCode</c> operation.</summary>
public sealed class ResendConfirmationCodeResponse
{
    /// <summary>The <c>CodeDeliveryDetails</c> member.</summary>
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; set; }
}

/// <summary>The request of the <c>RespondToAuthChallenge</c> operation.</summary>
public sealed class RespondToAuthChallengeRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>ChallengeName</c> member. Required.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>ChallengeResponses</c> member. Sensitive: never logged.</summary>
    public Dictionary<string, string>? ChallengeResponses { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>RespondToAuthChallenge</c> operation.</summary>
public sealed class RespondToAuthChallengeResponse
{
    /// <summary>The <c>ChallengeName</c> member.</summary>
    public string? ChallengeName { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>ChallengeParameters</c> member.</summary>
    public Dictionary<string, string>? ChallengeParameters { get; set; }

    /// <summary>The <c>AuthenticationResult</c> member.</summary>
    public AuthenticationResultType? AuthenticationResult { get; set; }
}

/// <summary>The request of the <c>RevokeToken</c> operation.</summary>
public sealed class RevokeTokenRequest
{
    /// <summary>The <c>Token</c> member. Required. Sensitive: never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>ClientSecret</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientSecret]
    public string? ClientSecret { get; set; }
}

/// <summary>The response of the <c>RevokeToken</c> operation.</summary>
public sealed class RevokeTokenResponse
{
}

/// <summary>AWS's <c>SMSMfaSettingsType</c> shape.</summary>
public sealed class SMSMfaSettingsType
{
    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The <c>PreferredMfa</c> member.</summary>
    public bool? PreferredMfa { get; set; }
}

/// <summary>AWS's <c>SchemaAttributeType</c> shape.</summary>
public sealed class SchemaAttributeType
{
    /// <summary>The <c>Name</c> member.</summary>
    public string? Name { get; set; }

    /// <summary>The <c>AttributeDataType</c> member.</summary>
    public string? AttributeDataType { get; set; }

    /// <summary>The <c>DeveloperOnlyAttribute</c> member.</summary>
    public bool? DeveloperOnlyAttribute { get; set; }

    /// <summary>The <c>Mutable</c> member.</summary>
    public bool? Mutable { get; set; }

    /// <summary>The <c>Required</c> member.</summary>
    public bool? Required { get; set; }

    /// <summary>The <c>NumberAttributeConstraints</c> member.</summary>
    public NumberAttributeConstraintsType? NumberAttributeConstraints { get; set; }

    /// <summary>The <c>StringAttributeConstraints</c> member.</summary>
    public StringAttributeConstraintsType? StringAttributeConstraints { get; set; }
}

/// <summary>The request of the <c>SetUserMFAPreference</c> operation.</summary>
public sealed class SetUserMFAPreferenceRequest
{
    /// <summary>The <c>SMSMfaSettings</c> member.</summary>
    public SMSMfaSettingsType? SMSMfaSettings { get; set; }

    /// <summary>The <c>SoftwareTokenMfaSettings</c> member.</summary>
    public SoftwareTokenMfaSettingsType? SoftwareTokenMfaSettings { get; set; }

    /// <summary>The <c>EmailMfaSettings</c> member.</summary>
    public EmailMfaSettingsType? EmailMfaSettings { get; set; }

    /// <summary>The <c>WebAuthnMfaSettings</c> member.</summary>
    public WebAuthnMfaSettingsType? WebAuthnMfaSettings { get; set; }

    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }
}

/// <summary>The response of the <c>SetUserMFAPreference</c> operation.</summary>
public sealed class SetUserMFAPreferenceResponse
{
}

/// <summary>AWS's <c>SignInPolicyType</c> shape.</summary>
public sealed class SignInPolicyType
{
    /// <summary>The <c>AllowedFirstAuthFactors</c> member.</summary>
    public List<string>? AllowedFirstAuthFactors { get; set; }
}

/// <summary>The request of the <c>SignUp</c> operation.</summary>
public sealed class SignUpRequest
{
    /// <summary>The <c>ClientId</c> member. Required. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>SecretHash</c> member. Sensitive: never logged.</summary>
    public string? SecretHash { get; set; }

    /// <summary>The <c>Username</c> member. Required. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>Password</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoPassword]
    public string? Password { get; set; }

    /// <summary>The <c>UserAttributes</c> member.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>ValidationData</c> member.</summary>
    public List<AttributeType>? ValidationData { get; set; }

    /// <summary>The <c>AnalyticsMetadata</c> member.</summary>
    public AnalyticsMetadataType? AnalyticsMetadata { get; set; }

    /// <summary>The <c>UserContextData</c> member. Sensitive: never logged.</summary>
    public UserContextDataType? UserContextData { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>SignUp</c> operation.</summary>
public sealed class SignUpResponse
{
    /// <summary>The <c>UserConfirmed</c> member. Required.</summary>
    public bool? UserConfirmed { get; set; }

    /// <summary>The <c>CodeDeliveryDetails</c> member.</summary>
    public CodeDeliveryDetailsType? CodeDeliveryDetails { get; set; }

    /// <summary>The <c>UserSub</c> member. Required.</summary>
    public string? UserSub { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>AWS's <c>SmsConfigurationType</c> shape.</summary>
public sealed class SmsConfigurationType
{
    /// <summary>The <c>SnsCallerArn</c> member.</summary>
    public string? SnsCallerArn { get; set; }

    /// <summary>The <c>ExternalId</c> member.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The <c>SnsRegion</c> member.</summary>
    public string? SnsRegion { get; set; }

    /// <summary>The <c>EumsSms</c> member.</summary>
    public EumsSmsConfigurationType? EumsSms { get; set; }
}

/// <summary>AWS's <c>SoftwareTokenMfaSettingsType</c> shape.</summary>
public sealed class SoftwareTokenMfaSettingsType
{
    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The <c>PreferredMfa</c> member.</summary>
    public bool? PreferredMfa { get; set; }
}

/// <summary>AWS's <c>StringAttributeConstraintsType</c> shape.</summary>
public sealed class StringAttributeConstraintsType
{
    /// <summary>The <c>MinLength</c> member.</summary>
    public string? MinLength { get; set; }

    /// <summary>The <c>MaxLength</c> member.</summary>
    public string? MaxLength { get; set; }
}

/// <summary>AWS's <c>TokenValidityUnitsType</c> shape.</summary>
public sealed class TokenValidityUnitsType
{
    /// <summary>The <c>AccessToken</c> member.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>IdToken</c> member.</summary>
    public string? IdToken { get; set; }

    /// <summary>The <c>RefreshToken</c> member.</summary>
    public string? RefreshToken { get; set; }
}

/// <summary>The request of the <c>UpdateUserAttributes</c> operation.</summary>
public sealed class UpdateUserAttributesRequest
{
    /// <summary>The <c>UserAttributes</c> member. Required.</summary>
    public List<AttributeType>? UserAttributes { get; set; }

    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>ClientMetadata</c> member.</summary>
    public Dictionary<string, string>? ClientMetadata { get; set; }
}

/// <summary>The response of the <c>UpdateUserAttributes</c> operation.</summary>
public sealed class UpdateUserAttributesResponse
{
    /// <summary>The <c>CodeDeliveryDetailsList</c> member.</summary>
    public List<CodeDeliveryDetailsType>? CodeDeliveryDetailsList { get; set; }
}

/// <summary>AWS's <c>UserAttributeUpdateSettingsType</c> shape.</summary>
public sealed class UserAttributeUpdateSettingsType
{
    /// <summary>The <c>AttributesRequireVerificationBeforeUpdate</c> member.</summary>
    public List<string>? AttributesRequireVerificationBeforeUpdate { get; set; }
}

/// <summary>AWS's <c>UserContextDataType</c> shape.</summary>
public sealed class UserContextDataType
{
    /// <summary>The <c>IpAddress</c> member.</summary>
    public string? IpAddress { get; set; }

    /// <summary>The <c>EncodedData</c> member.</summary>
    public string? EncodedData { get; set; }
}

/// <summary>AWS's <c>UserPoolAddOnsType</c> shape.</summary>
public sealed class UserPoolAddOnsType
{
    /// <summary>The <c>AdvancedSecurityMode</c> member. Required.</summary>
    public string? AdvancedSecurityMode { get; set; }

    /// <summary>The <c>AdvancedSecurityAdditionalFlows</c> member.</summary>
    public AdvancedSecurityAdditionalFlowsType? AdvancedSecurityAdditionalFlows { get; set; }
}

/// <summary>AWS's <c>UserPoolClientType</c> shape.</summary>
public sealed class UserPoolClientType
{
    /// <summary>The <c>UserPoolId</c> member.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The <c>ClientName</c> member.</summary>
    public string? ClientName { get; set; }

    /// <summary>The <c>ClientId</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientId]
    public string? ClientId { get; set; }

    /// <summary>The <c>ClientSecret</c> member. Sensitive: never logged.</summary>
    [global::CognitoTyped.CognitoClientSecret]
    public string? ClientSecret { get; set; }

    /// <summary>The <c>LastModifiedDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? LastModifiedDate { get; set; }

    /// <summary>The <c>CreationDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>The <c>RefreshTokenValidity</c> member.</summary>
    public int? RefreshTokenValidity { get; set; }

    /// <summary>The <c>AccessTokenValidity</c> member.</summary>
    public int? AccessTokenValidity { get; set; }

    /// <summary>The <c>IdTokenValidity</c> member.</summary>
    public int? IdTokenValidity { get; set; }

    /// <summary>The <c>TokenValidityUnits</c> member.</summary>
    public TokenValidityUnitsType? TokenValidityUnits { get; set; }

    /// <summary>The <c>ReadAttributes</c> member.</summary>
    public List<string>? ReadAttributes { get; set; }

    /// <summary>The <c>WriteAttributes</c> member.</summary>
    public List<string>? WriteAttributes { get; set; }

    /// <summary>The <c>ExplicitAuthFlows</c> member.</summary>
    public List<string>? ExplicitAuthFlows { get; set; }

    /// <summary>The <c>SupportedIdentityProviders</c> member.</summary>
    public List<string>? SupportedIdentityProviders { get; set; }

    /// <summary>The <c>CallbackURLs</c> member.</summary>
    public List<string>? CallbackURLs { get; set; }

    /// <summary>The <c>LogoutURLs</c> member.</summary>
    public List<string>? LogoutURLs { get; set; }

    /// <summary>The <c>DefaultRedirectURI</c> member.</summary>
    public string? DefaultRedirectURI { get; set; }

    /// <summary>The <c>AllowedOAuthFlows</c> member.</summary>
    public List<string>? AllowedOAuthFlows { get; set; }

    /// <summary>The <c>AllowedOAuthScopes</c> member.</summary>
    public List<string>? AllowedOAuthScopes { get; set; }

    /// <summary>The <c>AllowedOAuthFlowsUserPoolClient</c> member.</summary>
    public bool? AllowedOAuthFlowsUserPoolClient { get; set; }

    /// <summary>The <c>AnalyticsConfiguration</c> member.</summary>
    public AnalyticsConfigurationType? AnalyticsConfiguration { get; set; }

    /// <summary>The <c>PreventUserExistenceErrors</c> member.</summary>
    public string? PreventUserExistenceErrors { get; set; }

    /// <summary>The <c>EnableTokenRevocation</c> member.</summary>
    public bool? EnableTokenRevocation { get; set; }

    /// <summary>The <c>EnablePropagateAdditionalUserContextData</c> member.</summary>
    public bool? EnablePropagateAdditionalUserContextData { get; set; }

    /// <summary>The <c>AuthSessionValidity</c> member.</summary>
    public int? AuthSessionValidity { get; set; }

    /// <summary>The <c>RefreshTokenRotation</c> member.</summary>
    public RefreshTokenRotationType? RefreshTokenRotation { get; set; }
}

/// <summary>AWS's <c>UserPoolPolicyType</c> shape.</summary>
public sealed class UserPoolPolicyType
{
    /// <summary>The <c>PasswordPolicy</c> member.</summary>
    public PasswordPolicyType? PasswordPolicy { get; set; }

    /// <summary>The <c>SignInPolicy</c> member.</summary>
    public SignInPolicyType? SignInPolicy { get; set; }
}

/// <summary>AWS's <c>UserPoolType</c> shape.</summary>
public sealed class UserPoolType
{
    /// <summary>The <c>Id</c> member.</summary>
    public string? Id { get; set; }

    /// <summary>The <c>Name</c> member.</summary>
    public string? Name { get; set; }

    /// <summary>The <c>Policies</c> member.</summary>
    public UserPoolPolicyType? Policies { get; set; }

    /// <summary>The <c>DeletionProtection</c> member.</summary>
    public string? DeletionProtection { get; set; }

    /// <summary>The <c>LambdaConfig</c> member.</summary>
    public LambdaConfigType? LambdaConfig { get; set; }

    /// <summary>The <c>Status</c> member.</summary>
    public string? Status { get; set; }

    /// <summary>The <c>LastModifiedDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? LastModifiedDate { get; set; }

    /// <summary>The <c>CreationDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>The <c>SchemaAttributes</c> member.</summary>
    public List<SchemaAttributeType>? SchemaAttributes { get; set; }

    /// <summary>The <c>AutoVerifiedAttributes</c> member.</summary>
    public List<string>? AutoVerifiedAttributes { get; set; }

    /// <summary>The <c>AliasAttributes</c> member.</summary>
    public List<string>? AliasAttributes { get; set; }

    /// <summary>The <c>UsernameAttributes</c> member.</summary>
    public List<string>? UsernameAttributes { get; set; }

    /// <summary>The <c>SmsVerificationMessage</c> member.</summary>
    public string? SmsVerificationMessage { get; set; }

    /// <summary>The <c>EmailVerificationMessage</c> member.</summary>
    public string? EmailVerificationMessage { get; set; }

    /// <summary>The <c>EmailVerificationSubject</c> member.</summary>
    public string? EmailVerificationSubject { get; set; }

    /// <summary>The <c>VerificationMessageTemplate</c> member.</summary>
    public VerificationMessageTemplateType? VerificationMessageTemplate { get; set; }

    /// <summary>The <c>SmsAuthenticationMessage</c> member.</summary>
    public string? SmsAuthenticationMessage { get; set; }

    /// <summary>The <c>UserAttributeUpdateSettings</c> member.</summary>
    public UserAttributeUpdateSettingsType? UserAttributeUpdateSettings { get; set; }

    /// <summary>The <c>MfaConfiguration</c> member.</summary>
    public string? MfaConfiguration { get; set; }

    /// <summary>The <c>DeviceConfiguration</c> member.</summary>
    public DeviceConfigurationType? DeviceConfiguration { get; set; }

    /// <summary>The <c>EstimatedNumberOfUsers</c> member.</summary>
    public int? EstimatedNumberOfUsers { get; set; }

    /// <summary>The <c>EmailConfiguration</c> member.</summary>
    public EmailConfigurationType? EmailConfiguration { get; set; }

    /// <summary>The <c>SmsConfiguration</c> member.</summary>
    public SmsConfigurationType? SmsConfiguration { get; set; }

    /// <summary>The <c>UserPoolTags</c> member.</summary>
    public Dictionary<string, string>? UserPoolTags { get; set; }

    /// <summary>The <c>SmsConfigurationFailure</c> member.</summary>
    public string? SmsConfigurationFailure { get; set; }

    /// <summary>The <c>EmailConfigurationFailure</c> member.</summary>
    public string? EmailConfigurationFailure { get; set; }

    /// <summary>The <c>Domain</c> member.</summary>
    public string? Domain { get; set; }

    /// <summary>The <c>CustomDomain</c> member.</summary>
    public string? CustomDomain { get; set; }

    /// <summary>The <c>AdminCreateUserConfig</c> member.</summary>
    public AdminCreateUserConfigType? AdminCreateUserConfig { get; set; }

    /// <summary>The <c>UserPoolAddOns</c> member.</summary>
    public UserPoolAddOnsType? UserPoolAddOns { get; set; }

    /// <summary>The <c>UsernameConfiguration</c> member.</summary>
    public UsernameConfigurationType? UsernameConfiguration { get; set; }

    /// <summary>The <c>Arn</c> member.</summary>
    public string? Arn { get; set; }

    /// <summary>The <c>AccountRecoverySetting</c> member.</summary>
    public AccountRecoverySettingType? AccountRecoverySetting { get; set; }

    /// <summary>The <c>UserPoolTier</c> member.</summary>
    public string? UserPoolTier { get; set; }

    /// <summary>The <c>KeyConfiguration</c> member.</summary>
    public KeyConfigurationType? KeyConfiguration { get; set; }

    /// <summary>The <c>IssuerConfiguration</c> member.</summary>
    public IssuerConfigurationType? IssuerConfiguration { get; set; }
}

/// <summary>AWS's <c>UserType</c> shape.</summary>
public sealed class UserType
{
    /// <summary>The <c>Username</c> member. Sensitive: never logged.</summary>
    public string? Username { get; set; }

    /// <summary>The <c>Attributes</c> member.</summary>
    public List<AttributeType>? Attributes { get; set; }

    /// <summary>The <c>UserCreateDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? UserCreateDate { get; set; }

    /// <summary>The <c>UserLastModifiedDate</c> member.</summary>
    [JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]
    public DateTimeOffset? UserLastModifiedDate { get; set; }

    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The <c>UserStatus</c> member.</summary>
    public string? UserStatus { get; set; }

    /// <summary>The <c>MFAOptions</c> member.</summary>
    public List<MFAOptionType>? MFAOptions { get; set; }
}

/// <summary>AWS's <c>UsernameConfigurationType</c> shape.</summary>
public sealed class UsernameConfigurationType
{
    /// <summary>The <c>CaseSensitive</c> member. Required.</summary>
    public bool? CaseSensitive { get; set; }
}

/// <summary>AWS's <c>VerificationMessageTemplateType</c> shape.</summary>
public sealed class VerificationMessageTemplateType
{
    /// <summary>The <c>SmsMessage</c> member.</summary>
    public string? SmsMessage { get; set; }

    /// <summary>The <c>EmailMessage</c> member.</summary>
    public string? EmailMessage { get; set; }

    /// <summary>The <c>EmailSubject</c> member.</summary>
    public string? EmailSubject { get; set; }

    /// <summary>The <c>EmailMessageByLink</c> member.</summary>
    public string? EmailMessageByLink { get; set; }

    /// <summary>The <c>EmailSubjectByLink</c> member.</summary>
    public string? EmailSubjectByLink { get; set; }

    /// <summary>The <c>DefaultEmailOption</c> member.</summary>
    public string? DefaultEmailOption { get; set; }
}

/// <summary>The request of the <c>VerifySoftwareToken</c> operation.</summary>
public sealed class VerifySoftwareTokenRequest
{
    /// <summary>The <c>AccessToken</c> member. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }

    /// <summary>The <c>UserCode</c> member. Required. Sensitive: never logged.</summary>
    public string? UserCode { get; set; }

    /// <summary>The <c>FriendlyDeviceName</c> member.</summary>
    public string? FriendlyDeviceName { get; set; }
}

/// <summary>The response of the <c>VerifySoftwareToken</c> operation.</summary>
public sealed class VerifySoftwareTokenResponse
{
    /// <summary>The <c>Status</c> member.</summary>
    public string? Status { get; set; }

    /// <summary>The <c>Session</c> member. Sensitive: never logged.</summary>
    public string? Session { get; set; }
}

/// <summary>The request of the <c>VerifyUserAttribute</c> operation.</summary>
public sealed class VerifyUserAttributeRequest
{
    /// <summary>The <c>AccessToken</c> member. Required. Sensitive: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The <c>AttributeName</c> member. Required.</summary>
    public string? AttributeName { get; set; }

    /// <summary>The <c>Code</c> member. Required.</summary>
    public string? Code { get; set; }
}

/// <summary>The response of the <c>VerifyUserAttribute</c> operation.</summary>
public sealed class VerifyUserAttributeResponse
{
}

/// <summary>AWS's <c>WebAuthnMfaSettingsType</c> shape.</summary>
public sealed class WebAuthnMfaSettingsType
{
    /// <summary>The <c>Enabled</c> member.</summary>
    public bool? Enabled { get; set; }
}

/// <summary>Source-generated JSON metadata for the wire types (no reflection).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdminAddUserToGroupRequest))]
[JsonSerializable(typeof(AdminConfirmSignUpRequest))]
[JsonSerializable(typeof(AdminConfirmSignUpResponse))]
[JsonSerializable(typeof(AdminCreateUserRequest))]
[JsonSerializable(typeof(AdminCreateUserResponse))]
[JsonSerializable(typeof(AdminDeleteUserRequest))]
[JsonSerializable(typeof(AdminGetUserRequest))]
[JsonSerializable(typeof(AdminGetUserResponse))]
[JsonSerializable(typeof(AdminInitiateAuthRequest))]
[JsonSerializable(typeof(AdminInitiateAuthResponse))]
[JsonSerializable(typeof(AdminRespondToAuthChallengeRequest))]
[JsonSerializable(typeof(AdminRespondToAuthChallengeResponse))]
[JsonSerializable(typeof(AdminSetUserPasswordRequest))]
[JsonSerializable(typeof(AdminSetUserPasswordResponse))]
[JsonSerializable(typeof(AdminUpdateUserAttributesRequest))]
[JsonSerializable(typeof(AdminUpdateUserAttributesResponse))]
[JsonSerializable(typeof(AssociateSoftwareTokenRequest))]
[JsonSerializable(typeof(AssociateSoftwareTokenResponse))]
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(ChangePasswordResponse))]
[JsonSerializable(typeof(ConfirmDeviceRequest))]
[JsonSerializable(typeof(ConfirmDeviceResponse))]
[JsonSerializable(typeof(ConfirmForgotPasswordRequest))]
[JsonSerializable(typeof(ConfirmForgotPasswordResponse))]
[JsonSerializable(typeof(ConfirmSignUpRequest))]
[JsonSerializable(typeof(ConfirmSignUpResponse))]
[JsonSerializable(typeof(CreateGroupRequest))]
[JsonSerializable(typeof(CreateGroupResponse))]
[JsonSerializable(typeof(CreateUserPoolClientRequest))]
[JsonSerializable(typeof(CreateUserPoolClientResponse))]
[JsonSerializable(typeof(CreateUserPoolRequest))]
[JsonSerializable(typeof(CreateUserPoolResponse))]
[JsonSerializable(typeof(DeleteUserAttributesRequest))]
[JsonSerializable(typeof(DeleteUserAttributesResponse))]
[JsonSerializable(typeof(DeleteUserRequest))]
[JsonSerializable(typeof(DescribeUserPoolClientRequest))]
[JsonSerializable(typeof(DescribeUserPoolClientResponse))]
[JsonSerializable(typeof(DescribeUserPoolRequest))]
[JsonSerializable(typeof(DescribeUserPoolResponse))]
[JsonSerializable(typeof(ForgetDeviceRequest))]
[JsonSerializable(typeof(ForgotPasswordRequest))]
[JsonSerializable(typeof(ForgotPasswordResponse))]
[JsonSerializable(typeof(GetTokensFromRefreshTokenRequest))]
[JsonSerializable(typeof(GetTokensFromRefreshTokenResponse))]
[JsonSerializable(typeof(GetUserAttributeVerificationCodeRequest))]
[JsonSerializable(typeof(GetUserAttributeVerificationCodeResponse))]
[JsonSerializable(typeof(GetUserRequest))]
[JsonSerializable(typeof(GetUserResponse))]
[JsonSerializable(typeof(GlobalSignOutRequest))]
[JsonSerializable(typeof(GlobalSignOutResponse))]
[JsonSerializable(typeof(InitiateAuthRequest))]
[JsonSerializable(typeof(InitiateAuthResponse))]
[JsonSerializable(typeof(ListUsersRequest))]
[JsonSerializable(typeof(ListUsersResponse))]
[JsonSerializable(typeof(ResendConfirmationCodeRequest))]
[JsonSerializable(typeof(ResendConfirmationCodeResponse))]
[JsonSerializable(typeof(RespondToAuthChallengeRequest))]
[JsonSerializable(typeof(RespondToAuthChallengeResponse))]
[JsonSerializable(typeof(RevokeTokenRequest))]
[JsonSerializable(typeof(RevokeTokenResponse))]
[JsonSerializable(typeof(SetUserMFAPreferenceRequest))]
[JsonSerializable(typeof(SetUserMFAPreferenceResponse))]
[JsonSerializable(typeof(SignUpRequest))]
[JsonSerializable(typeof(SignUpResponse))]
[JsonSerializable(typeof(UpdateUserAttributesRequest))]
[JsonSerializable(typeof(UpdateUserAttributesResponse))]
[JsonSerializable(typeof(VerifySoftwareTokenRequest))]
[JsonSerializable(typeof(VerifySoftwareTokenResponse))]
[JsonSerializable(typeof(VerifyUserAttributeRequest))]
[JsonSerializable(typeof(VerifyUserAttributeResponse))]
internal sealed partial class IdentityProviderJsonContext : JsonSerializerContext
{
}
