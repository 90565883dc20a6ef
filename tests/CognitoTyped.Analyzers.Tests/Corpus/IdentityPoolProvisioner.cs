using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentity;
using Amazon.CognitoIdentity.Model;

namespace Corpus.IdentityPoolProvisioner;

public static class UserPoolClients
{
    public const string ProviderName = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Nm3Bv7Cx1";
    public const string WebClientId = "9m2i0hz2uep1enthjxjqi3ogz5"; // expect: CTY0001
    public const string MobileClientId = "kok16zv0mwufxbv932byv7s6eh"; // expect: CTY0001
    public const string AdminConsoleClient = "admin-console";
}

// One-off infrastructure script creating the identity pool.
public class IdentityPoolProvisioner
{
    private readonly IAmazonCognitoIdentity _identity = new AmazonCognitoIdentityClient(RegionEndpoint.USEast1);

    public async Task<string> CreateAsync()
    {
        var request = new CreateIdentityPoolRequest
        {
            IdentityPoolName = "storefront_identities",
            AllowUnauthenticatedIdentities = false,
            CognitoIdentityProviders = new List<CognitoIdentityProvider>
            {
                new CognitoIdentityProvider
                {
                    ProviderName = UserPoolClients.ProviderName,
                    ClientId = UserPoolClients.WebClientId, // expect: CTY0001
                    ServerSideTokenCheck = true,
                },
                new CognitoIdentityProvider
                {
                    ProviderName = UserPoolClients.ProviderName,
                    ClientId = UserPoolClients.MobileClientId, // expect: CTY0001
                },
            },
        };
        request.CognitoIdentityProviders.Add(new CognitoIdentityProvider
        {
            ProviderName = UserPoolClients.ProviderName,
            ClientId = UserPoolClients.AdminConsoleClient, // expect: CTY0001
        });

        var response = await _identity.CreateIdentityPoolAsync(request);
        return response.IdentityPoolId;
    }

    public Task AttachClientAsync(string identityPoolId, string providerName, string clientId)
    {
        return _identity.UpdateIdentityPoolAsync(new UpdateIdentityPoolRequest
        {
            IdentityPoolId = identityPoolId,
            IdentityPoolName = "storefront_identities",
            CognitoIdentityProviders = { new CognitoIdentityProvider { ProviderName = providerName, ClientId = clientId } },
        });
    }
}
