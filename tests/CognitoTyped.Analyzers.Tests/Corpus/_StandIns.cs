// Minimal stand-ins for the AWS SDK for .NET, Amazon.Extensions.CognitoAuthentication,
// Microsoft.Extensions.*, ASP.NET Core and CognitoTyped types used by the corpus.
// Namespaces, type names, member names and parameter names follow the real packages.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Amazon
{
    public class RegionEndpoint
    {
        public static readonly RegionEndpoint USEast1 = new RegionEndpoint();
        public static readonly RegionEndpoint USEast2 = new RegionEndpoint();
        public static readonly RegionEndpoint USWest2 = new RegionEndpoint();
        public static readonly RegionEndpoint EUWest1 = new RegionEndpoint();
        public static readonly RegionEndpoint EUCentral1 = new RegionEndpoint();
        public static readonly RegionEndpoint APSoutheast2 = new RegionEndpoint();
        public string SystemName { get; }
        public static RegionEndpoint GetBySystemName(string systemName) => new RegionEndpoint();
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class AnonymousAWSCredentials : AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
    public class AmazonServiceException : Exception
    {
        public System.Net.HttpStatusCode StatusCode { get; set; }
        public string ErrorCode { get; set; }
    }
    public abstract class ConstantClass
    {
        protected ConstantClass(string value) { Value = value; }
        public string Value { get; }
        public override string ToString() => Value;
    }
}

namespace Amazon.CognitoIdentityProvider
{
    using Amazon.CognitoIdentityProvider.Model;
    using Amazon.Runtime;

    public sealed class AuthFlowType : ConstantClass
    {
        public AuthFlowType(string value) : base(value) { }
        public static readonly AuthFlowType USER_PASSWORD_AUTH = new AuthFlowType("USER_PASSWORD_AUTH");
        public static readonly AuthFlowType USER_SRP_AUTH = new AuthFlowType("USER_SRP_AUTH");
        public static readonly AuthFlowType REFRESH_TOKEN_AUTH = new AuthFlowType("REFRESH_TOKEN_AUTH");
        public static readonly AuthFlowType REFRESH_TOKEN = new AuthFlowType("REFRESH_TOKEN");
        public static readonly AuthFlowType ADMIN_USER_PASSWORD_AUTH = new AuthFlowType("ADMIN_USER_PASSWORD_AUTH");
        public static readonly AuthFlowType ADMIN_NO_SRP_AUTH = new AuthFlowType("ADMIN_NO_SRP_AUTH");
        public static readonly AuthFlowType CUSTOM_AUTH = new AuthFlowType("CUSTOM_AUTH");
        public static implicit operator AuthFlowType(string value) => new AuthFlowType(value);
    }

    public sealed class ChallengeNameType : ConstantClass
    {
        public ChallengeNameType(string value) : base(value) { }
        public static readonly ChallengeNameType NEW_PASSWORD_REQUIRED = new ChallengeNameType("NEW_PASSWORD_REQUIRED");
        public static readonly ChallengeNameType SMS_MFA = new ChallengeNameType("SMS_MFA");
        public static readonly ChallengeNameType SOFTWARE_TOKEN_MFA = new ChallengeNameType("SOFTWARE_TOKEN_MFA");
        public static readonly ChallengeNameType PASSWORD_VERIFIER = new ChallengeNameType("PASSWORD_VERIFIER");
        public static implicit operator ChallengeNameType(string value) => new ChallengeNameType(value);
    }

    public sealed class MessageActionType : ConstantClass
    {
        public MessageActionType(string value) : base(value) { }
        public static readonly MessageActionType SUPPRESS = new MessageActionType("SUPPRESS");
        public static readonly MessageActionType RESEND = new MessageActionType("RESEND");
    }

    public sealed class DeliveryMediumType : ConstantClass
    {
        public DeliveryMediumType(string value) : base(value) { }
        public static readonly DeliveryMediumType EMAIL = new DeliveryMediumType("EMAIL");
        public static readonly DeliveryMediumType SMS = new DeliveryMediumType("SMS");
    }

    public sealed class ExplicitAuthFlowsType : ConstantClass
    {
        public ExplicitAuthFlowsType(string value) : base(value) { }
        public static readonly ExplicitAuthFlowsType ALLOW_USER_PASSWORD_AUTH = new ExplicitAuthFlowsType("ALLOW_USER_PASSWORD_AUTH");
        public static readonly ExplicitAuthFlowsType ALLOW_REFRESH_TOKEN_AUTH = new ExplicitAuthFlowsType("ALLOW_REFRESH_TOKEN_AUTH");
        public static readonly ExplicitAuthFlowsType ALLOW_USER_SRP_AUTH = new ExplicitAuthFlowsType("ALLOW_USER_SRP_AUTH");
    }

    public interface IAmazonCognitoIdentityProvider : IDisposable
    {
        Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken = default);
        Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default);
        Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken = default);
        Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default);
        Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken = default);
        Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default);
        Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken = default);
        Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken = default);
        Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken = default);
        Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken = default);
        Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken = default);
        Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken = default);
        Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken = default);
        Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<UpdateUserPoolClientResponse> UpdateUserPoolClientAsync(UpdateUserPoolClientRequest request, CancellationToken cancellationToken = default);
        Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken = default);
        Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken = default);
        Task<GetUserResponse> GetUserAsync(GetUserRequest request, CancellationToken cancellationToken = default);
        Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken = default);
        Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken = default);
        Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken = default);
        Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonCognitoIdentityProviderClient : IAmazonCognitoIdentityProvider
    {
        public AmazonCognitoIdentityProviderClient() { }
        public AmazonCognitoIdentityProviderClient(RegionEndpoint region) { }
        public AmazonCognitoIdentityProviderClient(AWSCredentials credentials) { }
        public AmazonCognitoIdentityProviderClient(AWSCredentials credentials, RegionEndpoint region) { }
        public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region) { }
        public virtual Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new InitiateAuthResponse());
        public virtual Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminInitiateAuthResponse());
        public virtual Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new SignUpResponse());
        public virtual Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ConfirmSignUpResponse());
        public virtual Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ForgotPasswordResponse());
        public virtual Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ConfirmForgotPasswordResponse());
        public virtual Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ChangePasswordResponse());
        public virtual Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminCreateUserResponse());
        public virtual Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminSetUserPasswordResponse());
        public virtual Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RespondToAuthChallengeResponse());
        public virtual Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminRespondToAuthChallengeResponse());
        public virtual Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ResendConfirmationCodeResponse());
        public virtual Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new GlobalSignOutResponse());
        public virtual Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RevokeTokenResponse());
        public virtual Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new DescribeUserPoolClientResponse());
        public virtual Task<UpdateUserPoolClientResponse> UpdateUserPoolClientAsync(UpdateUserPoolClientRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new UpdateUserPoolClientResponse());
        public virtual Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminResetUserPasswordResponse());
        public virtual Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminGetUserResponse());
        public virtual Task<GetUserResponse> GetUserAsync(GetUserRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new GetUserResponse());
        public virtual Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminDeleteUserResponse());
        public virtual Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new ListUsersResponse());
        public virtual Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminAddUserToGroupResponse());
        public virtual Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AdminConfirmSignUpResponse());
        public void Dispose() { }
    }
}

namespace Amazon.CognitoIdentityProvider.Model
{
    using Amazon.CognitoIdentityProvider;
    using Amazon.Runtime;

    public class AttributeType
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }

    public class AuthenticationResultType
    {
        public string AccessToken { get; set; }
        public string IdToken { get; set; }
        public string RefreshToken { get; set; }
        public int? ExpiresIn { get; set; }
        public string TokenType { get; set; }
    }

    public class CodeDeliveryDetailsType
    {
        public string Destination { get; set; }
        public DeliveryMediumType DeliveryMedium { get; set; }
        public string AttributeName { get; set; }
    }

    public class UserType
    {
        public string Username { get; set; }
        public List<AttributeType> Attributes { get; set; } = new List<AttributeType>();
        public bool? Enabled { get; set; }
        public string UserStatus { get; set; }
    }

    public class UserPoolClientType
    {
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public string ClientSecret { get; set; }
        public string UserPoolId { get; set; }
    }

    public class InitiateAuthRequest
    {
        public AuthFlowType AuthFlow { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new Dictionary<string, string>();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }
    public class InitiateAuthResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new Dictionary<string, string>();
        public string Session { get; set; }
    }

    public class AdminInitiateAuthRequest
    {
        public AuthFlowType AuthFlow { get; set; }
        public Dictionary<string, string> AuthParameters { get; set; } = new Dictionary<string, string>();
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
        public string UserPoolId { get; set; }
    }
    public class AdminInitiateAuthResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeParameters { get; set; } = new Dictionary<string, string>();
        public string Session { get; set; }
    }

    public class SignUpRequest
    {
        public string ClientId { get; set; }
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
        public string Password { get; set; }
        public string SecretHash { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new List<AttributeType>();
        public string Username { get; set; }
        public List<AttributeType> ValidationData { get; set; } = new List<AttributeType>();
    }
    public class SignUpResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
        public bool? UserConfirmed { get; set; }
        public string UserSub { get; set; }
    }

    public class ConfirmSignUpRequest
    {
        public string ClientId { get; set; }
        public string ConfirmationCode { get; set; }
        public bool? ForceAliasCreation { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ConfirmSignUpResponse { }

    public class ForgotPasswordRequest
    {
        public string ClientId { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ForgotPasswordResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
    }

    public class ConfirmForgotPasswordRequest
    {
        public string ClientId { get; set; }
        public string ConfirmationCode { get; set; }
        public string Password { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ConfirmForgotPasswordResponse { }

    public class ChangePasswordRequest
    {
        public string AccessToken { get; set; }
        public string PreviousPassword { get; set; }
        public string ProposedPassword { get; set; }
    }
    public class ChangePasswordResponse { }

    public class AdminCreateUserRequest
    {
        public List<DeliveryMediumType> DesiredDeliveryMediums { get; set; } = new List<DeliveryMediumType>();
        public bool? ForceAliasCreation { get; set; }
        public MessageActionType MessageAction { get; set; }
        public string TemporaryPassword { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new List<AttributeType>();
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminCreateUserResponse
    {
        public UserType User { get; set; }
    }

    public class AdminSetUserPasswordRequest
    {
        public string Password { get; set; }
        public bool? Permanent { get; set; }
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminSetUserPasswordResponse { }

    public class RespondToAuthChallengeRequest
    {
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeResponses { get; set; } = new Dictionary<string, string>();
        public string ClientId { get; set; }
        public string Session { get; set; }
    }
    public class RespondToAuthChallengeResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public string Session { get; set; }
    }

    public class AdminRespondToAuthChallengeRequest
    {
        public ChallengeNameType ChallengeName { get; set; }
        public Dictionary<string, string> ChallengeResponses { get; set; } = new Dictionary<string, string>();
        public string ClientId { get; set; }
        public string Session { get; set; }
        public string UserPoolId { get; set; }
    }
    public class AdminRespondToAuthChallengeResponse
    {
        public AuthenticationResultType AuthenticationResult { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public string Session { get; set; }
    }

    public class ResendConfirmationCodeRequest
    {
        public string ClientId { get; set; }
        public string SecretHash { get; set; }
        public string Username { get; set; }
    }
    public class ResendConfirmationCodeResponse
    {
        public CodeDeliveryDetailsType CodeDeliveryDetails { get; set; }
    }

    public class GlobalSignOutRequest
    {
        public string AccessToken { get; set; }
    }
    public class GlobalSignOutResponse { }

    public class RevokeTokenRequest
    {
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public string Token { get; set; }
    }
    public class RevokeTokenResponse { }

    public class DescribeUserPoolClientRequest
    {
        public string ClientId { get; set; }
        public string UserPoolId { get; set; }
    }
    public class DescribeUserPoolClientResponse
    {
        public UserPoolClientType UserPoolClient { get; set; }
    }

    public class UpdateUserPoolClientRequest
    {
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public List<string> ExplicitAuthFlows { get; set; } = new List<string>();
        public int? RefreshTokenValidity { get; set; }
        public string UserPoolId { get; set; }
    }
    public class UpdateUserPoolClientResponse
    {
        public UserPoolClientType UserPoolClient { get; set; }
    }

    public class AdminResetUserPasswordRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminResetUserPasswordResponse { }

    public class AdminGetUserRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminGetUserResponse
    {
        public string Username { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new List<AttributeType>();
        public string UserStatus { get; set; }
    }

    public class GetUserRequest
    {
        public string AccessToken { get; set; }
    }
    public class GetUserResponse
    {
        public string Username { get; set; }
        public List<AttributeType> UserAttributes { get; set; } = new List<AttributeType>();
    }

    public class AdminDeleteUserRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminDeleteUserResponse { }

    public class ListUsersRequest
    {
        public string Filter { get; set; }
        public int? Limit { get; set; }
        public string PaginationToken { get; set; }
        public string UserPoolId { get; set; }
    }
    public class ListUsersResponse
    {
        public string PaginationToken { get; set; }
        public List<UserType> Users { get; set; } = new List<UserType>();
    }

    public class AdminAddUserToGroupRequest
    {
        public string GroupName { get; set; }
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminAddUserToGroupResponse { }

    public class AdminConfirmSignUpRequest
    {
        public string UserPoolId { get; set; }
        public string Username { get; set; }
    }
    public class AdminConfirmSignUpResponse { }

    public class NotAuthorizedException : AmazonServiceException { }
    public class UserNotFoundException : AmazonServiceException { }
    public class UsernameExistsException : AmazonServiceException { }
    public class CodeMismatchException : AmazonServiceException { }
    public class InvalidPasswordException : AmazonServiceException { }
    public class UserNotConfirmedException : AmazonServiceException { }
}

namespace Amazon.CognitoIdentity
{
    using Amazon.CognitoIdentity.Model;
    using Amazon.Runtime;

    public class CognitoAWSCredentials : AWSCredentials
    {
        public CognitoAWSCredentials(string identityPoolId, RegionEndpoint region) { }
        public CognitoAWSCredentials(string accountId, string identityPoolId, string unAuthRoleArn, string authRoleArn, RegionEndpoint region) { }
        public void AddLogin(string providerName, string token) { }
        public void RemoveLogin(string providerName) { }
        public void Clear() { }
        public Task<string> GetIdentityIdAsync() => Task.FromResult(string.Empty);
    }

    public interface IAmazonCognitoIdentity : IDisposable
    {
        Task<CreateIdentityPoolResponse> CreateIdentityPoolAsync(CreateIdentityPoolRequest request, CancellationToken cancellationToken = default);
        Task<UpdateIdentityPoolResponse> UpdateIdentityPoolAsync(UpdateIdentityPoolRequest request, CancellationToken cancellationToken = default);
        Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonCognitoIdentityClient : IAmazonCognitoIdentity
    {
        public AmazonCognitoIdentityClient(RegionEndpoint region) { }
        public AmazonCognitoIdentityClient(AWSCredentials credentials, RegionEndpoint region) { }
        public Task<CreateIdentityPoolResponse> CreateIdentityPoolAsync(CreateIdentityPoolRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new CreateIdentityPoolResponse());
        public Task<UpdateIdentityPoolResponse> UpdateIdentityPoolAsync(UpdateIdentityPoolRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new UpdateIdentityPoolResponse());
        public Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new GetIdResponse());
        public void Dispose() { }
    }
}

namespace Amazon.CognitoIdentity.Model
{
    public class CognitoIdentityProvider
    {
        public string ClientId { get; set; }
        public string ProviderName { get; set; }
        public bool? ServerSideTokenCheck { get; set; }
    }

    public class CreateIdentityPoolRequest
    {
        public bool? AllowUnauthenticatedIdentities { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new List<CognitoIdentityProvider>();
        public string IdentityPoolName { get; set; }
    }
    public class CreateIdentityPoolResponse
    {
        public string IdentityPoolId { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new List<CognitoIdentityProvider>();
    }

    public class UpdateIdentityPoolRequest
    {
        public bool? AllowUnauthenticatedIdentities { get; set; }
        public List<CognitoIdentityProvider> CognitoIdentityProviders { get; set; } = new List<CognitoIdentityProvider>();
        public string IdentityPoolId { get; set; }
        public string IdentityPoolName { get; set; }
    }
    public class UpdateIdentityPoolResponse { }

    public class GetIdRequest
    {
        public string AccountId { get; set; }
        public string IdentityPoolId { get; set; }
        public Dictionary<string, string> Logins { get; set; } = new Dictionary<string, string>();
    }
    public class GetIdResponse
    {
        public string IdentityId { get; set; }
    }
}

namespace Amazon.Extensions.CognitoAuthentication
{
    using Amazon.CognitoIdentity;
    using Amazon.CognitoIdentityProvider;
    using Amazon.CognitoIdentityProvider.Model;

    public class CognitoUserPool
    {
        public CognitoUserPool(string poolID, string clientID, IAmazonCognitoIdentityProvider provider, string clientSecret = null) { }
        public string PoolID { get; }
        public string ClientID { get; }
        public Task SignUpAsync(string userID, string password, IDictionary<string, string> userAttributes, IDictionary<string, string> validationData) => Task.CompletedTask;
        public CognitoUser GetUser(string userID) => throw null;
        public Task<CognitoUser> FindByIdAsync(string userID) => throw null;
    }

    public class CognitoUser
    {
        public CognitoUser(string userID, string clientID, CognitoUserPool pool, IAmazonCognitoIdentityProvider provider, string clientSecret = null, string username = null) { }
        public string UserID { get; }
        public string Username { get; }
        public string ClientID { get; }
        public CognitoUserSession SessionTokens { get; set; }
        public Task<AuthFlowResponse> StartWithSrpAuthAsync(InitiateSrpAuthRequest srpRequest) => Task.FromResult(new AuthFlowResponse());
        public Task<AuthFlowResponse> StartWithAdminNoSrpAuthAsync(InitiateAdminNoSrpAuthRequest adminAuthRequest) => Task.FromResult(new AuthFlowResponse());
        public Task<AuthFlowResponse> StartWithRefreshTokenAuthAsync(InitiateRefreshTokenAuthRequest refreshTokenRequest) => Task.FromResult(new AuthFlowResponse());
        public Task<AuthFlowResponse> RespondToNewPasswordRequiredAsync(RespondToNewPasswordRequiredRequest newPasswordRequest) => Task.FromResult(new AuthFlowResponse());
        public Task<AuthFlowResponse> RespondToSmsMfaAuthAsync(RespondToSmsMfaRequest smsMfaRequest) => Task.FromResult(new AuthFlowResponse());
        public Task ChangePasswordAsync(string oldPass, string newPass) => Task.CompletedTask;
        public Task ForgotPasswordAsync() => Task.CompletedTask;
        public Task ConfirmForgotPasswordAsync(string confirmationCode, string newPassword) => Task.CompletedTask;
        public Task ConfirmSignUpAsync(string confirmationCode, bool forcedAliasCreation) => Task.CompletedTask;
        public Task GlobalSignOutAsync() => Task.CompletedTask;
        public Task<GetUserResponse> GetUserDetailsAsync() => Task.FromResult(new GetUserResponse());
        public CognitoAWSCredentials GetCognitoAWSCredentials(string identityPoolID, RegionEndpoint identityPoolRegion) => throw null;
    }

    public class CognitoUserSession
    {
        public CognitoUserSession(string idToken, string accessToken, string refreshToken, DateTime issuedTime, DateTime expirationTime) { }
        public string IdToken { get; }
        public string AccessToken { get; }
        public string RefreshToken { get; }
        public DateTime IssuedTime { get; }
        public DateTime ExpirationTime { get; }
        public bool IsValid() => true;
    }

    public class AuthFlowResponse
    {
        public string SessionID { get; set; }
        public ChallengeNameType ChallengeName { get; set; }
        public AuthenticationResultType AuthenticationResult { get; set; }
        public IDictionary<string, string> ChallengeParameters { get; set; }
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
    }

    public class RespondToSmsMfaRequest
    {
        public string SessionID { get; set; }
        public string MfaCode { get; set; }
    }
}

namespace Amazon.SecretsManager
{
    using Amazon.SecretsManager.Model;

    public interface IAmazonSecretsManager : IDisposable
    {
        Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonSecretsManagerClient : IAmazonSecretsManager
    {
        public AmazonSecretsManagerClient() { }
        public AmazonSecretsManagerClient(RegionEndpoint region) { }
        public Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new GetSecretValueResponse());
        public void Dispose() { }
    }
}

namespace Amazon.SecretsManager.Model
{
    public class GetSecretValueRequest
    {
        public string SecretId { get; set; }
        public string VersionStage { get; set; }
    }
    public class GetSecretValueResponse
    {
        public string SecretString { get; set; }
    }
}

namespace Amazon.SimpleSystemsManagement
{
    using Amazon.SimpleSystemsManagement.Model;

    public interface IAmazonSimpleSystemsManagement : IDisposable
    {
        Task<GetParameterResponse> GetParameterAsync(GetParameterRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.SimpleSystemsManagement.Model
{
    public class GetParameterRequest
    {
        public string Name { get; set; }
        public bool? WithDecryption { get; set; }
    }
    public class GetParameterResponse
    {
        public Parameter Parameter { get; set; }
    }
    public class Parameter
    {
        public string Name { get; set; }
        public string Value { get; set; }
    }
}

namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger
    {
        void LogLine(string message);
        void LogInformation(string message);
        void LogError(string message);
    }
    public interface ILambdaContext
    {
        ILambdaLogger Logger { get; }
        string AwsRequestId { get; }
        string FunctionName { get; }
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public class APIGatewayProxyRequest
    {
        public string Body { get; set; }
        public string HttpMethod { get; set; }
        public string Path { get; set; }
        public IDictionary<string, string> Headers { get; set; }
        public IDictionary<string, string> QueryStringParameters { get; set; }
    }
    public class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }
        public string Body { get; set; }
        public IDictionary<string, string> Headers { get; set; }
    }
}

namespace Amazon.Lambda.CognitoEvents
{
    public class CognitoPreSignupEvent
    {
        public string UserPoolId { get; set; }
        public string UserName { get; set; }
        public CognitoPreSignupRequest Request { get; set; } = new CognitoPreSignupRequest();
        public CognitoPreSignupResponse Response { get; set; } = new CognitoPreSignupResponse();
    }
    public class CognitoPreSignupRequest
    {
        public Dictionary<string, string> UserAttributes { get; set; } = new Dictionary<string, string>();
        public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
    }
    public class CognitoPreSignupResponse
    {
        public bool AutoConfirmUser { get; set; }
        public bool AutoVerifyEmail { get; set; }
    }
}

#nullable enable

namespace Microsoft.Extensions.Primitives
{
    public interface IChangeToken { }
}

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
    public sealed class ConfigurationManager : IConfigurationBuilder, IConfigurationRoot
    {
        public string? this[string key] { get => null; set { } }
        public IConfigurationSection GetSection(string key) => throw null!;
        public IEnumerable<IConfigurationSection> GetChildren() => throw null!;
        public IConfigurationRoot Build() => this;
    }
    public static class ConfigurationBinder
    {
        public static T? Get<T>(this IConfiguration configuration) => default;
        public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
        public static void Bind(this IConfiguration configuration, object? instance) { }
    }
    public static class ConfigurationExtensions
    {
        public static string? GetConnectionString(this IConfiguration configuration, string name) => null;
        public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => throw null!;
    }
    public static class MemoryConfigurationBuilderExtensions
    {
        public static IConfigurationBuilder AddInMemoryCollection(this IConfigurationBuilder configurationBuilder, IEnumerable<KeyValuePair<string, string?>>? initialData) => configurationBuilder;
    }
    public static class EnvironmentVariablesExtensions
    {
        public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder) => configurationBuilder;
        public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder, string? prefix) => configurationBuilder;
    }
    public static class JsonConfigurationExtensions
    {
        public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional = false) => builder;
    }
    public static class UserSecretsConfigurationExtensions
    {
        public static IConfigurationBuilder AddUserSecrets<T>(this IConfigurationBuilder configuration) where T : class => configuration;
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class
    {
        TOptions Value { get; }
    }
    public interface IOptionsMonitor<out TOptions>
    {
        TOptions CurrentValue { get; }
    }
    public interface IOptionsSnapshot<out TOptions> : IOptions<TOptions> where TOptions : class
    {
        TOptions Get(string? name);
    }
    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options) where TOptions : class => throw null!;
    }
}

namespace Microsoft.Extensions.Logging
{
    public interface ILogger
    {
        void Log(string message);
    }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
        public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using Microsoft.Extensions.Configuration;

    public interface IServiceCollection : IList<ServiceDescriptor> { }
    public class ServiceDescriptor { }
    public class ServiceCollection : List<ServiceDescriptor>, IServiceCollection { }

    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, TService implementationInstance) where TService : class => services;
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService> implementationFactory) where TService : class => services;
        public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
        public static IServiceCollection AddScoped<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
        public static IServiceCollection AddScoped<TService>(this IServiceCollection services) where TService : class => services;
        public static IServiceCollection AddTransient<TService>(this IServiceCollection services) where TService : class => services;
    }
    public static class OptionsServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => services;
        public static IServiceCollection PostConfigure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => services;
    }
    public static class OptionsConfigurationServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, IConfiguration config) where TOptions : class => services;
    }
    public static class ServiceProviderServiceExtensions
    {
        public static T GetRequiredService<T>(this IServiceProvider provider) where T : notnull => throw null!;
    }
    public static class AuthenticationServiceCollectionExtensions
    {
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddAuthentication(this IServiceCollection services) => throw null!;
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddAuthentication(this IServiceCollection services, string defaultScheme) => throw null!;
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddAuthentication(this IServiceCollection services, Action<Microsoft.AspNetCore.Authentication.AuthenticationOptions> configureOptions) => throw null!;
    }
    public static class OpenIdConnectExtensions
    {
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddOpenIdConnect(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder, Action<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions> configureOptions) => builder;
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddOpenIdConnect(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder, string authenticationScheme, Action<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions> configureOptions) => builder;
    }
    public static class JwtBearerExtensions
    {
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddJwtBearer(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder, Action<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions> configureOptions) => builder;
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddJwtBearer(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder, string authenticationScheme, Action<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions> configureOptions) => builder;
    }
    public static class CookieExtensions
    {
        public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddCookie(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder) => builder;
    }
    public static class WebAssemblyAuthenticationServiceCollectionExtensions
    {
        public static IServiceCollection AddOidcAuthentication(this IServiceCollection services, Action<Microsoft.AspNetCore.Components.WebAssembly.Authentication.RemoteAuthenticationOptions<Microsoft.AspNetCore.Components.WebAssembly.Authentication.OidcProviderOptions>> configure) => services;
    }
}

namespace Microsoft.AspNetCore.Authentication
{
    public class AuthenticationOptions
    {
        public string? DefaultScheme { get; set; }
        public string? DefaultChallengeScheme { get; set; }
        public string? DefaultAuthenticateScheme { get; set; }
        public string? DefaultSignInScheme { get; set; }
    }
    public class AuthenticationBuilder { }
}

namespace Microsoft.AspNetCore.Authentication.Cookies
{
    public static class CookieAuthenticationDefaults
    {
        public const string AuthenticationScheme = "Cookies";
    }
}

namespace Microsoft.IdentityModel.Tokens
{
    public class TokenValidationParameters
    {
        public string? ValidAudience { get; set; }
        public IEnumerable<string>? ValidAudiences { get; set; }
        public string? ValidIssuer { get; set; }
        public bool ValidateAudience { get; set; } = true;
        public bool ValidateIssuer { get; set; } = true;
        public bool ValidateLifetime { get; set; } = true;
        public string? NameClaimType { get; set; }
        public string? RoleClaimType { get; set; }
        public Func<string?, object?, TokenValidationParameters, IEnumerable<string>, bool>? AudienceValidator { get; set; }
    }
}

namespace Microsoft.AspNetCore.Authentication.OpenIdConnect
{
    using Microsoft.IdentityModel.Tokens;

    public static class OpenIdConnectDefaults
    {
        public const string AuthenticationScheme = "OpenIdConnect";
    }
    public class OpenIdConnectOptions
    {
        public string? Authority { get; set; }
        public string? ClientId { get; set; }
        public string? ClientSecret { get; set; }
        public string? MetadataAddress { get; set; }
        public string ResponseType { get; set; } = "id_token";
        public ICollection<string> Scope { get; } = new HashSet<string>();
        public bool SaveTokens { get; set; }
        public bool GetClaimsFromUserInfoEndpoint { get; set; }
        public string? CallbackPath { get; set; }
        public string? SignedOutCallbackPath { get; set; }
        public bool UsePkce { get; set; }
        public string? SignInScheme { get; set; }
        public TokenValidationParameters TokenValidationParameters { get; set; } = new TokenValidationParameters();
    }
}

namespace Microsoft.AspNetCore.Authentication.JwtBearer
{
    using Microsoft.IdentityModel.Tokens;

    public static class JwtBearerDefaults
    {
        public const string AuthenticationScheme = "Bearer";
    }
    public class JwtBearerOptions
    {
        public string? Authority { get; set; }
        public string? Audience { get; set; }
        public string? MetadataAddress { get; set; }
        public bool RequireHttpsMetadata { get; set; } = true;
        public TokenValidationParameters TokenValidationParameters { get; set; } = new TokenValidationParameters();
    }
}

namespace Microsoft.AspNetCore.Components.WebAssembly.Authentication
{
    public class OidcProviderOptions
    {
        public string? Authority { get; set; }
        public string? ClientId { get; set; }
        public string? MetadataUrl { get; set; }
        public string? RedirectUri { get; set; }
        public string? PostLogoutRedirectUri { get; set; }
        public string? ResponseType { get; set; }
        public IList<string> DefaultScopes { get; } = new List<string>();
    }
    public class RemoteAuthenticationOptions<TRemoteAuthenticationProviderOptions> where TRemoteAuthenticationProviderOptions : new()
    {
        public TRemoteAuthenticationProviderOptions ProviderOptions { get; } = new TRemoteAuthenticationProviderOptions();
    }
}

namespace Microsoft.AspNetCore.Builder
{
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;

    public sealed class WebApplicationBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
        public ConfigurationManager Configuration { get; } = new ConfigurationManager();
        public WebApplication Build() => new WebApplication();
    }
    public sealed class WebApplication
    {
        public static WebApplicationBuilder CreateBuilder(string[] args) => new WebApplicationBuilder();
        public Task RunAsync() => Task.CompletedTask;
    }
}

namespace Microsoft.AspNetCore.Http
{
    public static class StatusCodes
    {
        public const int Status200OK = 200;
        public const int Status400BadRequest = 400;
        public const int Status401Unauthorized = 401;
    }
}

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult : IActionResult { }
    public class ActionResult<TValue> : IActionResult
    {
        public static implicit operator ActionResult<TValue>(TValue value) => new ActionResult<TValue>();
        public static implicit operator ActionResult<TValue>(ActionResult result) => new ActionResult<TValue>();
    }
    public abstract class ControllerBase
    {
        public virtual ActionResult Ok() => new ActionResult();
        public virtual ActionResult Ok(object? value) => new ActionResult();
        public virtual ActionResult BadRequest() => new ActionResult();
        public virtual ActionResult BadRequest(object? error) => new ActionResult();
        public virtual ActionResult Unauthorized() => new ActionResult();
        public virtual ActionResult NotFound() => new ActionResult();
        public virtual ActionResult NoContent() => new ActionResult();
        public virtual ActionResult StatusCode(int statusCode) => new ActionResult();
        public virtual ActionResult Redirect(string url) => new ActionResult();
    }
    [AttributeUsage(AttributeTargets.Class)] public sealed class ApiControllerAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)] public sealed class RouteAttribute : Attribute { public RouteAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpPostAttribute : Attribute { public HttpPostAttribute() { } public HttpPostAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpGetAttribute : Attribute { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpPutAttribute : Attribute { public HttpPutAttribute() { } public HttpPutAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromBodyAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromQueryAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromHeaderAttribute : Attribute { public string? Name { get; set; } }
}

namespace Microsoft.AspNetCore.Authorization
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)] public sealed class AuthorizeAttribute : Attribute { public string? Roles { get; set; } }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)] public sealed class AllowAnonymousAttribute : Attribute { }
}

namespace Microsoft.Maui.Storage
{
    public interface ISecureStorage
    {
        Task<string?> GetAsync(string key);
        Task SetAsync(string key, string value);
        bool Remove(string key);
    }
    public static class SecureStorage
    {
        public static ISecureStorage Default => throw null!;
    }
    public interface IPreferences
    {
        T Get<T>(string key, T defaultValue, string? sharedName = null);
        void Set<T>(string key, T value, string? sharedName = null);
    }
    public static class Preferences
    {
        public static IPreferences Default => throw null!;
    }
}

namespace Xamarin.Essentials
{
    public static class SecureStorage
    {
        public static Task<string?> GetAsync(string key) => Task.FromResult<string?>(null);
        public static Task SetAsync(string key, string value) => Task.CompletedTask;
        public static bool Remove(string key) => true;
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
        [CognitoClientId] public string ClientId { get; set; } = string.Empty;
        [CognitoClientSecret] public string? ClientSecret { get; set; }
        public string? UserPoolId { get; set; }
        public string? Region { get; set; }
    }

    public sealed class SignInResult
    {
        public bool Succeeded { get; init; }
        public string? AccessToken { get; init; }
        public string? IdToken { get; init; }
        public string? RefreshToken { get; init; }
        public string? ChallengeName { get; init; }
        public string? Session { get; init; }
    }
}

namespace MyShop.Identity.Generated
{
    using CognitoTyped;

    public sealed class CustomersSignUp
    {
        public string Username { get; set; } = string.Empty;
        public string Email { get; set; } = string.Empty;
        public string? GivenName { get; set; }
        public string? FamilyName { get; set; }
    }

    public sealed class CustomersWebClient
    {
        public CustomersWebClient([CognitoClientId] string clientId, [CognitoClientSecret] string? clientSecret = null) { }
        public CustomersWebClient(CognitoClientOptions options) { }
        public Task<SignInResult> SignInAsync(string username, [CognitoPassword] string password, CancellationToken ct = default) => Task.FromResult(new SignInResult());
        public Task SignUpAsync(CustomersSignUp model, [CognitoPassword] string password, CancellationToken ct = default) => Task.CompletedTask;
        public Task ConfirmSignUpAsync(string username, string confirmationCode, CancellationToken ct = default) => Task.CompletedTask;
        public Task ChangePasswordAsync(string accessToken, [CognitoPassword] string previousPassword, [CognitoPassword] string proposedPassword, CancellationToken ct = default) => Task.CompletedTask;
        public Task ForgotPasswordAsync(string username, CancellationToken ct = default) => Task.CompletedTask;
        public Task ConfirmForgotPasswordAsync(string username, string confirmationCode, [CognitoPassword] string newPassword, CancellationToken ct = default) => Task.CompletedTask;
        public Task<SignInResult> RefreshAsync(string refreshToken, CancellationToken ct = default) => Task.FromResult(new SignInResult());
    }

    public sealed class BackOfficeAdminClient
    {
        public BackOfficeAdminClient([CognitoClientId] string clientId, string userPoolId, [CognitoClientSecret] string? clientSecret = null) { }
        public Task CreateUserAsync(string username, string email, [CognitoPassword] string temporaryPassword, CancellationToken ct = default) => Task.CompletedTask;
        public Task SetPasswordAsync(string username, [CognitoPassword] string password, bool permanent = true, CancellationToken ct = default) => Task.CompletedTask;
    }
}
