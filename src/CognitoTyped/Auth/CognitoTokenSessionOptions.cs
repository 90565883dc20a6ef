namespace CognitoTyped;

/// <summary>How a <see cref="CognitoTokenSession"/> refreshes.</summary>
public sealed class CognitoTokenSessionOptions
{
    /// <summary>How long before expiry the tokens are refreshed. Default 5 minutes.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Called once after every successful refresh, with the tokens the session now holds (a refresh token Cognito rotated, else
    /// the one kept from before), e.g. to save them. The refresh's callers wait for it; when it throws, they get a
    /// <see cref="CognitoTokenStoreException"/> while the session keeps the new tokens. Its cancellation token is never cancelled:
    /// the refresh is shared by every caller, so no one caller giving up stops it. With a store, it is called after the save.
    /// Default none.
    /// </summary>
    public Func<CognitoTokens, CancellationToken, ValueTask>? TokensRefreshed { get; set; }
}
