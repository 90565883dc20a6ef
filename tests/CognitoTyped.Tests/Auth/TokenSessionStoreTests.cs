using CognitoTyped.Tests.Concurrency;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Time.Testing;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// CognitoTokenSession in an app that keeps tokens: every refresh reaches the store and the TokensRefreshed callback, with the
/// refresh token Cognito rotated (or the old one when it did not), and a restarted app continues from what was saved.
/// </summary>
public sealed class TokenSessionStoreTests : IDisposable
{
    private const string Key = "eu-west-1_Pool/1example23456789abcdefghij/alice";
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cognitotyped-session-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static CognitoTokens TokensExpiringAt(DateTimeOffset expiresAt, string refreshToken = "refresh-0")
        => new(Jwt(new Dictionary<string, object> { ["cognito:username"] = UserIdForSrp, ["marker"] = "0" }), "access-0", refreshToken, expiresAt);

    /// <summary>REFRESH_TOKEN_AUTH that rotates the refresh token (refresh-1, refresh-2, …) when asked to, and records what it was sent.</summary>
    private static FakeHttpHandler RefreshEndpoint(bool rotate, List<string?> sentRefreshTokens, Func<FakeHttpHandler.Call, Task>? before = null)
    {
        var refreshes = 0;
        return new FakeHttpHandler(async call =>
        {
            if (before is not null)
            {
                await before(call);
            }

            if (call.Operation != "InitiateAuth" || Body(call).Text("AuthFlow") != "REFRESH_TOKEN_AUTH")
            {
                return Unexpected(call);
            }

            lock (sentRefreshTokens)
            {
                sentRefreshTokens.Add(AuthParameters(call).Text("REFRESH_TOKEN"));
            }

            var n = Interlocked.Increment(ref refreshes);
            return Ok(TokensJson(refreshToken: rotate ? "refresh-" + n : string.Empty, idMarker: "refreshed-" + n));
        });
    }

    [Fact]
    public async Task Fake_a_rotated_refresh_token_is_saved_to_the_store_after_a_refresh()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint(rotate: true, []);
        using var client = ClientOver(fake);
        var store = new InMemoryCognitoTokenStore();
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(2)), null, store, Key, new CognitoTokenSessionOptions { TimeProvider = clock });

        var refreshed = await session.GetTokensAsync();

        var saved = await store.LoadAsync(Key);
        Assert.NotNull(saved);
        Assert.Equal("refresh-1", refreshed.RefreshToken);
        Assert.Equal("refresh-1", saved.Tokens.RefreshToken);
        Assert.Equal(refreshed.IdToken, saved.Tokens.IdToken);
        Assert.Equal(refreshed.ExpiresAt, saved.Tokens.ExpiresAt);
    }

    [Fact]
    public async Task Fake_a_refresh_that_does_not_rotate_keeps_and_saves_the_old_refresh_token()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint(rotate: false, []);
        using var client = ClientOver(fake);
        var store = new InMemoryCognitoTokenStore();
        var device = new CognitoDevice("eu-west-1_device", "-group-key", "device-password");
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(2)), device, store, Key, new CognitoTokenSessionOptions { TimeProvider = clock });

        var refreshed = await session.GetTokensAsync();

        var saved = await store.LoadAsync(Key);
        Assert.Equal("refresh-0", refreshed.RefreshToken);
        Assert.Equal("refresh-0", saved!.Tokens.RefreshToken);
        Assert.Equal("refreshed-1", CognitoJwt.ReadStringClaim(saved.Tokens.IdToken, "marker"));
        Assert.Same(device, saved.Device);
    }

    [Fact]
    public async Task A_refresh_function_that_returns_no_refresh_token_does_not_lose_the_one_held()
    {
        var clock = new FakeTimeProvider(Start);
        var session = new CognitoTokenSession(
            TokensExpiringAt(Start.AddMinutes(2)),
            (_, _) => Task.FromResult(new CognitoTokens("id-1", "access-1", null, Start.AddHours(1))),
            new CognitoTokenSessionOptions { TimeProvider = clock });

        Assert.Equal("refresh-0", (await session.GetTokensAsync()).RefreshToken);
        Assert.Equal("refresh-0", session.Tokens.RefreshToken);
    }

    [Fact]
    public async Task Fake_TokensRefreshed_is_called_once_per_refresh_however_many_callers_wait_for_it()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new RequestGate();
        var fake = RefreshEndpoint(rotate: true, [], call => gate.PassAsync(call.Cancellation));
        using var client = ClientOver(fake);
        var seen = new List<CognitoTokens>();
        var options = new CognitoTokenSessionOptions
        {
            TimeProvider = clock,
            TokensRefreshed = (tokens, _) =>
            {
                lock (seen)
                {
                    seen.Add(tokens);
                }

                return ValueTask.CompletedTask;
            },
        };
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(2)), options: options);

        var callers = await ConcurrentCallers.StartAsync(20, () => session.GetTokensAsync().AsTask());
        await gate.NextArrivalAsync();
        gate.Open();
        var all = await Task.WhenAll(callers);
        await session.RefreshAsync();

        Assert.Equal(2, fake.CountOf("InitiateAuth"));
        Assert.Equal(2, seen.Count);
        Assert.Same(all[0], seen[0]);
        Assert.Equal(["refresh-1", "refresh-2"], seen.Select(tokens => tokens.RefreshToken));
        Assert.Same(session.Tokens, seen[1]);
    }

    [Fact]
    public async Task Fake_a_restarted_app_loads_the_saved_session_and_refreshes_with_the_rotated_refresh_token()
    {
        var clock = new FakeTimeProvider(Start);
        var sent = new List<string?>();
        var store = new FileCognitoTokenStore(_directory);
        var signedIn = TokensExpiringAt(Start.AddMinutes(2));
        await store.SaveAsync(Key, new CognitoStoredTokens(signedIn));

        using (var client = ClientOver(RefreshEndpoint(rotate: true, sent)))
        {
            var first = await CognitoTokenSession.LoadAsync(client, store, Key, new CognitoTokenSessionOptions { TimeProvider = clock });
            Assert.NotNull(first);
            await first.GetTokensAsync();
        }

        // The app restarts: a new store object over the same directory, a new client, a new session.
        var fake = RefreshEndpoint(rotate: true, sent);
        using var restartedClient = ClientOver(fake);
        var restarted = await CognitoTokenSession.LoadAsync(restartedClient, new FileCognitoTokenStore(_directory), Key, new CognitoTokenSessionOptions { TimeProvider = clock });
        Assert.NotNull(restarted);
        Assert.Equal("refresh-1", restarted.Tokens.RefreshToken);

        var again = await restarted.RefreshAsync();

        Assert.Equal(["refresh-0", "refresh-1"], sent);
        Assert.Equal("refresh-1", again.RefreshToken); // the second fake's first rotation
        Assert.Equal("refresh-1", (await store.LoadAsync(Key))!.Tokens.RefreshToken);
        Assert.Equal(1, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_loading_a_session_from_an_empty_store_gives_null()
    {
        using var client = ClientOver(RefreshEndpoint(rotate: true, []));
        Assert.Null(await CognitoTokenSession.LoadAsync(client, new FileCognitoTokenStore(_directory), Key));
    }

    [Fact]
    public async Task Fake_a_failing_save_keeps_the_new_tokens_in_the_session_reports_without_tokens_and_starts_no_back_off()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint(rotate: true, []);
        using var client = ClientOver(fake);
        var store = new FailingStore();
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(2)), null, store, Key, new CognitoTokenSessionOptions { TimeProvider = clock });

        var failure = await Assert.ThrowsAsync<CognitoTokenStoreException>(() => session.GetTokensAsync().AsTask());

        Assert.IsType<IOException>(failure.InnerException);
        Assert.Equal("refresh-1", session.Tokens.RefreshToken);
        Assert.Same(session.Tokens, await session.GetTokensAsync());
        Assert.Equal(1, fake.CountOf("InitiateAuth"));
        foreach (var secret in new[] { session.Tokens.IdToken, session.Tokens.AccessToken, "refresh-0", "refresh-1" })
        {
            Assert.DoesNotContain(secret, failure.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, session.ToString(), StringComparison.Ordinal);
        }

        // Asking again reaches Cognito at once (no back-off window) and the store once it works again.
        store.Fails = false;
        await session.RefreshAsync();
        Assert.Equal("refresh-2", (await store.LoadAsync(Key))!.Tokens.RefreshToken);
    }

    [Fact]
    public async Task A_failing_TokensRefreshed_callback_is_reported_and_the_session_keeps_the_new_tokens()
    {
        var clock = new FakeTimeProvider(Start);
        var fresh = new CognitoTokens("id-1", "access-1", "refresh-1", Start.AddHours(1));
        var session = new CognitoTokenSession(
            TokensExpiringAt(Start.AddMinutes(2)),
            (_, _) => Task.FromResult(fresh),
            new CognitoTokenSessionOptions { TimeProvider = clock, TokensRefreshed = (_, _) => throw new InvalidOperationException("callback failed") });

        var failure = await Assert.ThrowsAsync<CognitoTokenStoreException>(() => session.GetTokensAsync().AsTask());

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Same(fresh, session.Tokens);
        Assert.Same(fresh, await session.GetTokensAsync());
    }

    private sealed class FailingStore : ICognitoTokenStore
    {
        private readonly InMemoryCognitoTokenStore _inner = new();

        public bool Fails { get; set; } = true;

        public ValueTask<CognitoStoredTokens?> LoadAsync(string key, CancellationToken cancellationToken = default) => _inner.LoadAsync(key, cancellationToken);

        public ValueTask SaveAsync(string key, CognitoStoredTokens entry, CancellationToken cancellationToken = default)
            => Fails ? throw new IOException("The disk is full.") : _inner.SaveAsync(key, entry, cancellationToken);

        public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default) => _inner.ClearAsync(key, cancellationToken);
    }
}
