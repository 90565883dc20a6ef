using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.TokenRevocationHardcoded;

internal static class CognitoAppConfig
{
    public const string ClientId = "9dpmrcg629be2u66mr26846p7q"; // expect: CTY0001
    public static readonly string ClientSecret = "dev-secret";
    public static readonly string AppClientSecret = "whjpmc9cuhy39t0tp1yx262lba53p23l4zgeiw1xf266ccifu6f"; // expect: CTY0003
}

public class SignOutHandler
{
    private readonly IAmazonCognitoIdentityProvider _cognito;

    public SignOutHandler(IAmazonCognitoIdentityProvider cognito) => _cognito = cognito;

    public async Task SignOutEverywhereAsync(string accessToken, string refreshToken)
    {
        await _cognito.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = accessToken });

        await _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = CognitoAppConfig.ClientId, // expect: CTY0001
            ClientSecret = CognitoAppConfig.AppClientSecret, // expect: CTY0003
            Token = refreshToken,
        });
    }

    public Task RevokeWithDevSecretAsync(string refreshToken) =>
        _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = CognitoAppConfig.ClientId, // expect: CTY0001
            ClientSecret = CognitoAppConfig.ClientSecret, // expect: CTY0003
            Token = refreshToken,
        });

    public Task RevokeLegacyAsync(string refreshToken)
    {
        var request = new RevokeTokenRequest();
        request.ClientId = "legacy-web"; // expect: CTY0001
        request.ClientSecret = "legacy-" + "secret"; // expect: CTY0003
        request.Token = refreshToken;
        return _cognito.RevokeTokenAsync(request);
    }

    public Task RevokePublicClientAsync(string clientId, string refreshToken) =>
        _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = clientId,
            ClientSecret = null,
            Token = refreshToken,
        });

    public Task RevokeWithEmptySecretAsync(string clientId, string refreshToken) =>
        _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = clientId,
            ClientSecret = string.Empty,
            Token = refreshToken,
        });
}
