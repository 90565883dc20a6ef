using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;

namespace Corpus.SrpAuthFlowSample;

// Adapted from the Amazon.Extensions.CognitoAuthentication README.
public static class SrpSample
{
    public static async Task GetCredsAsync()
    {
        var provider = new AmazonCognitoIdentityProviderClient(new AnonymousAWSCredentials(), RegionEndpoint.USEast1);
        var userPool = new CognitoUserPool("us-east-1_Ab1Cd2Ef3", "z5fk2z9ri19r0wyojfljooa5lq", provider); // expect: CTY0001
        var user = new CognitoUser("jane.doe", "z5fk2z9ri19r0wyojfljooa5lq", userPool, provider, "tyxv2kgafrfw0h9nywt1fd4mx82mux4b0pzcyc3edqmevxrvcqu"); // expect: CTY0001, CTY0003

        var authRequest = new InitiateSrpAuthRequest
        {
            Password = "userPassword", // expect: CTY0002
        };

        var authResponse = await user.StartWithSrpAuthAsync(authRequest).ConfigureAwait(false);

        while (authResponse.AuthenticationResult == null)
        {
            if (authResponse.ChallengeName == Amazon.CognitoIdentityProvider.ChallengeNameType.NEW_PASSWORD_REQUIRED)
            {
                authResponse = await user.RespondToNewPasswordRequiredAsync(new RespondToNewPasswordRequiredRequest
                {
                    SessionID = authResponse.SessionID,
                    NewPassword = "NewP@ssw0rd", // expect: CTY0002
                }).ConfigureAwait(false);
            }
            else
            {
                throw new NotSupportedException($"Unrecognized challenge {authResponse.ChallengeName}");
            }
        }

        var accessToken = authResponse.AuthenticationResult.AccessToken;
        Console.WriteLine($"Access token length: {accessToken.Length}");
    }

    public static async Task SignInInteractiveAsync(string poolId, string clientId)
    {
        var provider = new AmazonCognitoIdentityProviderClient(new AnonymousAWSCredentials(), RegionEndpoint.USEast1);
        var userPool = new CognitoUserPool(poolId, clientId, provider);
        Console.Write("User: ");
        var userId = Console.ReadLine() ?? string.Empty;
        Console.Write("Password: ");
        var password = Console.ReadLine() ?? string.Empty;

        var user = new CognitoUser(userId, clientId, userPool, provider);
        var response = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = password });

        if (response.ChallengeName == Amazon.CognitoIdentityProvider.ChallengeNameType.NEW_PASSWORD_REQUIRED)
        {
            Console.Write("New password: ");
            var newPassword = Console.ReadLine() ?? string.Empty;
            await user.RespondToNewPasswordRequiredAsync(new RespondToNewPasswordRequiredRequest
            {
                SessionID = response.SessionID,
                NewPassword = newPassword,
            });
        }
    }
}
