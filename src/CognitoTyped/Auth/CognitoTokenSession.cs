namespace CognitoTyped;

/// <summary>
/// Holds a signed-in user's tokens and hands out current ones: <see cref="GetTokensAsync"/> refreshes them shortly before they
/// expire, with one refresh in flight however many callers ask at once. Plugs into
/// <c>CognitoIdentityPool.GetCredentials(session.GetTokensAsync)</c> so AWS credentials always use a current ID token.
/// <see cref="ToString"/> never shows the tokens.
/// </summary>
/// <remarks>
/// A refresh that fails for a reason that may pass (a network error, a timeout, a 5xx, throttling) is not retried on every call:
/// for a back-off window after it, <see cref="GetTokensAsync"/> fails fast with the same exception and sends nothing. The window
/// is 1 second after the first failure and doubles with each further failed refresh, up to 1 minute; a successful refresh ends
/// it. A <see cref="NotAuthorizedException"/> (the refresh token is revoked or expired) is not backed off: no wait makes the
/// token valid again, the user has to sign in again, and each call reports that from Cognito. <see cref="RefreshAsync"/> always
/// asks Cognito, back-off window or not.
/// <para>
/// Apps that keep tokens across restarts give the session an <see cref="ICognitoTokenStore"/> and a key (or start it with
/// <see cref="LoadAsync"/>): every refresh is saved there, holding the refresh token Cognito rotated, or the previous one when it
/// did not rotate. <see cref="CognitoTokenSessionOptions.TokensRefreshed"/> is called after each refresh too. When saving or that
/// callback fails, the refresh's callers get a <see cref="CognitoTokenStoreException"/>, but the session keeps the new tokens
/// (the next <see cref="GetTokensAsync"/> hands them out without asking Cognito) and no back-off starts.
/// </para>
/// </remarks>
public sealed class CognitoTokenSession : ICognitoTokenSession
{
    private readonly Func<CognitoTokens, CancellationToken, Task<CognitoTokens>> _refresh;
    private readonly TimeSpan _margin;
    private readonly TimeProvider _time;
    private readonly Func<CognitoTokens, CancellationToken, ValueTask>? _tokensRefreshed;
    private readonly ICognitoTokenStore? _store;
    private readonly string? _storeKey;
    private readonly CognitoDevice? _device;
    /// <summary>The back-off window after the first failed refresh in a row; each further failure doubles it.</summary>
    internal static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off window: short beside the default margin, so a recovered service is used before expiry.</summary>
    internal static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(1);

    private readonly object _gate = new();
    private CognitoTokens _tokens;
    private TimeSpan _lifetime;
    private Task<CognitoTokens>? _refreshing;

    /// <summary>The current back-off window; zero after a successful refresh.</summary>
    private TimeSpan _backOff;

    /// <summary>Until when a failed <see cref="_refreshing"/> is handed out instead of a new refresh.</summary>
    private DateTimeOffset _retryAfter = DateTimeOffset.MinValue;

    /// <summary>A session that refreshes through <paramref name="client"/> (REFRESH_TOKEN_AUTH, with DEVICE_KEY when a device is given).</summary>
    /// <param name="client">The client of the app client that issued the tokens.</param>
    /// <param name="tokens">The tokens from sign-in (with a refresh token).</param>
    /// <param name="device">The remembered device the tokens were issued on, or null.</param>
    /// <param name="options">Refresh margin and clock; null for the defaults.</param>
    public CognitoTokenSession(CognitoAuthClient client, CognitoTokens tokens, CognitoDevice? device = null, CognitoTokenSessionOptions? options = null)
        : this(tokens, RefreshWith(client, device), options)
    {
        _device = device;
    }

    /// <summary>
    /// A session that refreshes through <paramref name="client"/> and saves every refresh (with <paramref name="device"/>) to
    /// <paramref name="store"/> under <paramref name="storeKey"/>. The given tokens are not saved here: save them at sign-in.
    /// </summary>
    /// <param name="client">The client of the app client that issued the tokens.</param>
    /// <param name="tokens">The tokens from sign-in or from the store (with a refresh token).</param>
    /// <param name="device">The remembered device the tokens were issued on, or null.</param>
    /// <param name="store">Where refreshed tokens are saved.</param>
    /// <param name="storeKey">The app's key for this user in <paramref name="store"/>.</param>
    /// <param name="options">Refresh margin, clock and callback; null for the defaults.</param>
    public CognitoTokenSession(CognitoAuthClient client, CognitoTokens tokens, CognitoDevice? device, ICognitoTokenStore store, string storeKey, CognitoTokenSessionOptions? options = null)
        : this(client, tokens, device, options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storeKey);
        _store = store;
        _storeKey = storeKey;
    }

    /// <summary>A session that refreshes with the given function (e.g. a generated client's <c>RefreshAsync</c>).</summary>
    /// <param name="tokens">The tokens from sign-in (with a refresh token).</param>
    /// <param name="refresh">Returns new tokens for the given ones.</param>
    /// <param name="options">Refresh margin and clock; null for the defaults.</param>
    public CognitoTokenSession(CognitoTokens tokens, Func<CognitoTokens, CancellationToken, Task<CognitoTokens>> refresh, CognitoTokenSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(refresh);
        options ??= new CognitoTokenSessionOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        if (options.RefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentException("CognitoTokenSessionOptions.RefreshMargin must not be negative.", nameof(options));
        }

        _refresh = refresh;
        _margin = options.RefreshMargin;
        _time = options.TimeProvider;
        _tokensRefreshed = options.TokensRefreshed;
        _tokens = tokens;

        // How long the given tokens were issued for is unknown (only what is left of it), so the margin applies as set until the
        // first refresh tells the lifetime.
        _lifetime = TimeSpan.MaxValue;
    }

    /// <summary>
    /// Starts a session from what <paramref name="store"/> holds under <paramref name="storeKey"/> (tokens and remembered device),
    /// saving every refresh back there: how an app that keeps tokens resumes after a restart. The stored tokens are handed out
    /// as they are until they need a refresh.
    /// </summary>
    /// <param name="client">The client of the app client that issued the tokens.</param>
    /// <param name="store">Where the tokens were saved.</param>
    /// <param name="storeKey">The app's key for this user in <paramref name="store"/>.</param>
    /// <param name="options">Refresh margin, clock and callback; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <returns>The session, or null when the store holds nothing usable under the key (the user has to sign in).</returns>
    public static async Task<CognitoTokenSession?> LoadAsync(
        CognitoAuthClient client, ICognitoTokenStore store, string storeKey, CognitoTokenSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storeKey);
        var entry = await store.LoadAsync(storeKey, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : new CognitoTokenSession(client, entry.Tokens, entry.Device, store, storeKey, options);
    }

    /// <summary>The tokens held now, without refreshing (they may be about to expire).</summary>
    public CognitoTokens Tokens => Volatile.Read(ref _tokens);

    /// <summary>
    /// Current tokens: the held ones, or new ones when they expire within the refresh margin. Within the back-off window after a
    /// failed refresh (see the remarks on <see cref="CognitoTokenSession"/>), fails with that refresh's exception without a request.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller waiting; a refresh other callers wait for goes on.</param>
    /// <returns>Tokens valid for at least the margin (or as long as Cognito issues them for).</returns>
    public ValueTask<CognitoTokens> GetTokensAsync(CancellationToken cancellationToken = default)
    {
        var tokens = Tokens;
        return NeedsRefresh(tokens) ? new ValueTask<CognitoTokens>(JoinRefreshAsync(tokens, cancellationToken)) : ValueTask.FromResult(tokens);
    }

    /// <summary>Refreshes now, whatever the expiry and any back-off window (joins a refresh already in flight).</summary>
    /// <param name="cancellationToken">Stops this caller waiting; the refresh goes on for others.</param>
    /// <returns>The new tokens.</returns>
    public Task<CognitoTokens> RefreshAsync(CancellationToken cancellationToken = default) => JoinRefreshAsync(null, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"CognitoTokenSession {{ {Tokens} }}";

    private static Func<CognitoTokens, CancellationToken, Task<CognitoTokens>> RefreshWith(CognitoAuthClient client, CognitoDevice? device)
    {
        ArgumentNullException.ThrowIfNull(client);
        return (tokens, ct) => client.RefreshAsync(tokens, device, ct);
    }

    /// <summary>
    /// Whether to refresh: inside the margin, where the margin is at most half the tokens' lifetime so short-lived tokens are not
    /// refreshed on every call.
    /// </summary>
    private bool NeedsRefresh(CognitoTokens tokens)
    {
        var margin = _lifetime != TimeSpan.MaxValue && _margin > _lifetime / 2 ? _lifetime / 2 : _margin;
        return tokens.ExpiresWithin(_time.GetUtcNow(), margin);
    }

    private Task<CognitoTokens> JoinRefreshAsync(CognitoTokens? stale, CancellationToken cancellationToken)
    {
        Task<CognitoTokens> refreshing;
        lock (_gate)
        {
            if (stale is not null && !ReferenceEquals(_tokens, stale) && !NeedsRefresh(_tokens))
            {
                // Another caller refreshed while this one was deciding.
                return Task.FromResult(_tokens);
            }

            if (stale is not null && _refreshing is { IsFaulted: true } && _time.GetUtcNow() < _retryAfter)
            {
                // Backing off after a failure that may pass: the same failure, without asking Cognito again.
                return _refreshing.WaitAsync(cancellationToken);
            }

            if (_refreshing is null || _refreshing.IsCompleted)
            {
                _refreshing = RunRefreshAsync(_tokens);
            }

            refreshing = _refreshing;
        }

        return refreshing.WaitAsync(cancellationToken);
    }

    private async Task<CognitoTokens> RunRefreshAsync(CognitoTokens current)
    {
        // Off the caller's stack, so the lock is released before the refresh runs, and uncancellable: others wait for it too.
        // ForceYielding resumes on the thread pool, never on the caller's SynchronizationContext (Task.Yield would post there,
        // and a UI thread blocked on this refresh would then wait for itself).
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        CognitoTokens fresh;
        try
        {
            fresh = await _refresh(current, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The refresh function returned no tokens.");
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                if (exception is NotAuthorizedException)
                {
                    // Definitive: waiting does not make a revoked or expired refresh token valid, so there is nothing to back off from.
                    _backOff = TimeSpan.Zero;
                    _retryAfter = DateTimeOffset.MinValue;
                }
                else
                {
                    _backOff = _backOff == TimeSpan.Zero ? FirstBackOff : TimeSpan.FromTicks(Math.Min(_backOff.Ticks * 2, MaxBackOff.Ticks));
                    _retryAfter = _time.GetUtcNow() + _backOff;
                }
            }

            throw;
        }

        if (fresh.RefreshToken is null && current.RefreshToken is not null)
        {
            // No rotation (or a refresh function that returns only the new ID and access tokens): the refresh token stays valid.
            fresh = new CognitoTokens(fresh.IdToken, fresh.AccessToken, current.RefreshToken, fresh.ExpiresAt, fresh.TokenType);
        }

        lock (_gate)
        {
            _tokens = fresh;
            _lifetime = fresh.ExpiresAt - _time.GetUtcNow();
            _backOff = TimeSpan.Zero;
            _retryAfter = DateTimeOffset.MinValue;
        }

        await HandOnAsync(fresh).ConfigureAwait(false);
        return fresh;
    }

    /// <summary>Saves refreshed tokens and calls the callback; the session already holds them, whatever fails here.</summary>
    private async Task HandOnAsync(CognitoTokens fresh)
    {
        try
        {
            if (_store is not null)
            {
                await _store.SaveAsync(_storeKey!, new CognitoStoredTokens(fresh, _device), CancellationToken.None).ConfigureAwait(false);
            }

            if (_tokensRefreshed is not null)
            {
                await _tokensRefreshed(fresh, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            throw new CognitoTokenStoreException(
                "The tokens were refreshed, but saving them or the TokensRefreshed callback failed; the session holds the new tokens.", exception);
        }
    }
}
