namespace CognitoTyped.Hosting;

/// <summary>
/// The signed-in user of a single-user app (desktop, MAUI, a worker acting for one user) in one user pool: empty until
/// <see cref="SignIn"/>, empty again after <see cref="SignOut"/>. <c>AddCognitoTyped</c> registers one per pool as a keyed
/// singleton under the pool's name; <c>UseCognitoIdentityCredentials</c> makes AWS clients sign as this user.
/// <see cref="ToString"/> never shows tokens.
/// </summary>
/// <remarks>
/// A server that serves many users must not keep them here: there is one per pool for the whole process. Give each request
/// its own <see cref="CognitoTokenSession"/> instead.
/// </remarks>
public sealed class CognitoAppSession : ICognitoTokenSession
{
    /// <summary>Who is signed in now; a new object for each sign-in and sign-out, so its identity tells one user's turn from the next.</summary>
    private SignedIn _current = SignedIn.Nobody;

    /// <summary>Creates an empty session for <paramref name="userPool"/>.</summary>
    /// <param name="userPool">The user pool's name in cognito.json (shown in messages).</param>
    public CognitoAppSession(string userPool)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPool);
        UserPool = userPool;
    }

    /// <summary>Raised after <see cref="SignIn"/> or <see cref="SignOut"/> changed who is signed in.</summary>
    public event EventHandler? Changed;

    /// <summary>The user pool's name in cognito.json.</summary>
    public string UserPool { get; }

    /// <summary>Whether a user is signed in.</summary>
    public bool IsSignedIn => Current is not null;

    /// <summary>The signed-in user's token session; null when nobody is signed in.</summary>
    public CognitoTokenSession? Current => Volatile.Read(ref _current).Session;

    /// <summary>The signed-in user's tokens held now, without refreshing.</summary>
    /// <exception cref="InvalidOperationException">No user is signed in.</exception>
    public CognitoTokens Tokens => Required().Tokens;

    /// <summary>This sign-in (or sign-out); replaced by the next one. What identity credentials are keyed on.</summary>
    internal SignedIn Turn => Volatile.Read(ref _current);

    /// <summary>Signs <paramref name="session"/>'s user in, replacing whoever was signed in.</summary>
    /// <param name="session">The token session from sign-in (or from <see cref="CognitoTokenSession.LoadAsync"/>).</param>
    public void SignIn(CognitoTokenSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Replace(new SignedIn(session));
    }

    /// <summary>Signs the current user out; does nothing when nobody is signed in. Does not revoke tokens: call <c>GlobalSignOut</c> or <c>RevokeToken</c> for that.</summary>
    public void SignOut()
    {
        if (Volatile.Read(ref _current).Session is not null)
        {
            Replace(SignedIn.Nobody);
        }
    }

    /// <summary>The signed-in user's current tokens, refreshed when they are about to expire.</summary>
    /// <param name="cancellationToken">Stops this caller waiting.</param>
    /// <returns>Current tokens.</returns>
    /// <exception cref="InvalidOperationException">No user is signed in.</exception>
    public ValueTask<CognitoTokens> GetTokensAsync(CancellationToken cancellationToken = default) => Required().GetTokensAsync(cancellationToken);

    /// <summary>Refreshes the signed-in user's tokens now.</summary>
    /// <param name="cancellationToken">Stops this caller waiting.</param>
    /// <returns>The new tokens.</returns>
    /// <exception cref="InvalidOperationException">No user is signed in.</exception>
    public Task<CognitoTokens> RefreshAsync(CancellationToken cancellationToken = default) => Required().RefreshAsync(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"CognitoAppSession {{ UserPool = {UserPool}, IsSignedIn = {(IsSignedIn ? "true" : "false")} }}";

    private CognitoTokenSession Required()
        => Current ?? throw new InvalidOperationException($"No user is signed in to user pool {UserPool}: call CognitoAppSession.SignIn first.");

    private void Replace(SignedIn next)
    {
        Interlocked.Exchange(ref _current, next);

        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>One sign-in, or the signed-out state after a sign-out (a fresh object each time).</summary>
    internal sealed class SignedIn(CognitoTokenSession? session)
    {
        internal static SignedIn Nobody => new(null);

        internal CognitoTokenSession? Session { get; } = session;
    }
}
