using CognitoTyped.IdentityProvider;

namespace CognitoTyped;

/// <summary>
/// The outcome of a sign-in step: either the user is signed in (<see cref="Tokens"/>), or Cognito asks for more
/// (<see cref="Challenge"/>: a new password, an MFA code, …) to be answered through the same client.
/// </summary>
public sealed class SignInResult
{
    private SignInResult(CognitoTokens? tokens, CognitoChallenge? challenge, NewDeviceMetadataType? newDevice)
    {
        Tokens = tokens;
        Challenge = challenge;
        NewDevice = newDevice;
    }

    /// <summary>The tokens, when the user is signed in; otherwise null and <see cref="Challenge"/> says what is asked.</summary>
    public CognitoTokens? Tokens { get; }

    /// <summary>The challenge to answer, when the user is not signed in yet.</summary>
    public CognitoChallenge? Challenge { get; }

    /// <summary>The device Cognito offers to remember (device tracking on), to confirm with ConfirmDevice.</summary>
    public NewDeviceMetadataType? NewDevice { get; }

    /// <summary>Whether the user is signed in.</summary>
    public bool IsSignedIn => Tokens is not null;

    /// <summary>The name of the pending challenge (<c>NEW_PASSWORD_REQUIRED</c>, <c>SOFTWARE_TOKEN_MFA</c>, …), or null when signed in.</summary>
    public string? ChallengeName => Challenge?.Name;

    internal static SignInResult SignedIn(CognitoTokens tokens, NewDeviceMetadataType? newDevice) => new(tokens, null, newDevice);

    internal static SignInResult Challenged(CognitoChallenge challenge) => new(null, challenge, null);

    /// <inheritdoc />
    public override string ToString() => IsSignedIn ? "SignInResult { SignedIn }" : $"SignInResult {{ Challenge = {ChallengeName} }}";
}

/// <summary>
/// A challenge Cognito asked for during sign-in. It carries the challenge's Session, which can be answered once:
/// answering it twice throws instead of replaying the Session.
/// </summary>
public sealed class CognitoChallenge
{
    private string? _session;
    private int _answered;

    internal CognitoChallenge(string name, IReadOnlyDictionary<string, string> parameters, string? session, string username)
    {
        Name = name;
        Parameters = parameters;
        _session = session;
        Username = username;
    }

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
            if (!Parameters.TryGetValue("requiredAttributes", out var json) || string.IsNullOrWhiteSpace(json))
            {
                return Array.Empty<string>();
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
                return document.RootElement.EnumerateArray()
                    .Select(e => e.GetString() ?? string.Empty)
                    .Select(n => n.StartsWith("userAttributes.", StringComparison.Ordinal) ? n["userAttributes.".Length..] : n)
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
    public override string ToString() => $"CognitoChallenge {{ Name = {Name}, Answered = {IsAnswered} }}";
}
