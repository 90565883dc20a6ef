namespace CognitoTyped;

/// <summary>
/// Keeps a user's tokens (and remembered device) between runs of an app, so a desktop, MAUI or Blazor app restarts signed in and
/// never loses a refresh token Cognito rotated. Entries are keyed by a string the app chooses (for example
/// <c>"{poolId}/{clientId}/{username}"</c>), so one app can hold several pools, clients or users. A
/// <see cref="CognitoTokenSession"/> given a store saves every refresh into it; <see cref="CognitoTokenSession.LoadAsync"/> starts
/// a session from it. Implementations: <see cref="InMemoryCognitoTokenStore"/>, <see cref="FileCognitoTokenStore"/>, or your own
/// (e.g. over the platform's secure storage).
/// </summary>
public interface ICognitoTokenStore
{
    /// <summary>Reads the entry saved under <paramref name="key"/>.</summary>
    /// <param name="key">The app's key for the user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when none is saved (or what is saved cannot be read as one; see the implementation).</returns>
    ValueTask<CognitoStoredTokens?> LoadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="entry"/> under <paramref name="key"/>, replacing what was there.</summary>
    /// <param name="key">The app's key for the user.</param>
    /// <param name="entry">The tokens and device to keep.</param>
    /// <param name="cancellationToken">Cancels the write (the previous entry then stays as it was).</param>
    /// <returns>A task that completes when the entry is saved.</returns>
    ValueTask SaveAsync(string key, CognitoStoredTokens entry, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry saved under <paramref name="key"/> (sign-out); nothing happens when there is none.</summary>
    /// <param name="key">The app's key for the user.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    ValueTask ClearAsync(string key, CancellationToken cancellationToken = default);
}
