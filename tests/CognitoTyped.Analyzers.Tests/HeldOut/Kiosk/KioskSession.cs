using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using HeldOut.Shared;

namespace HeldOut.Kiosk;

/// <summary>Signs a lobby kiosk into Cognito at boot.</summary>
public sealed partial class KioskSession
{
    private readonly IAmazonCognitoIdentityProvider _provider;
    private CognitoUser? _user;

    public KioskSession(IAmazonCognitoIdentityProvider provider)
    {
        _provider = provider;
    }

    public string Label => DeviceLabel;

    public async Task<CognitoUser> StartAsync()
    {
        var pool = new CognitoUserPool(
            CognitoDefaults.UserPoolId,
            KioskClientId, // expect: CTY0001
            _provider,
            KioskClientSecret); // expect: CTY0003

        var user = new CognitoUser(
            KioskAccount,
            KioskClientId, // expect: CTY0001
            pool,
            _provider,
            clientSecret: KioskClientSecret); // expect: CTY0003

        await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = KioskPassword }); // expect: CTY0002
        _user = user;
        return user;
    }

    public async Task RotatePasswordAsync(string newPassword)
    {
        if (_user is null)
        {
            return;
        }

        await _user.ChangePasswordAsync(KioskPassword, newPassword); // expect: CTY0002
    }
}
