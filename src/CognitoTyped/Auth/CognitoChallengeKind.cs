namespace CognitoTyped;

/// <summary>What a <see cref="CognitoChallenge"/> asks for, as a type (Cognito's challenge names are in <see cref="CognitoChallengeNames"/>).</summary>
public enum CognitoChallengeKind
{
    /// <summary>A challenge this version does not know; answer it with <see cref="CognitoAuthClient.RespondToChallengeAsync"/>.</summary>
    Unknown = 0,

    /// <summary>NEW_PASSWORD_REQUIRED: the user must set a new password (and the attributes in <see cref="CognitoChallenge.RequiredAttributes"/>).</summary>
    NewPasswordRequired,

    /// <summary>SMS_MFA: a code sent by SMS to <see cref="CognitoChallenge.CodeDeliveryDestination"/>.</summary>
    SmsMfa,

    /// <summary>SOFTWARE_TOKEN_MFA: a code from the user's authenticator app.</summary>
    SoftwareTokenMfa,

    /// <summary>EMAIL_OTP: a code sent by email (as MFA, or as the first factor of USER_AUTH).</summary>
    EmailOtp,

    /// <summary>SMS_OTP: a code sent by SMS as the first factor of USER_AUTH.</summary>
    SmsOtp,

    /// <summary>MFA_SETUP: MFA is required and the user has none; set up an authenticator (<see cref="CognitoChallenge.MfasCanSetup"/>).</summary>
    MfaSetup,

    /// <summary>SELECT_MFA_TYPE: the user has several MFA types and must pick one of <see cref="CognitoChallenge.MfasCanChoose"/>.</summary>
    SelectMfaType,

    /// <summary>CUSTOM_CHALLENGE: a challenge defined by the pool's Lambda triggers (CUSTOM_AUTH).</summary>
    CustomChallenge,

    /// <summary>SELECT_CHALLENGE: the choice-based USER_AUTH flow asks for one of <see cref="CognitoChallenge.AvailableChallenges"/>.</summary>
    SelectChallenge,

    /// <summary>PASSWORD_VERIFIER: the SRP step; the client answers it itself during SRP sign-in.</summary>
    PasswordVerifier,

    /// <summary>DEVICE_SRP_AUTH: Cognito asks the remembered device to prove itself (answer with the stored <see cref="CognitoDevice"/>).</summary>
    DeviceSrpAuth,

    /// <summary>DEVICE_PASSWORD_VERIFIER: the device SRP step; the client answers it itself.</summary>
    DevicePasswordVerifier,
}
