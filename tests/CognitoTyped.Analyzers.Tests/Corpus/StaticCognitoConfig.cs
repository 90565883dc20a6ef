using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;

namespace Corpus.StaticCognitoConfig;

public static class CognitoConfig
{
    public const string PoolId = "us-east-2_Rw9Qe1Ty5";
    public static readonly string ClientId = "3706i8j76b2lajlj4h9du7794g"; // expect: CTY0001
    public static string ClientSecret { get; } = "d6yibehmi5skoewqkur3jq64nq6puxcmlzkruykqh7dx297gq8z"; // expect: CTY0003
    public static readonly RegionEndpoint Region = RegionEndpoint.USEast2;
}

public class DesktopAuthClient
{
    private readonly AmazonCognitoIdentityProviderClient _provider = new AmazonCognitoIdentityProviderClient(CognitoConfig.Region);

    public CognitoUserPool Pool => new CognitoUserPool(CognitoConfig.PoolId, CognitoConfig.ClientId, _provider, CognitoConfig.ClientSecret); // expect: CTY0001, CTY0003

    public async Task<AuthFlowResponse> LoginAsync(string username, string password)
    {
        var user = new CognitoUser(username, CognitoConfig.ClientId, Pool, _provider, CognitoConfig.ClientSecret); // expect: CTY0001, CTY0003
        return await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = password });
    }

    public Task<InitiateAuthResponse> LoginDirectAsync(string username, string password, string secretHash) =>
        _provider.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = CognitoConfig.ClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                { "USERNAME", username },
                { "PASSWORD", password },
                { "SECRET_HASH", secretHash },
            },
        });
}
