namespace CognitoTyped;

/// <summary>
/// An authenticator-app (TOTP) secret associated with a signed-in user's account: show <see cref="OtpAuthUri"/> as a QR code
/// (or <see cref="SecretCode"/> for manual entry), then confirm it with
/// <see cref="CognitoAuthClient.VerifySoftwareTokenAsync(string, string, string?, System.Threading.CancellationToken)"/> and a
/// code from the app. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class CognitoSoftwareTokenSecret
{
    internal CognitoSoftwareTokenSecret(string secretCode, Uri otpAuthUri)
    {
        SecretCode = secretCode;
        OtpAuthUri = otpAuthUri;
    }

    /// <summary>The TOTP secret (Base32), for manual entry in an authenticator app. A secret: never log it.</summary>
    public string SecretCode { get; }

    /// <summary><c>otpauth://totp/{issuer}:{account}?secret=…&amp;issuer=…</c>, to show as a QR code. Contains the secret.</summary>
    public Uri OtpAuthUri { get; }

    /// <inheritdoc />
    public override string ToString() => "CognitoSoftwareTokenSecret { SecretCode = *** }";
}
