using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Hard.Kiosk;

public sealed partial class StoreKiosk : KioskAuthBase
{
    public StoreKiosk(IAmazonCognitoIdentityProvider cognito) : base(cognito) { }

    public async Task StartAsync(CancellationToken ct)
    {
        var response = await Cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = KioskClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>(KioskAccount),
        }, ct);
        _session = response.Session;
    }

    public Task<InitiateAuthResponse> ManagerOverrideAsync(CancellationToken ct) =>
        Cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = KioskClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = ManagerOverride,
        }, ct);

    public int PrinterSettingsCount() => ReceiptPrinter.Count + (_session?.Length ?? 0);
}
