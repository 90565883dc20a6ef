namespace CognitoTyped;

/// <summary>
/// The keys of Cognito's <c>AuthParameters</c> (InitiateAuth), <c>ChallengeParameters</c> (what a challenge carries) and
/// <c>ChallengeResponses</c> (RespondToAuthChallenge), as Cognito spells them. Use them to build the responses for
/// <see cref="CognitoAuthClient.RespondToChallengeAsync"/>; the challenge names themselves are in <see cref="CognitoChallengeNames"/>.
/// </summary>
public static class CognitoAuthParameterNames
{
    /// <summary><c>USERNAME</c>: the user the request is for (AuthParameters and every ChallengeResponses).</summary>
    public const string Username = "USERNAME";

    /// <summary><c>PASSWORD</c>: the password, for USER_PASSWORD_AUTH or the USER_AUTH <c>PASSWORD</c> factor.</summary>
    public const string Password = "PASSWORD";

    /// <summary><c>SRP_A</c>: the client's SRP public value, for USER_SRP_AUTH, DEVICE_SRP_AUTH and <c>PASSWORD_SRP</c>.</summary>
    public const string SrpA = "SRP_A";

    /// <summary><c>SECRET_HASH</c>: the HMAC of username and client ID under the client secret, for clients that have one.</summary>
    public const string SecretHash = "SECRET_HASH";

    /// <summary><c>DEVICE_KEY</c>: the remembered device the request comes from.</summary>
    public const string DeviceKey = "DEVICE_KEY";

    /// <summary><c>REFRESH_TOKEN</c>: the refresh token, for REFRESH_TOKEN_AUTH.</summary>
    public const string RefreshToken = "REFRESH_TOKEN";

    /// <summary><c>PREFERRED_CHALLENGE</c>: the first factor USER_AUTH should start with (<see cref="CognitoChallengeNames"/>).</summary>
    public const string PreferredChallenge = "PREFERRED_CHALLENGE";

    /// <summary><c>USER_ID_FOR_SRP</c> (challenge parameter): the username SRP proofs and later answers must use.</summary>
    public const string UserIdForSrp = "USER_ID_FOR_SRP";

    /// <summary><c>SRP_B</c> (challenge parameter): the server's SRP public value.</summary>
    public const string SrpB = "SRP_B";

    /// <summary><c>SALT</c> (challenge parameter): the salt of the SRP verifier.</summary>
    public const string Salt = "SALT";

    /// <summary><c>SECRET_BLOCK</c> (challenge parameter): the block to sign and send back as <see cref="PasswordClaimSecretBlock"/>.</summary>
    public const string SecretBlock = "SECRET_BLOCK";

    /// <summary><c>PASSWORD_CLAIM_SECRET_BLOCK</c>: the challenge's SECRET_BLOCK, echoed in the PASSWORD_VERIFIER answer.</summary>
    public const string PasswordClaimSecretBlock = "PASSWORD_CLAIM_SECRET_BLOCK";

    /// <summary><c>PASSWORD_CLAIM_SIGNATURE</c>: the SRP proof of the password (or device password).</summary>
    public const string PasswordClaimSignature = "PASSWORD_CLAIM_SIGNATURE";

    /// <summary><c>TIMESTAMP</c>: the time the proof was signed at, in Cognito's format.</summary>
    public const string Timestamp = "TIMESTAMP";

    /// <summary><c>NEW_PASSWORD</c>: the new password, answering NEW_PASSWORD_REQUIRED.</summary>
    public const string NewPassword = "NEW_PASSWORD";

    /// <summary>
    /// <c>userAttributes.</c>: the prefix of an attribute in a NEW_PASSWORD_REQUIRED answer (<c>userAttributes.email</c>);
    /// <see cref="CognitoChallenge.RequiredAttributes"/> lists the names without it.
    /// </summary>
    public const string UserAttributePrefix = "userAttributes.";

    /// <summary><c>requiredAttributes</c> (challenge parameter): the JSON array of attributes NEW_PASSWORD_REQUIRED asks for.</summary>
    public const string RequiredAttributes = "requiredAttributes";

    /// <summary><c>userAttributes</c> (challenge parameter): the JSON object of the user's attributes, with NEW_PASSWORD_REQUIRED.</summary>
    public const string UserAttributes = "userAttributes";

    /// <summary><c>SMS_MFA_CODE</c>: the code answering SMS_MFA.</summary>
    public const string SmsMfaCode = "SMS_MFA_CODE";

    /// <summary><c>SOFTWARE_TOKEN_MFA_CODE</c>: the authenticator code answering SOFTWARE_TOKEN_MFA.</summary>
    public const string SoftwareTokenMfaCode = "SOFTWARE_TOKEN_MFA_CODE";

    /// <summary><c>EMAIL_OTP_CODE</c>: the code answering EMAIL_OTP.</summary>
    public const string EmailOtpCode = "EMAIL_OTP_CODE";

    /// <summary><c>SMS_OTP_CODE</c>: the code answering SMS_OTP.</summary>
    public const string SmsOtpCode = "SMS_OTP_CODE";

    /// <summary><c>EMAIL</c>: the address to send codes to, answering MFA_SETUP with email MFA.</summary>
    public const string Email = "EMAIL";

    /// <summary><c>ANSWER</c>: the answer to CUSTOM_CHALLENGE, or the choice answering SELECT_MFA_TYPE and SELECT_CHALLENGE.</summary>
    public const string Answer = "ANSWER";

    /// <summary><c>CODE_DELIVERY_DESTINATION</c> (challenge parameter): where the code was sent, masked.</summary>
    public const string CodeDeliveryDestination = "CODE_DELIVERY_DESTINATION";

    /// <summary><c>CODE_DELIVERY_DELIVERY_MEDIUM</c> (challenge parameter): how the code was sent (<c>SMS</c>, <c>EMAIL</c>).</summary>
    public const string CodeDeliveryDeliveryMedium = "CODE_DELIVERY_DELIVERY_MEDIUM";

    /// <summary><c>MFAS_CAN_CHOOSE</c> (challenge parameter): the JSON array of MFA types SELECT_MFA_TYPE offers.</summary>
    public const string MfasCanChoose = "MFAS_CAN_CHOOSE";

    /// <summary><c>MFAS_CAN_SETUP</c> (challenge parameter): the JSON array of MFA types MFA_SETUP offers.</summary>
    public const string MfasCanSetup = "MFAS_CAN_SETUP";
}
