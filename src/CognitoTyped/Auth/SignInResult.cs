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
