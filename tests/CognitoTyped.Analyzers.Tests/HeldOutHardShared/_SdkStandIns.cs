// Stand-ins for the external APIs used by the harder held-out corpora, HeldOutHard and HeldOutHard2 (copied from HeldOut, with logging, tokens and JwtBearer added). Names, namespaces and
// parameter names follow the real packages; bodies are deliberately empty.
#pragma warning disable CS8618, CS0067, CA1822, CA1050
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Amazon
{
    public sealed class RegionEndpoint
    {
        public static readonly RegionEndpoint USEast1 = null!;
        public static readonly RegionEndpoint USWest2 = null!;
        public static readonly RegionEndpoint EUWest1 = null!;
        public static readonly RegionEndpoint EUCentral1 = null!;
        public static readonly RegionEndpoint APSoutheast2 = null!;
        public static readonly RegionEndpoint APNortheast1 = null!;
        public string SystemName => throw null!;
        public string DisplayName => throw null!;
        public static RegionEndpoint GetBySystemName(string systemName) => throw null!;
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public sealed class AnonymousAWSCredentials : AWSCredentials { }
    public sealed class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
    public class ConstantClass
    {
        protected ConstantClass(string value) { }
        public string Value => throw null!;
    }
    public class AmazonServiceException : Exception
    {
        public System.Net.HttpStatusCode StatusCode => throw null!;
        public string ErrorCode => throw null!;
    }
    public class AmazonWebServiceResponse
    {
        public System.Net.HttpStatusCode HttpStatusCode { get; set; }
    }
    public abstract class AmazonWebServiceRequest { }
}

namespace Amazon.CognitoIdentityProvider
{
    using Amazon.CognitoIdentityProvider.Model;
    using Amazon.Runtime;

    public sealed class AuthFlowType : ConstantClass
    {
        public AuthFlowType(string value) : base(value) { }
        public static readonly AuthFlowType USER_SRP_AUTH = null!;
        public static readonly AuthFlowType REFRESH_TOKEN_AUTH = null!;
        public static readonly AuthFlowType REFRESH_TOKEN = null!;
        public static readonly AuthFlowType CUSTOM_AUTH = null!;
        public static readonly AuthFlowType ADMIN_NO_SRP_AUTH = null!;
        public static readonly AuthFlowType USER_PASSWORD_AUTH = null!;
        public static readonly AuthFlowType ADMIN_USER_PASSWORD_AUTH = null!;
        public static implicit operator AuthFlowType(string value) => throw null!;
    }

    public sealed class ChallengeNameType : ConstantClass
    {
        public ChallengeNameType(string value) : base(value) { }
        public static readonly ChallengeNameType SMS_MFA = null!;
        public static readonly ChallengeNameType SOFTWARE_TOKEN_MFA = null!;
        public static readonly ChallengeNameType SELECT_MFA_TYPE = null!;
        public static readonly ChallengeNameType MFA_SETUP = null!;
        public static readonly ChallengeNameType PASSWORD_VERIFIER = null!;
        public static readonly ChallengeNameType CUSTOM_CHALLENGE = null!;
        public static readonly ChallengeNameType DEVICE_SRP_AUTH = null!;
        public static readonly ChallengeNameType NEW_PASSWORD_REQUIRED = null!;
        public static implicit operator ChallengeNameType(string value) => throw null!;
    }

    public sealed class MessageActionType : ConstantClass
    {
        public MessageActionType(string value) : base(value) { }
        public static readonly MessageActionType RESEND = null!;
        public static readonly MessageActionType SUPPRESS = null!;
        public static implicit operator MessageActionType(string value) => throw null!;
    }

    public sealed class DeliveryMediumType : ConstantClass
    {
        public DeliveryMediumType(string value) : base(value) { }
        public static readonly DeliveryMediumType EMAIL = null!;
        public static readonly DeliveryMediumType SMS = null!;
        public static implicit operator string(DeliveryMediumType value) => throw null!;
    }

    public sealed class ExplicitAuthFlowsType : ConstantClass
    {
        public ExplicitAuthFlowsType(string value) : base(value) { }
        public static readonly ExplicitAuthFlowsType ALLOW_ADMIN_USER_PASSWORD_AUTH = null!;
        public static readonly ExplicitAuthFlowsType ALLOW_CUSTOM_AUTH = null!;
        public static readonly ExplicitAuthFlowsType ALLOW_USER_PASSWORD_AUTH = null!;
        public static readonly ExplicitAuthFlowsType ALLOW_USER_SRP_AUTH = null!;
        public static readonly ExplicitAuthFlowsType ALLOW_REFRESH_TOKEN_AUTH = null!;
        public static implicit operator string(ExplicitAuthFlowsType value) => throw null!;
    }

    public sealed class VerifySoftwareTokenResponseType : ConstantClass
    {
        public VerifySoftwareTokenResponseType(string value) : base(value) { }
        public static readonly VerifySoftwareTokenResponseType SUCCESS = null!;
        public static readonly VerifySoftwareTokenResponseType ERROR = null!;
    }

    public interface IAmazonCognitoIdentityProvider : IDisposable
    {
        Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken = default);
        Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken = default);
        Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default);
        Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken = default);
        Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken = default);
        Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default);
        Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken = default);
        Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default);
        Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken = default);
        Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken = default);
        Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken = default);
        Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken = default);
        Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken = default);
        Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken = default);
        Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken = default);
        Task<CreateUserPoolClientResponse> CreateUserPoolClientAsync(CreateUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<UpdateUserPoolClientResponse> UpdateUserPoolClientAsync(UpdateUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<DeleteUserPoolClientResponse> DeleteUserPoolClientAsync(DeleteUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request, CancellationToken cancellationToken = default);
        Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken = default);
        Task<SetUserMFAPreferenceResponse> SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request, CancellationToken cancellationToken = default);
        Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken = default);
        Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(GetTokensFromRefreshTokenRequest request, CancellationToken cancellationToken = default);
        Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonCognitoIdentityProviderClient : IAmazonCognitoIdentityProvider
    {
        public AmazonCognitoIdentityProviderClient() { }
        public AmazonCognitoIdentityProviderClient(RegionEndpoint region) { }
        public AmazonCognitoIdentityProviderClient(AWSCredentials credentials, RegionEndpoint region) { }
        public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region) { }
        public void Dispose() { }
        public Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<CreateUserPoolClientResponse> CreateUserPoolClientAsync(CreateUserPoolClientRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<UpdateUserPoolClientResponse> UpdateUserPoolClientAsync(UpdateUserPoolClientRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<DeleteUserPoolClientResponse> DeleteUserPoolClientAsync(DeleteUserPoolClientRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<SetUserMFAPreferenceResponse> SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(GetTokensFromRefreshTokenRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Amazon.CognitoIdentityProvider.Model
{
    using Amazon.Runtime;

    public class AmazonCognitoIdentityProviderException : AmazonServiceException { }
    public class NotAuthorizedException : AmazonCognitoIdentityProviderException { }
    public class UserNotFoundException : AmazonCognitoIdentityProviderException { }
    public class UsernameExistsException : AmazonCognitoIdentityProviderException { }
    public class CodeMismatchException : AmazonCognitoIdentityProviderException { }
    public class ExpiredCodeException : AmazonCognitoIdentityProviderException { }
    public class InvalidPasswordException : AmazonCognitoIdentityProviderException { }
    public class PasswordResetRequiredException : AmazonCognitoIdentityProviderException { }
    public class TooManyRequestsException : AmazonCognitoIdentityProviderException { }

    public class AttributeType
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    public class AuthenticationResultType
    {
        public string AccessToken { get; set; }
        public int? ExpiresIn { get; set; }
        public string IdToken { get; set; }
        public string RefreshToken { get; set; }
        public string TokenType { get; set; }
    }

    public class UserType
    {
        public string Username { get; set; }
        public List<AttributeType> Attributes { get; set; } = new();
        public bool? Enabled { get; set; }
        public string UserStatus { get; set; }
        public DateTime? UserLastModifiedDate { get; set; }
    }

    public class UserPoolClientType
    {
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public string ClientSecret { get; set; }
        public string UserPoolId { get; set; }
        public List<string> ExplicitAuthFlows { get; set; } = new();
    }

    public class SoftwareTokenMfaSettingsType
    {
        public bool? Enabled { get; set; }
        public bool? PreferredMfa { get; set; }
    }

    public class CodeDeliveryDetailsType
    {
        public string AttributeName { get; set; }
        public string DeliveryMedium { get; set; }
        public string Destination { get; set; }
    }

    public class InitiateAuthRequest : AmazonWebServiceRequest
    {
        public AuthFlowType AuthFlow { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string Session { get; set; }
    }
    public class InitiateAuthResponse : AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class AdminInitiateAuthRequest : AmazonWebServiceRequest
    {
        public AuthFlowType AuthFlow { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string UserPoolId { get; set; }
    }
    public class AdminInitiateAuthResponse : AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class RespondToAuthChallengeRequest : AmazonWebServiceRequest
    {
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeResponses { get; set; } = new();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string Session { get; set; }
    }
    public class RespondToAuthChallengeResponse : AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class AdminRespondToAuthChallengeRequest : AmazonWebServiceRequest
    {
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeResponses { get; set; } = new();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string Session { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminRespondToAuthChallengeResponse : AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new();
        public string Session { get; set; }
    }

    public class SignUpRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string Password { get; set; }
        public string SecretHash { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
        public string Username { get; set; }
        public List<AttributeType> ValidationData { get; set; } = new();
    }
    public class SignUpResponse : AmazonWebServiceResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
        public bool? UserConfirmed { get; set; }
        public string UserSub { get; set; }
    }

    public class ConfirmSignUpRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string ConfirmationCode { get; set; }
        public bool? ForceAliasCreation { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ConfirmSignUpResponse : AmazonWebServiceResponse { }

    public class ResendConfirmationCodeRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ResendConfirmationCodeResponse : AmazonWebServiceResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
    }

    public class ForgotPasswordRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ForgotPasswordResponse : AmazonWebServiceResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
    }

    public class ConfirmForgotPasswordRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string ConfirmationCode { get; set; }
        public string Password { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ConfirmForgotPasswordResponse : AmazonWebServiceResponse { }

    public class ChangePasswordRequest : AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
        public string PreviousPassword { get; set; }
        public string ProposedPassword { get; set; }
    }
    public class ChangePasswordResponse : AmazonWebServiceResponse { }

    public class AdminCreateUserRequest : AmazonWebServiceRequest
    {
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public List<string> DesiredDeliveryMediums { get; set; } = new();
        public bool? ForceAliasCreation { get; set; }
        public MessageActionType MessageAction { get; set; }
        public string TemporaryPassword { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
        public string Username { get; set; }
        public string UserPoolId { get; set; }
        public List<AttributeType> ValidationData { get; set; } = new();
    }
    public class AdminCreateUserResponse : AmazonWebServiceResponse
    {
        public UserType User { get; set; }
    }

    public class AdminSetUserPasswordRequest : AmazonWebServiceRequest
    {
        public string Password { get; set; }
        public bool? Permanent { get; set; }
        public string Username { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminSetUserPasswordResponse : AmazonWebServiceResponse { }

    public class AdminResetUserPasswordRequest : AmazonWebServiceRequest
    {
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string Username { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminResetUserPasswordResponse : AmazonWebServiceResponse { }

    public class AdminGetUserRequest : AmazonWebServiceRequest
    {
        public string Username { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminGetUserResponse : AmazonWebServiceResponse
    {
        public bool? Enabled { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new();
        public string Username { get; set; }
        public string UserStatus { get; set; }
    }

    public class AdminDeleteUserRequest : AmazonWebServiceRequest
    {
        public string Username { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminDeleteUserResponse : AmazonWebServiceResponse { }

    public class AdminAddUserToGroupRequest : AmazonWebServiceRequest
    {
        public string GroupName { get; set; }
        public string Username { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminAddUserToGroupResponse : AmazonWebServiceResponse { }

    public class ListUsersRequest : AmazonWebServiceRequest
    {
        public string Filter { get; set; }
        public int? Limit { get; set; }
        public string PaginationToken { get; set; }
        public string UserPoolId { get; set; }
    }
    public class ListUsersResponse : AmazonWebServiceResponse
    {
        public string PaginationToken { get; set; }
        public List<UserType> Users { get; set; } = new();
    }

    public class CreateUserPoolClientRequest : AmazonWebServiceRequest
    {
        public int? AccessTokenValidity { get; set; }
        public List<string> AllowedOAuthFlows { get; set; } = new();
        public List<string> CallbackURLs { get; set; } = new();
        public string ClientName { get; set; }
        public List<string> ExplicitAuthFlows { get; set; } = new();
        public bool? GenerateSecret { get; set; }
        public int? RefreshTokenValidity { get; set; }
        public string UserPoolId { get; set; }
    }
    public class CreateUserPoolClientResponse : AmazonWebServiceResponse
    {
        public UserPoolClientType UserPoolClient { get; set; }
    }

    public class DescribeUserPoolClientRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string UserPoolId { get; set; }
    }
    public class DescribeUserPoolClientResponse : AmazonWebServiceResponse
    {
        public UserPoolClientType UserPoolClient { get; set; }
    }

    public class UpdateUserPoolClientRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public List<string> ExplicitAuthFlows { get; set; } = new();
        public int? RefreshTokenValidity { get; set; }
        public string UserPoolId { get; set; }
    }
    public class UpdateUserPoolClientResponse : AmazonWebServiceResponse
    {
        public UserPoolClientType UserPoolClient { get; set; }
    }

    public class DeleteUserPoolClientRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string UserPoolId { get; set; }
    }
    public class DeleteUserPoolClientResponse : AmazonWebServiceResponse { }

    public class AssociateSoftwareTokenRequest : AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
        public string Session { get; set; }
    }
    public class AssociateSoftwareTokenResponse : AmazonWebServiceResponse
    {
        public string SecretCode { get; set; }
        public string Session { get; set; }
    }

    public class VerifySoftwareTokenRequest : AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
        public string FriendlyDeviceName { get; set; }
        public string Session { get; set; }
        public string UserCode { get; set; }
    }
    public class VerifySoftwareTokenResponse : AmazonWebServiceResponse
    {
        public string Session { get; set; }
        public VerifySoftwareTokenResponseType Status { get; set; }
    }

    public class SetUserMFAPreferenceRequest : AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
        public SoftwareTokenMfaSettingsType SoftwareTokenMfaSettings { get; set; }
    }
    public class SetUserMFAPreferenceResponse : AmazonWebServiceResponse { }

    public class RevokeTokenRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public string Token { get; set; }
    }
    public class RevokeTokenResponse : AmazonWebServiceResponse { }

    public class GetTokensFromRefreshTokenRequest : AmazonWebServiceRequest
    {
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public string ClientSecret { get; set; }
        public string DeviceKey { get; set; }
        public string RefreshToken { get; set; }
    }
    public class GetTokensFromRefreshTokenResponse : AmazonWebServiceResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
    }

    public class GlobalSignOutRequest : AmazonWebServiceRequest
    {
        public string AccessToken { get; set; }
    }
    public class GlobalSignOutResponse : AmazonWebServiceResponse { }
}

namespace Amazon.CognitoIdentity
{
    using Amazon.CognitoIdentity.Model;
    using Amazon.Runtime;

    public interface IAmazonCognitoIdentity : IDisposable
    {
        Task<CreateIdentityPoolResponse> CreateIdentityPoolAsync(CreateIdentityPoolRequest request, CancellationToken cancellationToken = default);
        Task<UpdateIdentityPoolResponse> UpdateIdentityPoolAsync(UpdateIdentityPoolRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonCognitoIdentityClient : IAmazonCognitoIdentity
    {
        public AmazonCognitoIdentityClient(RegionEndpoint region) { }
        public void Dispose() { }
        public Task<CreateIdentityPoolResponse> CreateIdentityPoolAsync(CreateIdentityPoolRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<UpdateIdentityPoolResponse> UpdateIdentityPoolAsync(UpdateIdentityPoolRequest request, CancellationToken cancellationToken = default) => throw null!;
    }

    public class CognitoAWSCredentials : AWSCredentials
    {
        public CognitoAWSCredentials(string identityPoolId, RegionEndpoint region) { }
        public void AddLogin(string providerName, string token) { }
        public Task<string> GetIdentityIdAsync() => throw null!;
    }
}

namespace Amazon.CognitoIdentity.Model
{
    using Amazon.Runtime;

    public class CognitoIdentityProvider
    {
        public string ClientId { get; set; }
        public string ProviderName { get; set; }
        public bool? ServerSideTokenCheck { get; set; }
    }

    public class CreateIdentityPoolRequest : AmazonWebServiceRequest
    {
        public bool? AllowUnauthenticatedIdentities { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new();
        public string IdentityPoolName { get; set; }
    }
    public class CreateIdentityPoolResponse : AmazonWebServiceResponse
    {
        public string IdentityPoolId { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new();
    }

    public class UpdateIdentityPoolRequest : AmazonWebServiceRequest
    {
        public bool? AllowUnauthenticatedIdentities { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new();
        public string IdentityPoolId { get; set; }
        public string IdentityPoolName { get; set; }
    }
    public class UpdateIdentityPoolResponse : AmazonWebServiceResponse { }
}

namespace Amazon.Extensions.CognitoAuthentication
{
    using Amazon.CognitoIdentityProvider;
    using Amazon.CognitoIdentityProvider.Model;

    public class CognitoUserPool
    {
        public CognitoUserPool(string poolID, string clientID, IAmazonCognitoIdentityProvider provider, string? clientSecret = null) { }
        public string PoolID => throw null!;
        public string ClientID => throw null!;
        public Task SignUpAsync(string userID, string password, IDictionary<string, string> userAttributes, IDictionary<string, string> validationData) => throw null!;
        public CognitoUser GetUser() => throw null!;
        public CognitoUser GetUser(string userID) => throw null!;
        public Task<CognitoUser> FindByIdAsync(string userID) => throw null!;
        public Task ConfirmSignUpAsync(string userID, string confirmationCode, bool forcedAliasCreation) => throw null!;
    }

    public class CognitoUser
    {
        public CognitoUser(string userID, string clientID, CognitoUserPool pool, IAmazonCognitoIdentityProvider provider, string? clientSecret = null, string? username = null) { }
        public string UserID => throw null!;
        public string Username => throw null!;
        public string ClientID => throw null!;
        public CognitoUserPool UserPool => throw null!;
        public CognitoUserSession SessionTokens { get; set; }
        public Task<AuthFlowResponse> StartWithSrpAuthAsync(InitiateSrpAuthRequest srpRequest) => throw null!;
        public Task<AuthFlowResponse> StartWithAdminNoSrpAuthAsync(InitiateAdminNoSrpAuthRequest adminAuthRequest) => throw null!;
        public Task<AuthFlowResponse> StartWithRefreshTokenAuthAsync(InitiateRefreshTokenAuthRequest refreshTokenRequest) => throw null!;
        public Task<AuthFlowResponse> RespondToNewPasswordRequiredAsync(RespondToNewPasswordRequiredRequest newPasswordRequest) => throw null!;
        public Task<AuthFlowResponse> RespondToMfaAuthAsync(RespondToMfaRequest mfaRequest) => throw null!;
        public Task ChangePasswordAsync(string oldPass, string newPass) => throw null!;
        public Task ForgotPasswordAsync() => throw null!;
        public Task ConfirmForgotPasswordAsync(string confirmationCode, string newPassword) => throw null!;
        public Task ConfirmSignUpAsync(string confirmationCode, bool forcedAliasCreation) => throw null!;
        public Task GlobalSignOutAsync() => throw null!;
    }

    public class CognitoUserSession
    {
        public CognitoUserSession(string idToken, string accessToken, string refreshToken, DateTime issuedTime, DateTime expirationTime) { }
        public string IdToken => throw null!;
        public string AccessToken => throw null!;
        public string RefreshToken => throw null!;
        public DateTime ExpirationTime => throw null!;
        public bool IsValid() => throw null!;
    }

    public class InitiateSrpAuthRequest
    {
        public string Password { get; set; }
        public string DeviceGroupKey { get; set; }
        public string DevicePass { get; set; }
        public string DeviceVerifier { get; set; }
        public IDictionary<string, string> ClientMetadata { get; set; }
        public bool IsCustomAuthFlow { get; set; }
    }

    public class InitiateAdminNoSrpAuthRequest
    {
        public string Password { get; set; }
        public IDictionary<string, string> ClientMetadata { get; set; }
    }

    public class InitiateRefreshTokenAuthRequest
    {
        public AuthFlowType AuthFlowType { get; set; }
        public string DeviceKey { get; set; }
    }

    public class RespondToNewPasswordRequiredRequest
    {
        public string SessionID { get; set; }
        public string NewPassword { get; set; }
        public IDictionary<string, string> ClientMetadata { get; set; }
    }

    public class RespondToMfaRequest
    {
        public string SessionID { get; set; }
        public string MfaCode { get; set; }
        public ChallengeNameType ChallengeNameType { get; set; }
    }

    public class AuthFlowResponse
    {
        public string SessionID => throw null!;
        public ChallengeNameType ChallengeName => throw null!;
        public AuthenticationResultType AuthenticationResult => throw null!;
        public IDictionary<string, string> ChallengeParameters => throw null!;
        public IDictionary<string, string> ClientMetadata => throw null!;
    }
}

namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger
    {
        void LogLine(string message);
    }
    public interface ILambdaContext
    {
        string AwsRequestId { get; }
        ILambdaLogger Logger { get; }
        TimeSpan RemainingTime { get; }
    }
}

namespace Amazon.Lambda.CognitoEvents
{
    public abstract class CognitoTriggerEvent<TRequest, TResponse>
        where TRequest : CognitoTriggerRequest, new()
        where TResponse : CognitoTriggerResponse, new()
    {
        public string Version { get; set; }
        public string Region { get; set; }
        public string UserPoolId { get; set; }
        public string UserName { get; set; }
        public string TriggerSource { get; set; }
        public TRequest Request { get; set; } = new();
        public TResponse Response { get; set; } = new();
    }
    public abstract class CognitoTriggerRequest
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new();
    }
    public abstract class CognitoTriggerResponse { }

    public class CognitoUserMigrationRequest : CognitoTriggerRequest
    {
        public string Password { get; set; }
        public Dictionary<string, string> ValidationData { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }
    public class CognitoUserMigrationResponse : CognitoTriggerResponse
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new();
        public string FinalUserStatus { get; set; }
        public string MessageAction { get; set; }
        public List<string> DesiredDeliveryMediums { get; set; } = new();
        public bool ForceAliasCreation { get; set; }
    }
    public class CognitoUserMigrationEvent : CognitoTriggerEvent<CognitoUserMigrationRequest, CognitoUserMigrationResponse> { }

    public class ChallengeResultElement
    {
        public string ChallengeName { get; set; }
        public bool ChallengeResult { get; set; }
        public string ChallengeMetadata { get; set; }
    }

    public class CognitoDefineAuthChallengeRequest : CognitoTriggerRequest
    {
        public List<ChallengeResultElement> Session { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
        public bool UserNotFound { get; set; }
    }
    public class CognitoDefineAuthChallengeResponse : CognitoTriggerResponse
    {
        public string ChallengeName { get; set; }
        public bool IssueTokens { get; set; }
        public bool FailAuthentication { get; set; }
    }
    public class CognitoDefineAuthChallengeEvent : CognitoTriggerEvent<CognitoDefineAuthChallengeRequest, CognitoDefineAuthChallengeResponse> { }

    public class CognitoCreateAuthChallengeRequest : CognitoTriggerRequest
    {
        public string ChallengeName { get; set; }
        public List<ChallengeResultElement> Session { get; set; } = new();
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }
    public class CognitoCreateAuthChallengeResponse : CognitoTriggerResponse
    {
        public Dictionary<string, string> PublicChallengeParameters { get; set; } = new();
        public Dictionary<string, string> PrivateChallengeParameters { get; set; } = new();
        public string ChallengeMetadata { get; set; }
    }
    public class CognitoCreateAuthChallengeEvent : CognitoTriggerEvent<CognitoCreateAuthChallengeRequest, CognitoCreateAuthChallengeResponse> { }

    public class CognitoVerifyAuthChallengeRequest : CognitoTriggerRequest
    {
        public Dictionary<string, string> PrivateChallengeParameters { get; set; } = new();
        public string ChallengeAnswer { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new();
    }
    public class CognitoVerifyAuthChallengeResponse : CognitoTriggerResponse
    {
        public bool AnswerCorrect { get; set; }
    }
    public class CognitoVerifyAuthChallengeEvent : CognitoTriggerEvent<CognitoVerifyAuthChallengeRequest, CognitoVerifyAuthChallengeResponse> { }
}

namespace Microsoft.Extensions.Primitives { }

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
        IEnumerable<IConfigurationSection> GetChildren();
    }
    public interface IConfigurationSection : IConfiguration
    {
        string Key { get; }
        string Path { get; }
        string? Value { get; set; }
    }
    public interface IConfigurationRoot : IConfiguration { }
    public interface IConfigurationBuilder
    {
        IConfigurationRoot Build();
    }
    public class ConfigurationBuilder : IConfigurationBuilder
    {
        public IConfigurationRoot Build() => throw null!;
    }
    public static class MemoryConfigurationBuilderExtensions
    {
        public static IConfigurationBuilder AddInMemoryCollection(this IConfigurationBuilder configurationBuilder, IEnumerable<KeyValuePair<string, string?>>? initialData) => throw null!;
    }
    public static class EnvironmentVariablesExtensions
    {
        public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder) => throw null!;
        public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder, string? prefix) => throw null!;
    }
    public static class ConfigurationBinder
    {
        public static T? GetValue<T>(this IConfiguration configuration, string key) => throw null!;
        public static T? GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => throw null!;
        public static T? Get<T>(this IConfiguration configuration) => throw null!;
        public static void Bind(this IConfiguration configuration, object? instance) => throw null!;
    }
    public static class ConfigurationExtensions
    {
        public static string? GetConnectionString(this IConfiguration configuration, string name) => throw null!;
        public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => throw null!;
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class
    {
        TOptions Value { get; }
    }
    public interface IOptionsSnapshot<out TOptions> : IOptions<TOptions> where TOptions : class
    {
        TOptions Get(string? name);
    }
    public interface IOptionsMonitor<out TOptions>
    {
        TOptions CurrentValue { get; }
        TOptions Get(string? name);
    }
    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options) where TOptions : class => throw null!;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using Microsoft.Extensions.Configuration;

    public interface IServiceCollection { }
    public static class OptionsServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => throw null!;
        public static IServiceCollection PostConfigure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => throw null!;
    }
    public static class OptionsConfigurationServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, IConfiguration config) where TOptions : class => throw null!;
    }
    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService> implementationFactory) where TService : class => throw null!;
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, TService implementationInstance) where TService : class => throw null!;
        public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => throw null!;
    }
    public static class ServiceProviderServiceExtensions
    {
        public static T GetRequiredService<T>(this IServiceProvider provider) where T : notnull => throw null!;
    }
}

namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
    public interface ILogger
    {
        bool IsEnabled(LogLevel logLevel);
    }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string? message, params object?[] args) => throw null!;
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) => throw null!;
        public static void LogWarning(this ILogger logger, string? message, params object?[] args) => throw null!;
        public static void LogError(this ILogger logger, string? message, params object?[] args) => throw null!;
        public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) => throw null!;
        public static void LogCritical(this ILogger logger, Exception? exception, string? message, params object?[] args) => throw null!;
        public static IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => throw null!;
    }
}

namespace Microsoft.Extensions.Hosting
{
    public interface IHostEnvironment
    {
        string EnvironmentName { get; set; }
        string ApplicationName { get; set; }
    }
    public static class HostEnvironmentEnvExtensions
    {
        public static bool IsDevelopment(this IHostEnvironment hostEnvironment) => throw null!;
        public static bool IsProduction(this IHostEnvironment hostEnvironment) => throw null!;
        public static bool IsStaging(this IHostEnvironment hostEnvironment) => throw null!;
    }
    public abstract class BackgroundService : IDisposable
    {
        protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
        public virtual void Dispose() { }
    }
}

namespace Microsoft.AspNetCore.Http
{
    public interface IResult { }
    public static class Results
    {
        public static IResult Ok(object? value = null) => throw null!;
        public static IResult Unauthorized() => throw null!;
        public static IResult BadRequest(object? error = null) => throw null!;
        public static IResult NoContent() => throw null!;
        public static IResult Problem(string? detail = null, string? instance = null, int? statusCode = null) => throw null!;
    }
}

namespace Microsoft.AspNetCore.Routing
{
    public interface IEndpointRouteBuilder
    {
        IServiceProvider ServiceProvider { get; }
    }
}

namespace Microsoft.AspNetCore.Builder
{
    using Microsoft.AspNetCore.Routing;

    public sealed class RouteHandlerBuilder { }
    public static class EndpointRouteBuilderExtensions
    {
        public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => throw null!;
        public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => throw null!;
    }
    public static class RoutingEndpointConventionBuilderExtensions
    {
        public static RouteHandlerBuilder WithName(this RouteHandlerBuilder builder, string endpointName) => throw null!;
    }
}

namespace Grpc.Core
{
    public abstract class ServerCallContext
    {
        public CancellationToken CancellationToken => throw null!;
        public string Peer => throw null!;
    }
    public enum StatusCode { OK = 0, Unauthenticated = 16, PermissionDenied = 7, Unavailable = 14 }
    public struct Status
    {
        public Status(StatusCode statusCode, string detail) { }
    }
    public class RpcException : Exception
    {
        public RpcException(Status status) { }
    }
}

namespace Microsoft.Azure.Functions.Worker
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class FunctionAttribute : Attribute
    {
        public FunctionAttribute(string name) { }
    }
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class TimerTriggerAttribute : Attribute
    {
        public TimerTriggerAttribute(string schedule) { }
        public bool RunOnStartup { get; set; }
    }
    public class TimerInfo
    {
        public bool IsPastDue { get; set; }
    }
}

namespace TechTalk.SpecFlow
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class BindingAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class GivenAttribute : Attribute
    {
        public GivenAttribute(string regex) { }
    }
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class WhenAttribute : Attribute
    {
        public WhenAttribute(string regex) { }
    }
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ThenAttribute : Attribute
    {
        public ThenAttribute(string regex) { }
    }
    public class ScenarioContext : Dictionary<string, object> { }
}

namespace UnityEngine
{
    public class Object { }
    public class Component : Object { }
    public class Behaviour : Component { }
    public class MonoBehaviour : Behaviour { }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class SerializeField : Attribute { }
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class HeaderAttribute : Attribute
    {
        public HeaderAttribute(string header) { }
    }

    public static class Debug
    {
        public static void Log(object message) { }
        public static void LogWarning(object message) { }
        public static void LogError(object message) { }
    }
    public static class PlayerPrefs
    {
        public static string GetString(string key, string defaultValue) => throw null!;
        public static void SetString(string key, string value) { }
        public static void DeleteKey(string key) { }
    }
    public static class Random
    {
        public static int Range(int minInclusive, int maxExclusive) => throw null!;
    }
    public static class Application
    {
        public static bool isEditor => throw null!;
    }
}

namespace UnityEngine.UI
{
    public class InputField : Component
    {
        public string text { get; set; }
    }
    public class Text : Component
    {
        public string text { get; set; }
    }
}

namespace System.Windows.Forms
{
    public class Control : IDisposable
    {
        public string Text { get; set; }
        public bool Enabled { get; set; }
        public event EventHandler? Click;
        public void Dispose() { }
    }
    public class Form : Control
    {
        public void Close() { }
    }
    public class TextBox : Control
    {
        public bool UseSystemPasswordChar { get; set; }
    }
    public class Button : Control { }
    public class CheckBox : Control
    {
        public bool Checked { get; set; }
    }
    public class Label : Control { }
    public static class MessageBox
    {
        public static void Show(string text) { }
        public static void Show(string text, string caption) { }
    }
}

namespace CognitoTyped
{
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class CognitoClientIdAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class CognitoPasswordAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class CognitoClientSecretAttribute : Attribute { }

    public sealed class CognitoClientOptions
    {
        public string UserPoolId { get; set; }
        public string Region { get; set; }
        [CognitoClientId] public string ClientId { get; set; }
        [CognitoClientSecret] public string? ClientSecret { get; set; }
    }

    public static class CognitoTypedServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddCognitoTyped(
            this Microsoft.Extensions.DependencyInjection.IServiceCollection services,
            Action<CognitoClientOptions> configure) => throw null!;
    }
}


namespace Microsoft.Extensions.Logging
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class LoggerMessageAttribute : Attribute
    {
        public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
        public LoggerMessageAttribute() { }
        public int EventId { get; set; }
        public LogLevel Level { get; set; }
        public string Message { get; set; }
    }
}

namespace CognitoTyped
{
    public sealed class CognitoTokens
    {
        public string IdToken { get; init; }
        public string AccessToken { get; init; }
        public string? RefreshToken { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
    }
}

namespace Microsoft.IdentityModel.Tokens
{
    public class TokenValidationParameters
    {
        public bool ValidateAudience { get; set; } = true;
        public bool ValidateIssuer { get; set; } = true;
        public bool ValidateLifetime { get; set; } = true;
        public bool ValidateIssuerSigningKey { get; set; }
        public bool RequireSignedTokens { get; set; } = true;
        public string? ValidIssuer { get; set; }
        public IEnumerable<string>? ValidIssuers { get; set; }
        public string? ValidAudience { get; set; }
        public IEnumerable<string>? ValidAudiences { get; set; }
        public TimeSpan ClockSkew { get; set; }
        public string? NameClaimType { get; set; }
        public string? RoleClaimType { get; set; }
    }
}

namespace Microsoft.AspNetCore.Authentication
{
    public class AuthenticationBuilder
    {
        public Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; } = null!;
    }
}

namespace Microsoft.AspNetCore.Authentication.JwtBearer
{
    public class JwtBearerOptions
    {
        public string? Authority { get; set; }
        public string? MetadataAddress { get; set; }
        public string? Audience { get; set; }
        public bool RequireHttpsMetadata { get; set; } = true;
        public bool MapInboundClaims { get; set; } = true;
        public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new();
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Authentication.JwtBearer;

    public static class AuthenticationServiceCollectionExtensions
    {
        public static AuthenticationBuilder AddAuthentication(this IServiceCollection services, string defaultScheme) => throw null!;
    }

    public static class JwtBearerExtensions
    {
        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, Action<JwtBearerOptions> configureOptions) => throw null!;
        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, string authenticationScheme, Action<JwtBearerOptions> configureOptions) => throw null!;
    }
}
