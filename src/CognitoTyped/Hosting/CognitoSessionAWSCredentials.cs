using Amazon.Runtime;
using CognitoTyped.Identity;

namespace CognitoTyped.Hosting;

/// <summary>
/// The identity-pool AWS credentials of whoever is signed in to a <see cref="CognitoAppSession"/> now: the AWS credentials
/// <c>UseCognitoIdentityCredentials</c> puts in <c>AWSOptions.Credentials</c>. Each sign-in (and each sign-out) gets its own
/// <see cref="CognitoAWSCredentials"/>, made on the first signed call after it, so no user ever signs with a previous user's
/// identity or keys.
/// </summary>
internal sealed class CognitoSessionAWSCredentials : AWSCredentials, IDisposable
{
    private readonly CognitoAppSession _appSession;
    private readonly CognitoIdentityPool _identityPool;
    private readonly bool _allowGuests;
    private Turn? _turn;

    internal CognitoSessionAWSCredentials(CognitoAppSession appSession, CognitoIdentityPool identityPool, bool allowGuests)
    {
        _appSession = appSession;
        _identityPool = identityPool;
        _allowGuests = allowGuests;
    }

    /// <inheritdoc />
    public override ImmutableCredentials GetCredentials() => Current().GetCredentials();

    /// <inheritdoc />
    public override Task<ImmutableCredentials> GetCredentialsAsync() => Current().GetCredentialsAsync();

    /// <summary>Disposes the identity pool client this object owns (with the service provider that made it).</summary>
    public void Dispose() => _identityPool.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"CognitoSessionAWSCredentials {{ UserPool = {_appSession.UserPool}, IsSignedIn = {(_appSession.IsSignedIn ? "true" : "false")} }}";

    /// <summary>The credentials of the current sign-in, made the first time they are asked for.</summary>
    private CognitoAWSCredentials Current()
    {
        var signedIn = _appSession.Turn;
        var turn = Volatile.Read(ref _turn);
        if (turn is not null && ReferenceEquals(turn.SignedIn, signedIn))
        {
            return turn.Credentials;
        }

        // Racing callers may each make credentials for the same sign-in; one wins and the others' are dropped unused.
        var made = new Turn(signedIn, CredentialsFor(signedIn.Session));
        var seen = Interlocked.CompareExchange(ref _turn, made, turn);
        return seen is not null && ReferenceEquals(seen.SignedIn, signedIn) ? seen.Credentials : made.Credentials;
    }

    private CognitoAWSCredentials CredentialsFor(CognitoTokenSession? user)
    {
        if (user is not null)
        {
            // Bound to this user's token session, not to the app session: credentials still in use after a switch keep
            // asking for their own user's tokens, never the next user's under the previous user's identity.
            return _identityPool.GetCredentials(user.GetTokensAsync);
        }

        if (_allowGuests)
        {
            return _identityPool.GetGuestCredentials();
        }

        throw new InvalidOperationException(
            $"No user is signed in to user pool {_appSession.UserPool}, and its identity pool gives no guest credentials "
            + "(AllowUnauthenticatedIdentities is false): sign a user in (CognitoAppSession.SignIn) before calling AWS.");
    }

    private sealed record Turn(CognitoAppSession.SignedIn SignedIn, CognitoAWSCredentials Credentials);
}
