namespace CognitoTyped;

/// <summary>
/// A challenge Cognito asked for during sign-in. It carries the challenge's Session, which can be answered once:
/// answering it twice throws instead of replaying the Session.
/// </summary>
public sealed class CognitoChallenge
{
    private string? _session;
    private int _answered;

    internal CognitoChallenge(string name, IReadOnlyDictionary<string, string> parameters, string? session, string username)
        : this(name, parameters, session, username, username, null, null)
    {
    }

    internal CognitoChallenge(
        string name,
        IReadOnlyDictionary<string, string> parameters,
        string? session,
        string username,
        string signInName,
        IReadOnlyList<string>? availableChallenges,
        CognitoDevice? device)
    {
        Name = name;
        Parameters = parameters;
        _session = session;
        Username = username;
        SignInName = signInName;
        AvailableChallenges = availableChallenges ?? Array.Empty<string>();
        Device = device;
        Kind = KindOf(name);
    }

    /// <summary>What is asked, as a type: switch on this rather than on <see cref="Name"/>.</summary>
    public CognitoChallengeKind Kind { get; }

    /// <summary>
    /// For <see cref="CognitoChallengeKind.SelectChallenge"/> (the choice-based USER_AUTH flow): the first factors the user may
    /// answer with (<c>PASSWORD</c>, <c>PASSWORD_SRP</c>, <c>EMAIL_OTP</c>, <c>SMS_OTP</c>, <c>WEB_AUTHN</c>), as Cognito names them
    /// (see <see cref="CognitoChallengeNames"/>); empty for other challenges.
    /// </summary>
    public IReadOnlyList<string> AvailableChallenges { get; }

    /// <summary>Where the code was sent, masked by Cognito (<c>+*******1234</c>, <c>a***@e***</c>), for code challenges; else null.</summary>
    public string? CodeDeliveryDestination => Parameters.TryGetValue(CognitoAuthParameterNames.CodeDeliveryDestination, out var value) && value.Length > 0 ? value : null;

    /// <summary>How the code was sent (<c>SMS</c> or <c>EMAIL</c>), for code challenges; else null.</summary>
    public string? CodeDeliveryMedium => Parameters.TryGetValue(CognitoAuthParameterNames.CodeDeliveryDeliveryMedium, out var value) && value.Length > 0 ? value : null;

    /// <summary>For <see cref="CognitoChallengeKind.SelectMfaType"/>: the MFA types the user may choose (<c>SMS_MFA</c>, <c>SOFTWARE_TOKEN_MFA</c>, <c>EMAIL_OTP</c>).</summary>
    public IReadOnlyList<string> MfasCanChoose => JsonStringArray(CognitoAuthParameterNames.MfasCanChoose);

    /// <summary>For <see cref="CognitoChallengeKind.MfaSetup"/>: the MFA types the user may set up (<c>SOFTWARE_TOKEN_MFA</c>, <c>EMAIL_OTP</c>).</summary>
    public IReadOnlyList<string> MfasCanSetup => JsonStringArray(CognitoAuthParameterNames.MfasCanSetup);

    /// <summary>
    /// For NEW_PASSWORD_REQUIRED: the user's current attributes as Cognito sent them (<c>userAttributes</c>), keyed by Cognito
    /// name; empty for other challenges.
    /// </summary>
    public IReadOnlyDictionary<string, string> UserAttributes
    {
        get
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!Parameters.TryGetValue(CognitoAuthParameterNames.UserAttributes, out var json) || string.IsNullOrWhiteSpace(json))
            {
                return result;
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
                if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        result[property.Name] = property.Value.ValueKind == System.Text.Json.JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    }
                }
            }
            catch (System.Text.Json.JsonException)
            {
                result.Clear();
            }

            return result;
        }
    }

    /// <summary>The name the user signed in with (may be an alias such as the email), e.g. for an authenticator's label.</summary>
    internal string SignInName { get; }

    /// <summary>The remembered device the sign-in runs with, so later answers carry DEVICE_KEY and answer DEVICE_SRP_AUTH.</summary>
    internal CognitoDevice? Device { get; }

    /// <summary>Where answers go: RespondToAuthChallenge, or AdminRespondToAuthChallenge (signed) when the sign-in began with AdminInitiateAuth.</summary>
    internal ChallengeResponder.AnswerChannel Answers { get; init; } = ChallengeResponder.AnswerChannel.User;

    /// <summary>The challenge name as Cognito sends it, e.g. <c>NEW_PASSWORD_REQUIRED</c>.</summary>
    public string Name { get; }

    /// <summary>The challenge parameters (for NEW_PASSWORD_REQUIRED: <c>requiredAttributes</c>, <c>userAttributes</c>; for MFA: the code delivery destination).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The username to answer with: Cognito's USER_ID_FOR_SRP when it sent one (sign-in by alias), else the name signed in with.</summary>
    public string Username { get; }

    /// <summary>Whether this challenge has been answered (its Session spent).</summary>
    public bool IsAnswered => Volatile.Read(ref _answered) != 0;

    /// <summary>
    /// The attributes NEW_PASSWORD_REQUIRED asks for, without the <c>userAttributes.</c> prefix; empty for other challenges.
    /// </summary>
    public IReadOnlyList<string> RequiredAttributes
    {
        get
        {
            if (!Parameters.TryGetValue(CognitoAuthParameterNames.RequiredAttributes, out var json) || string.IsNullOrWhiteSpace(json))
            {
                return Array.Empty<string>();
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
                return document.RootElement.EnumerateArray()
                    .Select(e => e.GetString() ?? string.Empty)
                    .Select(n => n.StartsWith(CognitoAuthParameterNames.UserAttributePrefix, StringComparison.Ordinal) ? n[CognitoAuthParameterNames.UserAttributePrefix.Length..] : n)
                    .Where(n => n.Length > 0)
                    .ToArray();
            }
            catch (System.Text.Json.JsonException)
            {
                return Array.Empty<string>();
            }
            catch (InvalidOperationException)
            {
                return Array.Empty<string>();
            }
        }
    }

    internal static CognitoChallengeKind KindOf(string name) => name switch
    {
        CognitoChallengeNames.NewPasswordRequired => CognitoChallengeKind.NewPasswordRequired,
        CognitoChallengeNames.SmsMfa => CognitoChallengeKind.SmsMfa,
        CognitoChallengeNames.SoftwareTokenMfa => CognitoChallengeKind.SoftwareTokenMfa,
        CognitoChallengeNames.EmailOtp => CognitoChallengeKind.EmailOtp,
        CognitoChallengeNames.SmsOtp => CognitoChallengeKind.SmsOtp,
        CognitoChallengeNames.MfaSetup => CognitoChallengeKind.MfaSetup,
        CognitoChallengeNames.SelectMfaType => CognitoChallengeKind.SelectMfaType,
        CognitoChallengeNames.CustomChallenge => CognitoChallengeKind.CustomChallenge,
        CognitoChallengeNames.SelectChallenge => CognitoChallengeKind.SelectChallenge,
        CognitoChallengeNames.PasswordVerifier => CognitoChallengeKind.PasswordVerifier,
        CognitoChallengeNames.DeviceSrpAuth => CognitoChallengeKind.DeviceSrpAuth,
        CognitoChallengeNames.DevicePasswordVerifier => CognitoChallengeKind.DevicePasswordVerifier,
        _ => CognitoChallengeKind.Unknown,
    };

    private string[] JsonStringArray(string parameter)
    {
        if (!Parameters.TryGetValue(parameter, out var json) || string.IsNullOrWhiteSpace(json))
        {
            return Array.Empty<string>();
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : Array.Empty<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>Takes the Session for one answer; a second call throws.</summary>
    internal string? SpendSession()
    {
        if (Interlocked.Exchange(ref _answered, 1) != 0)
        {
            throw new InvalidOperationException($"The {Name} challenge was already answered; its Session cannot be replayed. Sign in again.");
        }

        var session = _session;
        _session = null;
        return session;
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoChallenge {{ Name = {Name}, Kind = {Kind}, Answered = {IsAnswered} }}";
}
