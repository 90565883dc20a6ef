namespace CognitoTyped.Analyzers.Tests;

/// <summary>
/// Stand-ins for the APIs the analyzer knows, declared with the exact namespaces, type and member names of the
/// AWS SDK for .NET, Amazon.Extensions.CognitoAuthentication and the CognitoTyped runtime (none of which is
/// restorable here). The analyzer matches them by metadata name, as it matches the real assemblies.
/// </summary>
internal static class StandIns
{
    public const string Source = """
        #nullable enable
        namespace CognitoTyped
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.Field, Inherited = true)]
            public sealed class CognitoClientIdAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.Field, Inherited = true)]
            public sealed class CognitoPasswordAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.Field, Inherited = true)]
            public sealed class CognitoClientSecretAttribute : System.Attribute { }

            public sealed class CognitoClientOptions
            {
                [CognitoClientId] public string? ClientId { get; set; }
                [CognitoClientSecret] public string? ClientSecret { get; set; }
                public string? UserPoolId { get; set; }
                public string? Region { get; set; }
            }

            public interface ICustomersWebClient
            {
                System.Threading.Tasks.Task SignInAsync(string username, [CognitoPassword] string password, System.Threading.CancellationToken ct = default);
            }

            public class CustomersWebClient : ICustomersWebClient
            {
                public CustomersWebClient(CognitoClientOptions options) { }
                public CustomersWebClient([CognitoClientId] string clientId, [CognitoClientSecret] string? clientSecret = null) { }
                public virtual System.Threading.Tasks.Task SignInAsync(string username, [CognitoPassword] string password, System.Threading.CancellationToken ct = default) => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task ChangePasswordAsync(string accessToken, [CognitoPassword] string previousPassword, [CognitoPassword] string proposedPassword, System.Threading.CancellationToken ct = default) => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task ForgotPasswordAsync(string username, System.Threading.CancellationToken ct = default) => System.Threading.Tasks.Task.CompletedTask;
            }

            public class DerivedWebClient : CustomersWebClient
            {
                public DerivedWebClient() : base(new CognitoClientOptions()) { }
                public override System.Threading.Tasks.Task SignInAsync(string username, string password, System.Threading.CancellationToken ct = default) => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace Amazon.CognitoIdentityProvider
        {
            public interface IAmazonCognitoIdentityProvider
            {
                System.Threading.Tasks.Task<Model.InitiateAuthResponse> InitiateAuthAsync(Model.InitiateAuthRequest request, System.Threading.CancellationToken cancellationToken = default);
            }
            public class AmazonCognitoIdentityProviderClient : IAmazonCognitoIdentityProvider
            {
                public System.Threading.Tasks.Task<Model.InitiateAuthResponse> InitiateAuthAsync(Model.InitiateAuthRequest request, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new Model.InitiateAuthResponse());
            }
            public sealed class AuthFlowType
            {
                public static readonly AuthFlowType USER_PASSWORD_AUTH = new AuthFlowType();
                public static readonly AuthFlowType ADMIN_USER_PASSWORD_AUTH = new AuthFlowType();
            }
            public sealed class ChallengeNameType
            {
                public static readonly ChallengeNameType NEW_PASSWORD_REQUIRED = new ChallengeNameType();
            }
        }

        namespace Amazon.CognitoIdentityProvider.Model
        {
            using System.Collections.Generic;
            public class InitiateAuthResponse { public string? Session { get; set; } }
            public class InitiateAuthRequest
            {
                public string? ClientId { get; set; }
                public AuthFlowType? AuthFlow { get; set; }
                public Dictionary<string, string> AuthParameters { get; set; } = new Dictionary<string, string>();
                public Dictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();
            }
            public class AdminInitiateAuthRequest
            {
                public string? ClientId { get; set; }
                public string? UserPoolId { get; set; }
                public AuthFlowType? AuthFlow { get; set; }
                public Dictionary<string, string> AuthParameters { get; set; } = new Dictionary<string, string>();
            }
            public class RespondToAuthChallengeRequest
            {
                public string? ClientId { get; set; }
                public ChallengeNameType? ChallengeName { get; set; }
                public string? Session { get; set; }
                public Dictionary<string, string> ChallengeResponses { get; set; } = new Dictionary<string, string>();
            }
            public class AdminRespondToAuthChallengeRequest
            {
                public string? ClientId { get; set; }
                public string? UserPoolId { get; set; }
                public Dictionary<string, string> ChallengeResponses { get; set; } = new Dictionary<string, string>();
            }
            public class SignUpRequest
            {
                public string? ClientId { get; set; }
                public string? SecretHash { get; set; }
                public string? Username { get; set; }
                public string? Password { get; set; }
            }
            public class ConfirmForgotPasswordRequest
            {
                public string? ClientId { get; set; }
                public string? SecretHash { get; set; }
                public string? Username { get; set; }
                public string? ConfirmationCode { get; set; }
                public string? Password { get; set; }
            }
            public class ChangePasswordRequest
            {
                public string? AccessToken { get; set; }
                public string? PreviousPassword { get; set; }
                public string? ProposedPassword { get; set; }
            }
            public class AdminCreateUserRequest
            {
                public string? UserPoolId { get; set; }
                public string? Username { get; set; }
                public string? TemporaryPassword { get; set; }
            }
            public class AdminSetUserPasswordRequest
            {
                public string? UserPoolId { get; set; }
                public string? Username { get; set; }
                public string? Password { get; set; }
                public bool Permanent { get; set; }
            }
            public class RevokeTokenRequest
            {
                public string? ClientId { get; set; }
                public string? ClientSecret { get; set; }
                public string? Token { get; set; }
            }
            public class GetTokensFromRefreshTokenRequest
            {
                public string? ClientId { get; set; }
                public string? ClientSecret { get; set; }
                public string? RefreshToken { get; set; }
            }
            public class UserPoolClientType
            {
                public string? ClientId { get; set; }
                public string? ClientName { get; set; }
            }
        }

        namespace Amazon.CognitoIdentity.Model
        {
            public class CognitoIdentityProvider
            {
                public string? ClientId { get; set; }
                public string? ProviderName { get; set; }
                public bool ServerSideTokenCheck { get; set; }
            }
        }

        namespace Amazon.Extensions.CognitoAuthentication
        {
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.CognitoIdentityProvider;

            public class CognitoUserPool
            {
                public CognitoUserPool(string poolID, string clientID, IAmazonCognitoIdentityProvider provider, string? clientSecret = null) { PoolID = poolID; ClientID = clientID; }
                public string PoolID { get; private set; }
                public string ClientID { get; private set; }
                public Task SignUpAsync(string userID, string password, IDictionary<string, string> userAttributes, IDictionary<string, string> validationData) => Task.CompletedTask;
                public CognitoUser GetUser(string userID) => new CognitoUser(userID, ClientID, this, null!);
            }

            public class CognitoUser
            {
                public CognitoUser(string userID, string clientID, CognitoUserPool pool, IAmazonCognitoIdentityProvider provider, string? clientSecret = null, string? status = null, string? username = null, Dictionary<string, string>? attributes = null) { }
                public virtual Task<AuthFlowResponse> StartWithSrpAuthAsync(InitiateSrpAuthRequest srpRequest) => Task.FromResult(new AuthFlowResponse());
                public virtual Task<AuthFlowResponse> StartWithAdminNoSrpAuthAsync(InitiateAdminNoSrpAuthRequest adminAuthRequest) => Task.FromResult(new AuthFlowResponse());
                public virtual Task<AuthFlowResponse> RespondToNewPasswordRequiredAsync(RespondToNewPasswordRequiredRequest newPasswordRequest) => Task.FromResult(new AuthFlowResponse());
                public virtual Task<AuthFlowResponse> StartWithCustomAuthAsync(InitiateCustomAuthRequest customRequest) => Task.FromResult(new AuthFlowResponse());
                public virtual Task ChangePasswordAsync(string oldPass, string newPass) => Task.CompletedTask;
                public virtual Task ConfirmForgotPasswordAsync(string confirmationCode, string newPassword) => Task.CompletedTask;
            }

            public class AuthFlowResponse { public string? SessionID { get; set; } }
            public class InitiateSrpAuthRequest
            {
                public string? Password { get; set; }
                public string? DevicePass { get; set; }
                public IDictionary<string, string>? ClientMetadata { get; set; }
            }
            public class InitiateAdminNoSrpAuthRequest
            {
                public string? Password { get; set; }
            }
            public class RespondToNewPasswordRequiredRequest
            {
                public string? SessionID { get; set; }
                public string? NewPassword { get; set; }
            }
            public class InitiateCustomAuthRequest
            {
                public IDictionary<string, string>? AuthParameters { get; set; }
            }
        }

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration
            {
                string? this[string key] { get; set; }
            }
        }
        """;
}
