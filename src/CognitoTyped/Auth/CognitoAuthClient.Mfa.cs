using CognitoTyped.IdentityProvider;
using Key = CognitoTyped.CognitoAuthParameterNames;

namespace CognitoTyped;

// Second factors: MFA code answers, SELECT_MFA_TYPE, MFA_SETUP, and the signed-in user's authenticator and MFA preference.
public sealed partial class CognitoAuthClient
{
    /// <summary>Answers a code challenge: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, or SMS_OTP of the USER_AUTH flow.</summary>
    /// <param name="challenge">The challenge.</param>
    /// <param name="code">The code the user received or their authenticator shows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToMfaCodeAsync(CognitoChallenge challenge, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var key = challenge.Name switch
        {
            CognitoChallengeNames.SmsMfa => Key.SmsMfaCode,
            CognitoChallengeNames.SoftwareTokenMfa => Key.SoftwareTokenMfaCode,
            CognitoChallengeNames.EmailOtp => Key.EmailOtpCode,
            CognitoChallengeNames.SmsOtp => Key.SmsOtpCode,
            _ => throw new InvalidOperationException($"{challenge.Name} is not an MFA code challenge."),
        };
        return RespondWithAsync(challenge, key, code, cancellationToken);
    }

    /// <summary>Answers SELECT_MFA_TYPE with the MFA type the user picked.</summary>
    /// <param name="challenge">The SELECT_MFA_TYPE challenge.</param>
    /// <param name="mfaType">One of <see cref="CognitoChallenge.MfasCanChoose"/>: <c>SMS_MFA</c>, <c>SOFTWARE_TOKEN_MFA</c> or <c>EMAIL_OTP</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The challenge of the chosen type (a code challenge).</returns>
    /// <exception cref="ArgumentException">Cognito did not offer <paramref name="mfaType"/> (the Session is not spent).</exception>
    public Task<SignInResult> RespondToSelectMfaTypeAsync(CognitoChallenge challenge, string mfaType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(mfaType);
        ExpectChallenge(challenge, CognitoChallengeNames.SelectMfaType);
        ExpectOffered(challenge.MfasCanChoose, mfaType, nameof(mfaType));
        return RespondWithAsync(challenge, Key.Answer, mfaType, cancellationToken);
    }

    /// <summary>
    /// Starts answering MFA_SETUP with an authenticator app (AssociateSoftwareToken with the challenge's Session): returns the
    /// secret and an <c>otpauth://</c> URI to show as a QR code. Finish with <see cref="RespondToMfaSetupAsync"/>.
    /// </summary>
    /// <param name="challenge">The MFA_SETUP challenge; its Session is spent.</param>
    /// <param name="issuer">The name the authenticator app shows for your service (no ':').</param>
    /// <param name="accountName">The account label in the app; null uses the name the user signed in with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret, the URI and the Session for the next step.</returns>
    public async Task<CognitoSoftwareTokenSetup> AssociateSoftwareTokenAsync(CognitoChallenge challenge, string issuer, string? accountName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);

        ExpectChallenge(challenge, CognitoChallengeNames.MfaSetup);
        var session = challenge.SpendSession();
        var response = await _service.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = session }, cancellationToken).ConfigureAwait(false);
        var secret = SecretCodeOf(response);
        var label = string.IsNullOrWhiteSpace(accountName) ? challenge.SignInName : accountName;
        return new CognitoSoftwareTokenSetup(secret, CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, label, secret), response.Session, challenge.Username, challenge.Device)
        {
            Answers = challenge.Answers,
        };
    }

    /// <summary>
    /// Finishes MFA_SETUP: verifies the first code of the authenticator app (VerifySoftwareToken with the setup's Session), then
    /// answers MFA_SETUP with the Session that returns. The setup's Session is spent.
    /// </summary>
    /// <param name="setup">The setup from <see cref="AssociateSoftwareTokenAsync(CognitoChallenge, string, string?, CancellationToken)"/>.</param>
    /// <param name="code">The six-digit code the app shows.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, shown to the user later; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public async Task<SignInResult> RespondToMfaSetupAsync(CognitoSoftwareTokenSetup setup, string code, string? friendlyDeviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var session = setup.SpendSession();
        var verified = await VerifySoftwareTokenCoreAsync(
            new VerifySoftwareTokenRequest { Session = session, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
            cancellationToken).ConfigureAwait(false);

        return await _responder.AnswerMfaSetupAsync(setup, verified.Session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers MFA_SETUP by choosing email MFA with the address to send codes to; Cognito answers with EMAIL_OTP.</summary>
    /// <param name="challenge">The MFA_SETUP challenge (<see cref="CognitoChallenge.MfasCanSetup"/> lists <c>EMAIL_OTP</c>).</param>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The EMAIL_OTP challenge, or the tokens.</returns>
    public Task<SignInResult> RespondToMfaSetupWithEmailAsync(CognitoChallenge challenge, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(email);
        ExpectChallenge(challenge, CognitoChallengeNames.MfaSetup);
        return RespondWithAsync(challenge, Key.Email, email, cancellationToken);
    }

    /// <summary>
    /// Starts adding an authenticator app to a signed-in user's account (AssociateSoftwareToken with the access token): returns
    /// the secret and an <c>otpauth://</c> URI to show as a QR code. Confirm it with
    /// <see cref="VerifySoftwareTokenAsync(string, string, string?, CancellationToken)"/>, then turn it on with
    /// <see cref="SetMfaPreferenceAsync"/>. (During sign-in, MFA_SETUP uses the challenge overload instead.)
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="issuer">The name the authenticator app shows for your service (no ':').</param>
    /// <param name="accountName">The account label in the app, usually the user's email or username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret and its URI.</returns>
    public async Task<CognitoSoftwareTokenSecret> AssociateSoftwareTokenAsync(string accessToken, string issuer, string accountName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);

        var response = await _service.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = accessToken }, cancellationToken).ConfigureAwait(false);
        var secret = SecretCodeOf(response);
        return new CognitoSoftwareTokenSecret(secret, CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, accountName, secret));
    }

    /// <summary>
    /// Confirms the authenticator app associated with <see cref="AssociateSoftwareTokenAsync(string, string, string, CancellationToken)"/>
    /// with a code it shows (VerifySoftwareToken with the access token). A wrong code throws <see cref="CodeMismatchException"/>.
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="code">The six-digit code the app shows.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, shown to the user later; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Cognito has accepted the code.</returns>
    public async Task VerifySoftwareTokenAsync(string accessToken, string code, string? friendlyDeviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(code);
        _ = await VerifySoftwareTokenCoreAsync(
            new VerifySoftwareTokenRequest { AccessToken = accessToken, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Turns a second factor on or off for the signed-in user and optionally makes it the one Cognito asks for
    /// (SetUserMFAPreference). The pool's MFA configuration must allow it (OPTIONAL or ON).
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="factor">The factor to change.</param>
    /// <param name="enabled">Whether the factor is on.</param>
    /// <param name="preferred">Whether it is the factor Cognito asks for first; only meaningful when <paramref name="enabled"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the preference is saved.</returns>
    public async Task SetMfaPreferenceAsync(string accessToken, CognitoMfaFactor factor, bool enabled, bool preferred = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        if (preferred && !enabled)
        {
            throw new ArgumentException("A factor that is turned off cannot be the preferred one.", nameof(preferred));
        }

        var request = new SetUserMFAPreferenceRequest { AccessToken = accessToken };
        switch (factor)
        {
            case CognitoMfaFactor.SoftwareToken:
                request.SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            case CognitoMfaFactor.Sms:
                request.SMSMfaSettings = new SMSMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            case CognitoMfaFactor.Email:
                request.EmailMfaSettings = new EmailMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown MFA factor.");
        }

        _ = await _service.SetUserMFAPreferenceAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>VerifySoftwareToken; anything but SUCCESS (Cognito's other answer is ERROR) is refused.</summary>
    private async Task<VerifySoftwareTokenResponse> VerifySoftwareTokenCoreAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken)
    {
        var verified = await _service.VerifySoftwareTokenAsync(request, cancellationToken).ConfigureAwait(false);
        if (verified.Status != VerifySoftwareTokenResponseType.Success)
        {
            throw new CognitoProtocolException($"VerifySoftwareToken answered {verified.Status?.Value ?? "(no status)"} instead of SUCCESS.");
        }

        return verified;
    }

    private static string SecretCodeOf(AssociateSoftwareTokenResponse response)
        => response.SecretCode ?? throw new CognitoProtocolException("AssociateSoftwareToken returned no SecretCode.");
}
