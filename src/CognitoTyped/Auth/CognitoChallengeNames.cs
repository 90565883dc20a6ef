namespace CognitoTyped;

/// <summary>
/// Cognito's challenge and first-factor names, as sent on the wire (<c>ChallengeName</c>, <c>PREFERRED_CHALLENGE</c>,
/// <c>ANSWER</c>). The keys of the dictionaries that go with them are in <see cref="CognitoAuthParameterNames"/>.
/// </summary>
public static class CognitoChallengeNames
{
    /// <summary><c>NEW_PASSWORD_REQUIRED</c>.</summary>
    public const string NewPasswordRequired = "NEW_PASSWORD_REQUIRED";

    /// <summary><c>SMS_MFA</c>.</summary>
    public const string SmsMfa = "SMS_MFA";

    /// <summary><c>SOFTWARE_TOKEN_MFA</c>.</summary>
    public const string SoftwareTokenMfa = "SOFTWARE_TOKEN_MFA";

    /// <summary><c>EMAIL_OTP</c> (a challenge, an MFA type and a USER_AUTH first factor).</summary>
    public const string EmailOtp = "EMAIL_OTP";

    /// <summary><c>SMS_OTP</c> (a challenge and a USER_AUTH first factor).</summary>
    public const string SmsOtp = "SMS_OTP";

    /// <summary><c>MFA_SETUP</c>.</summary>
    public const string MfaSetup = "MFA_SETUP";

    /// <summary><c>SELECT_MFA_TYPE</c>.</summary>
    public const string SelectMfaType = "SELECT_MFA_TYPE";

    /// <summary><c>CUSTOM_CHALLENGE</c>.</summary>
    public const string CustomChallenge = "CUSTOM_CHALLENGE";

    /// <summary><c>SELECT_CHALLENGE</c>.</summary>
    public const string SelectChallenge = "SELECT_CHALLENGE";

    /// <summary><c>PASSWORD_VERIFIER</c>.</summary>
    public const string PasswordVerifier = "PASSWORD_VERIFIER";

    /// <summary><c>DEVICE_SRP_AUTH</c>.</summary>
    public const string DeviceSrpAuth = "DEVICE_SRP_AUTH";

    /// <summary><c>DEVICE_PASSWORD_VERIFIER</c>.</summary>
    public const string DevicePasswordVerifier = "DEVICE_PASSWORD_VERIFIER";

    /// <summary><c>PASSWORD</c>: the USER_AUTH first factor that sends the password.</summary>
    public const string Password = "PASSWORD";

    /// <summary><c>PASSWORD_SRP</c>: the USER_AUTH first factor that proves the password with SRP.</summary>
    public const string PasswordSrp = "PASSWORD_SRP";

    /// <summary><c>WEB_AUTHN</c>: the USER_AUTH passkey first factor (not answered by this library).</summary>
    public const string WebAuthn = "WEB_AUTHN";
}
