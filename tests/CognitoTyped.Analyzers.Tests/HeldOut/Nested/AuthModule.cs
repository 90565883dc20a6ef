using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoTyped;

namespace HeldOut.Nested;

/// <summary>Everything auth-related of the reporting service, in one place.</summary>
public static class AuthModule
{
    public static class Constants
    {
        public const string ClientId = "qzpt49zhkken659o2v21i9mpfl"; // expect: CTY0001
        public const string ClientIdKey = "Auth:ClientId";

        public static class Secrets
        {
            public const string ClientSecret = "ad9w275pkacd8bzlpkdga9mj0m760l6tetd48ay13f2logqochv"; // expect: CTY0003
        }
    }

    public sealed class Handler(IAmazonCognitoIdentityProvider cognito)
    {
        public Task<InitiateAuthResponse> SignInAsync(string username, string password) =>
            cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = Constants.ClientId, // expect: CTY0001
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
            });

        public sealed class Revoker(IAmazonCognitoIdentityProvider provider)
        {
            public Task<RevokeTokenResponse> RevokeAsync(string token) =>
                provider.RevokeTokenAsync(new RevokeTokenRequest
                {
                    ClientId = Constants.ClientId, // expect: CTY0001
                    ClientSecret = Constants.Secrets.ClientSecret, // expect: CTY0003
                    Token = token,
                });
        }
    }

    internal sealed class Bootstrap
    {
        [CognitoPassword] private readonly string _bootstrapPassword = "B00tstrap!Admin"; // expect: CTY0002
        [CognitoPassword] private readonly string _runtimePassword;

        public Bootstrap(string runtimePassword)
        {
            _runtimePassword = runtimePassword;
        }

        public bool UsesBootstrap => _runtimePassword.Length == 0 && _bootstrapPassword.Length > 0;
    }

    private static class Diagnostics
    {
        public static string Describe() => $"client={Constants.ClientId[..4]}****";
    }
}
