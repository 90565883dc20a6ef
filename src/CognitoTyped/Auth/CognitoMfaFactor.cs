namespace CognitoTyped;

/// <summary>A second factor a user can turn on for their own account (SetUserMFAPreference).</summary>
public enum CognitoMfaFactor
{
    /// <summary>A code from an authenticator app (SOFTWARE_TOKEN_MFA); associate and verify the app first.</summary>
    SoftwareToken,

    /// <summary>A code sent by text message (SMS_MFA) to the user's verified phone number.</summary>
    Sms,

    /// <summary>A code sent by email (EMAIL_OTP) to the user's verified address.</summary>
    Email,
}
