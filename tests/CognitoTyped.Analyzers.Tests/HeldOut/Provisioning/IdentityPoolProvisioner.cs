using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentity;
using Amazon.CognitoIdentity.Model;
using HeldOut.Shared;
using Microsoft.Extensions.Configuration;

namespace HeldOut.Provisioning.Identity;

/// <summary>Creates the identity pool that federates our user pools.</summary>
public sealed class IdentityPoolProvisioner(IAmazonCognitoIdentity identity, IConfiguration configuration)
{
    public async Task<string> CreateAsync(string name, CancellationToken ct)
    {
        var response = await identity.CreateIdentityPoolAsync(new CreateIdentityPoolRequest
        {
            IdentityPoolName = name,
            AllowUnauthenticatedIdentities = false,
            CognitoIdentityProviders = new List<CognitoIdentityProvider>
            {
                new()
                {
                    ProviderName = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Q7xk2PzLm",
                    ClientId = configuration["Cognito:ClientId"],
                    ServerSideTokenCheck = true,
                },
                new()
                {
                    ProviderName = $"cognito-idp.us-east-1.amazonaws.com/{CognitoDefaults.UserPoolId}",
                    ClientId = CognitoDefaults.WebClientId, // expect: CTY0001
                },
                new CognitoIdentityProvider
                {
                    ProviderName = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E",
                    ClientId = "3706i8j76b2lajlj4h9du7794g", // expect: CTY0001
                },
            },
        }, ct);
        return response.IdentityPoolId;
    }

    public Task AddRegionAsync(string identityPoolId, string name, CancellationToken ct) =>
        identity.UpdateIdentityPoolAsync(new UpdateIdentityPoolRequest
        {
            IdentityPoolId = identityPoolId,
            IdentityPoolName = name,
            AllowUnauthenticatedIdentities = false,
            CognitoIdentityProviders = new List<CognitoIdentityProvider>
            {
                Provider("us-east-1_Q7xk2PzLm", configuration["Cognito:ClientId"]!),
                Provider("ap-southeast-2_Syd00001", "9dpmrcg629be2u66mr26846p7q"), // expect: CTY0001
            },
        }, ct);

    private static CognitoIdentityProvider Provider(string poolId, string clientId) => new()
    {
        ProviderName = $"cognito-idp.{poolId.Split('_')[0]}.amazonaws.com/{poolId}",
        ClientId = clientId,
    };

    public static CognitoAWSCredentials GuestCredentials(string idToken)
    {
        var credentials = new CognitoAWSCredentials("us-east-1:6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", RegionEndpoint.USEast1);
        credentials.AddLogin($"cognito-idp.us-east-1.amazonaws.com/{CognitoDefaults.UserPoolId}", idToken);
        return credentials;
    }
}
