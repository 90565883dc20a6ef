using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Corpus.AuthParametersBuilder;

// Helper used by several background jobs that sign in as a service user.
public class ServiceUserAuthenticator
{
    private const string PasswordParameter = "PASSWORD";
    private const string UsernameParameter = "USERNAME";
    private static readonly string ServiceUserPassword = "Svc-User-" + "Passw0rd";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public ServiceUserAuthenticator(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    public async Task<string> GetTokenAsync()
    {
        var authParameters = new Dictionary<string, string>();
        authParameters.Add(UsernameParameter, "svc-nightly-export");
        authParameters.Add(PasswordParameter, ServiceUserPassword); // expect: CTY0002

        var request = new AdminInitiateAuthRequest
        {
            UserPoolId = _configuration["Cognito:UserPoolId"],
            ClientId = _configuration["Cognito:ClientId"],
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
        };
        request.AuthParameters = authParameters;

        var response = await _cognito.AdminInitiateAuthAsync(request);
        return response.AuthenticationResult.IdToken;
    }

    public async Task<string> GetTokenFromConfigurationAsync()
    {
        var authParameters = new Dictionary<string, string>
        {
            [UsernameParameter] = _configuration["ServiceUser:Username"]!,
            [PasswordParameter] = _configuration["ServiceUser:Password"]!,
        };

        var response = await _cognito.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = _configuration["Cognito:UserPoolId"],
            ClientId = _configuration["Cognito:ClientId"],
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = authParameters,
        });
        return response.AuthenticationResult.IdToken;
    }

    public Task<InitiateAuthResponse> StartSrpAsync(string username, string srpA)
    {
        var request = new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:ClientId"],
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
        };
        request.AuthParameters[UsernameParameter] = username;
        request.AuthParameters["SRP_A"] = srpA;
        request.AuthParameters["DEVICE_KEY"] = "us-east-1_f3a9b7c2-0d1e-4f5a-8b6c-7d8e9f0a1b2c";
        return _cognito.InitiateAuthAsync(request);
    }

    public Task<InitiateAuthResponse> RefreshWithStoredTokenAsync()
    {
        var request = new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:ClientId"],
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
        };
        request.AuthParameters.Add("REFRESH_TOKEN", "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.stored.refresh");
        request.AuthParameters.Add("SECRET_HASH", "c2VjcmV0LWhhc2gtY29tcHV0ZWQtb2ZmbGluZQ==");
        request.AuthParameters.Add("USERNAME", "oc9is0j8ht9lgmxg9edn581u33");
        return _cognito.InitiateAuthAsync(request);
    }
}
