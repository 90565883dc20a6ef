using System.Collections.Concurrent;

namespace CognitoTyped;

/// <summary>
/// An <see cref="ICognitoTokenStore"/> in the process's memory: entries live as long as this object (nothing survives a restart).
/// For tests, and for apps that keep the tokens only while running but want the session's save-on-refresh wiring.
/// </summary>
public sealed class InMemoryCognitoTokenStore : ICognitoTokenStore
{
    private readonly ConcurrentDictionary<string, CognitoStoredTokens> _entries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<CognitoStoredTokens?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_entries.TryGetValue(key, out var entry) ? entry : null);
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string key, CognitoStoredTokens entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        _entries[key] = entry;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        _entries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}
