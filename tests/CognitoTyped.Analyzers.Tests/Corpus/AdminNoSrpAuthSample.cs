using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;

namespace Corpus.AdminNoSrpAuthSample;

// Server-side admin authentication with Amazon.Extensions.CognitoAuthentication.
public class AdminAuthenticator
{
    private const string PoolId = "us-west-2_Adm1nN0Sp";
    private const string ClientId = "admin-tools";

    private readonly IAmazonCognitoIdentityProvider _provider;

    public AdminAuthenticator(IAmazonCognitoIdentityProvider provider) => _provider = provider;

    public async Task<string?> AuthenticateAsync(string username, string password)
    {
        var pool = new CognitoUserPool(PoolId, ClientId, _provider); // expect: CTY0001
        var user = new CognitoUser(username, ClientId, pool, _provider); // expect: CTY0001
        var response = await user.StartWithAdminNoSrpAuthAsync(new InitiateAdminNoSrpAuthRequest
        {
            Password = password,
        });
        return response.AuthenticationResult?.IdToken;
    }

    public async Task<string?> AuthenticateHealthCheckUserAsync()
    {
        var pool = new CognitoUserPool(PoolId, ClientId, _provider); // expect: CTY0001
        var user = new CognitoUser(
            userID: "healthcheck",
            clientID: ClientId, // expect: CTY0001
            pool: pool,
            provider: _provider);

        var response = await user.StartWithAdminNoSrpAuthAsync(new InitiateAdminNoSrpAuthRequest
        {
            Password = "H3alth-Ch3ck!", // expect: CTY0002
        });

        if (response.ChallengeName == ChallengeNameType.NEW_PASSWORD_REQUIRED)
        {
            response = await user.RespondToNewPasswordRequiredAsync(new RespondToNewPasswordRequiredRequest
            {
                SessionID = response.SessionID,
                NewPassword = "H3alth-Ch3ck!", // expect: CTY0002
            });
        }

        return response.AuthenticationResult?.IdToken;
    }
}
