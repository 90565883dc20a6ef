namespace CognitoTyped;

/// <summary>
/// An authenticator-app (TOTP) setup started from the MFA_SETUP challenge: show <see cref="OtpAuthUri"/> as a QR code (or
/// <see cref="SecretCode"/> for manual entry), then finish with <see cref="CognitoAuthClient.RespondToMfaSetupAsync"/> and a code
/// from the app. It carries a single-use Session. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class CognitoSoftwareTokenSetup
{
    private string? _session;
    private int _used;

    internal CognitoSoftwareTokenSetup(string secretCode, Uri otpAuthUri, string? session, string username, CognitoDevice? device)
    {
        SecretCode = secretCode;
        OtpAuthUri = otpAuthUri;
        _session = session;
        Username = username;
        Device = device;
    }

    /// <summary>The TOTP secret (Base32), for manual entry in an authenticator app. A secret: never log it.</summary>
    public string SecretCode { get; }

    /// <summary><c>otpauth://totp/{issuer}:{account}?secret=…&amp;issuer=…</c>, to show as a QR code. Contains the secret.</summary>
    public Uri OtpAuthUri { get; }

    /// <summary>Whether the setup has been finished (its Session spent).</summary>
    public bool IsUsed => Volatile.Read(ref _used) != 0;

    internal string Username { get; }

    internal CognitoDevice? Device { get; }

    /// <summary>Where answers go: RespondToAuthChallenge, or AdminRespondToAuthChallenge (signed) when the sign-in began with AdminInitiateAuth.</summary>
    internal ChallengeResponder.AnswerChannel Answers { get; init; } = ChallengeResponder.AnswerChannel.User;

    /// <summary>An otpauth issuer is required and cannot contain ':' (it separates the issuer from the account in the label).</summary>
    /// <param name="issuer">The issuer.</param>
    internal static void ThrowIfInvalidIssuer(string issuer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        if (issuer.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("An otpauth issuer cannot contain ':'.", nameof(issuer));
        }
    }

    internal static Uri BuildOtpAuthUri(string issuer, string accountName, string secretCode)
    {
        var issuerPart = Uri.EscapeDataString(issuer);
        return new Uri($"otpauth://totp/{issuerPart}:{Uri.EscapeDataString(accountName)}?secret={Uri.EscapeDataString(secretCode)}&issuer={issuerPart}", UriKind.Absolute);
    }

    internal string? SpendSession()
    {
        if (Interlocked.Exchange(ref _used, 1) != 0)
        {
            throw new InvalidOperationException("This MFA setup was already finished; its Session cannot be replayed. Sign in again.");
        }

        var session = _session;
        _session = null;
        return session;
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoSoftwareTokenSetup {{ SecretCode = ***, Used = {IsUsed} }}";
}
