namespace CognitoTyped;

/// <summary>
/// A signed-in user's tokens, refreshed before they expire. Implemented by <see cref="CognitoTokenSession"/>; take this
/// interface where code only needs current tokens, so tests can give it fixed ones.
/// </summary>
public interface ICognitoTokenSession
{
    /// <summary>The tokens held now, without refreshing (they may be about to expire).</summary>
    CognitoTokens Tokens { get; }

    /// <summary>Current tokens: the held ones, or new ones when they expire within the refresh margin.</summary>
    /// <param name="cancellationToken">Stops this caller waiting; a refresh other callers wait for goes on.</param>
    /// <returns>Tokens valid for at least the refresh margin.</returns>
    ValueTask<CognitoTokens> GetTokensAsync(CancellationToken cancellationToken = default);

    /// <summary>Refreshes now (joins a refresh already in flight).</summary>
    /// <param name="cancellationToken">Stops this caller waiting; the refresh goes on for others.</param>
    /// <returns>The new tokens.</returns>
    Task<CognitoTokens> RefreshAsync(CancellationToken cancellationToken = default);
}
