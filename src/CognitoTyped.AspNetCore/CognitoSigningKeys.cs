using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// A user pool's signing keys, fetched from its JWKS URL (never through a discovery document: cognito-local's
/// <c>openid-configuration</c> points at a hard-coded localhost:9229) and cached. Fetched again when the cache is
/// <see cref="KeySetLifetime"/> old, and at once when a token names a <c>kid</c> the cache lacks (key rotation) — the first
/// time immediately, then at most once per <see cref="UnknownKidRefetchInterval"/>, so made-up <c>kid</c>s cannot turn
/// requests into fetches. One fetch is shared by every request waiting for it. A failed refetch keeps the keys held.
/// </summary>
/// <remarks>
/// JwtBearer's own <c>ConfigurationManager</c> refreshes in the background on an unknown <c>kid</c> (IdentityModel 8), so the
/// first token signed with a new key would be refused; this cache fetches before that token is judged.
/// </remarks>
internal sealed class CognitoSigningKeys(Uri jwksUri, HttpClient backchannel, string userPool, TimeProvider timeProvider)
{
    internal static readonly TimeSpan KeySetLifetime = TimeSpan.FromHours(12);

    internal static readonly TimeSpan UnknownKidRefetchInterval = TimeSpan.FromMinutes(5);

    private readonly object gate = new();
    private volatile KeySet? keySet;
    private Task<KeySet>? fetchInFlight;
    private DateTimeOffset? lastUnknownKidRefetch;

    private sealed record KeySet(IReadOnlyList<SecurityKey> Keys, HashSet<string> KeyIds, DateTimeOffset FetchedAt);

    /// <summary>The keys to check a token signed with <paramref name="kid"/> against, fetched or refetched as needed.</summary>
    /// <exception cref="CognitoSigningKeysUnavailableException">No key set could ever be fetched.</exception>
    internal async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(string? kid)
    {
        var current = keySet;
        var now = timeProvider.GetUtcNow();
        if (current is null || now - current.FetchedAt >= KeySetLifetime)
        {
            return (await FetchSharedAsync(current).ConfigureAwait(false)).Keys;
        }

        if (kid is null || current.KeyIds.Contains(kid))
        {
            return current.Keys;
        }

        lock (gate)
        {
            if (lastUnknownKidRefetch is { } last && now - last < UnknownKidRefetchInterval)
            {
                return current.Keys;
            }

            lastUnknownKidRefetch = now;
        }

        return (await FetchSharedAsync(current).ConfigureAwait(false)).Keys;
    }

    private async Task<KeySet> FetchSharedAsync(KeySet? held)
    {
        Task<KeySet> fetch;
        lock (gate)
        {
            // A fetch already started after the caller read 'held' is as fresh as a new one would be.
            if (keySet is { } newer && !ReferenceEquals(newer, held))
            {
                return newer;
            }

            fetch = fetchInFlight ??= FetchAsync();
        }

        try
        {
            var fetched = await fetch.ConfigureAwait(false);
            keySet = fetched;
            return fetched;
        }
        catch (Exception exception) when (held is not null && exception is CognitoSigningKeysUnavailableException)
        {
            // The pool's endpoint is down or answered badly: the keys held are still the pool's.
            return held;
        }
        finally
        {
            lock (gate)
            {
                if (ReferenceEquals(fetchInFlight, fetch))
                {
                    fetchInFlight = null;
                }
            }
        }
    }

    private async Task<KeySet> FetchAsync()
    {
        await Task.Yield();
        using var request = new HttpRequestMessage(HttpMethod.Get, jwksUri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        string document;
        try
        {
            using var response = await backchannel.SendAsync(request).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new CognitoSigningKeysUnavailableException($"The signing keys of user pool {userPool} could not be fetched from {jwksUri}: HTTP {(int)response.StatusCode}.");
            }

            document = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            throw new CognitoSigningKeysUnavailableException($"The signing keys of user pool {userPool} could not be fetched from {jwksUri}: {exception.GetType().Name}.", exception);
        }

        JsonWebKeySet parsed;
        try
        {
            parsed = new JsonWebKeySet(document);
        }
        catch (ArgumentException exception)
        {
            throw new CognitoSigningKeysUnavailableException($"{jwksUri} did not answer with a JSON Web Key Set (user pool {userPool}).", exception);
        }

        var keys = parsed.GetSigningKeys();
        var keyIds = new HashSet<string>(keys.Select(k => k.KeyId).OfType<string>(), StringComparer.Ordinal);
        return new KeySet([.. keys], keyIds, timeProvider.GetUtcNow());
    }
}

/// <summary>
/// The pool's key set could not be fetched (and none is held). JwtBearer turns every exception of a token handler into a
/// refused token, so this becomes a 401 whose description says the keys, not the token, are the problem; the message, with
/// the URL and status, goes to JwtBearer's log.
/// </summary>
internal sealed class CognitoSigningKeysUnavailableException : InvalidOperationException
{
    public CognitoSigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public CognitoSigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
