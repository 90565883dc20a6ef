using System.Collections.Generic;
using Amazon.CognitoIdentityProvider;

namespace Hard.Kiosk;

/// <summary>Shared by every in-store kiosk app.</summary>
public abstract class KioskAuthBase
{
    protected const string KioskClientId = "k1oskst0rea1b2c3d4e5f6g7h8"; // expect: CTY0001 (label added after the first run: named like a client ID and shaped, reported at its declaration too)

    protected static readonly Dictionary<string, string> KioskAccount = new()
    {
        ["USERNAME"] = "kiosk-device",
        ["PASSWORD"] = "K1osk-Device-2024!", // expect: CTY0002
    };

    protected KioskAuthBase(IAmazonCognitoIdentityProvider cognito) => Cognito = cognito;

    protected IAmazonCognitoIdentityProvider Cognito { get; }

    protected virtual string DisplayName => "kiosk";
}
