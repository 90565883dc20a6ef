using System;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Microsoft.Extensions.Configuration;

namespace Corpus.EnvironmentSpecificClients;

public class EnvironmentAwareSignIn
{
    private static readonly bool IsProduction =
        string.Equals(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"), "Production", StringComparison.OrdinalIgnoreCase);

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public EnvironmentAwareSignIn(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    public Task<InitiateAuthResponse> SignInAsync(string username, string password, bool useDemoAccount)
    {
        var request = new InitiateAuthRequest
        {
            ClientId = IsProduction ? "storefront-prod" : "storefront-dev", // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        };
        request.AuthParameters["USERNAME"] = useDemoAccount ? "demo@storefront.io" : username;
        request.AuthParameters["PASSWORD"] = useDemoAccount ? "Demo-Passw0rd!" : password; // expect: CTY0002 (may-reach: a constant fallback or branch)
        return _cognito.InitiateAuthAsync(request);
    }

    public Task<InitiateAuthResponse> SignInDemoAsync(bool eu)
    {
        var request = new InitiateAuthRequest
        {
            ClientId = IsProduction ? _configuration["Cognito:ClientId"] : "storefront-dev", // expect: CTY0001 (may-reach: a constant fallback or branch)
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        };
        request.AuthParameters["USERNAME"] = eu ? "demo-eu@storefront.io" : "demo-us@storefront.io";
        request.AuthParameters["PASSWORD"] = eu ? "Demo-EU-Passw0rd!" : "Demo-US-Passw0rd!"; // expect: CTY0002
        return _cognito.InitiateAuthAsync(request);
    }

    public CognitoUserPool CreatePool(IAmazonCognitoIdentityProvider provider)
    {
        var clientId = _configuration["Cognito:ClientId"] ?? "storefront-dev";
        var clientSecret = IsProduction
            ? _configuration["Cognito:ClientSecret"]
            : null;
        return new CognitoUserPool(_configuration["Cognito:UserPoolId"], clientId, provider, clientSecret); // expect: CTY0001 (may-reach: a constant fallback or branch)
    }

    public CognitoUserPool CreateStagingPool(IAmazonCognitoIdentityProvider provider, bool blue) =>
        new CognitoUserPool(
            "us-east-1_St4g1ngPl",
            blue ? "staging-blue" : "staging-green", // expect: CTY0001
            provider,
            clientSecret: blue ? "staging-blue-secret" : "staging-green-secret"); // expect: CTY0003

    public Task SetPasswordAsync(string username, string? requested)
    {
        string password;
        if (requested is null)
        {
            password = "Fallback-Passw0rd!";
        }
        else
        {
            password = requested;
        }

        return _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _configuration["Cognito:UserPoolId"],
            Username = username,
            Password = password,
        });
    }

    public Task SetOnboardingPasswordAsync(string username, bool contractor)
    {
        string password;
        if (contractor)
        {
            password = "Contractor-Start1!";
        }
        else
        {
            password = "Employee-Start1!";
        }

        return _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _configuration["Cognito:UserPoolId"],
            Username = username,
            Password = password, // expect: CTY0002
            Permanent = false,
        });
    }
}
