using Amazon.Runtime;
using Amazon.Util.Internal;

namespace CognitoTyped.Identity;

/// <summary>
/// AWS credentials from a Cognito identity pool, for any AWS SDK client (<c>new AmazonS3Client(credentials)</c>):
/// GetId once, then GetCredentialsForIdentity with the Logins map, refreshed before they expire, with one call
/// in flight however many callers ask at once.
/// </summary>
public sealed class CognitoAWSCredentials : RefreshingAWSCredentials
{
    private readonly CognitoIdentityClient _client;
    private readonly string _identityPoolId;
    private readonly string? _accountId;
    private readonly Func<CancellationToken, ValueTask<IReadOnlyDictionary<string, string>>> _logins;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private Task<CredentialsRefreshState>? _inFlight;
    private string? _identityId;

    /// <summary>Creates credentials for the identity pool.</summary>
    /// <param name="client">The cognito-identity client to call.</param>
    /// <param name="identityPoolId">The identity pool ID, e.g. <c>eu-west-1:0000…</c>.</param>
    /// <param name="logins">
    /// Supplies the Logins map (provider → token) for each refresh, e.g. the user pool's provider name → a current ID
    /// token; an empty map asks for guest (unauthenticated) credentials.
    /// </param>
    /// <param name="accountId">The AWS account ID, for pools that need it; usually null.</param>
    public CognitoAWSCredentials(CognitoIdentityClient client, string identityPoolId, Func<CancellationToken, ValueTask<IReadOnlyDictionary<string, string>>> logins, string? accountId = null)
        : this(client, identityPoolId, logins, accountId, TimeProvider.System)
    {
    }

    internal CognitoAWSCredentials(CognitoIdentityClient client, string identityPoolId, Func<CancellationToken, ValueTask<IReadOnlyDictionary<string, string>>> logins, string? accountId, TimeProvider time)
        : base(AwsClock.For(time))
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(identityPoolId);
        ArgumentNullException.ThrowIfNull(logins);
        _client = client;
        _identityPoolId = identityPoolId;
        _logins = logins;
        _accountId = accountId;
        _time = time;
        PreemptExpiryTime = TimeSpan.FromMinutes(5);
    }

    /// <summary>The identity ID, once known.</summary>
    public string? IdentityId => Volatile.Read(ref _identityId);

    /// <summary>Gets (once, then from cache) the identity ID for the current logins (GetId).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identity ID.</returns>
    public async Task<string> GetIdentityIdAsync(CancellationToken cancellationToken = default)
    {
        var known = Volatile.Read(ref _identityId);
        if (known is not null)
        {
            return known;
        }

        var logins = await _logins(cancellationToken).ConfigureAwait(false);
        var response = await _client.GetIdAsync(
            new GetIdRequest { IdentityPoolId = _identityPoolId, AccountId = _accountId, Logins = ToLogins(logins) },
            cancellationToken).ConfigureAwait(false);
        var identityId = response.IdentityId ?? throw new CognitoProtocolException("GetId returned no IdentityId.");
        Interlocked.CompareExchange(ref _identityId, identityId, null);
        return Volatile.Read(ref _identityId)!;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The AWS SDK calls this from its synchronous paths (<c>GetCredentials()</c>, <c>GetPreSignedURL</c>), possibly on a UI
    /// thread. The async path runs on the thread pool, with no <see cref="SynchronizationContext"/>, so nothing it awaits (the
    /// app's token delegate included) can wait for the thread this call blocks.
    /// </remarks>
    protected override CredentialsRefreshState GenerateNewCredentials()
        => Task.Run(GenerateNewCredentialsAsync).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        // The base class may ask from many threads at once; every asker shares the one call in flight.
        Task<CredentialsRefreshState> call;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_inFlight is null || _inFlight.IsCompleted)
            {
                _inFlight = FetchAsync();
            }

            call = _inFlight;
        }
        finally
        {
            _gate.Release();
        }

        // Each asker gets its own state: the base class takes ExpirationBuffer off the state it is handed (the background refresh
        // and a caller that joins it would otherwise take it off the one shared state twice).
        var fetched = await call.ConfigureAwait(false);
        return new CredentialsRefreshState(fetched.Credentials, fetched.Expiration, _timeProvider);
    }

    private async Task<CredentialsRefreshState> FetchAsync()
    {
        var identityId = await GetIdentityIdAsync(CancellationToken.None).ConfigureAwait(false);
        var logins = await _logins(CancellationToken.None).ConfigureAwait(false);
        var response = await _client.GetCredentialsForIdentityAsync(
            new GetCredentialsForIdentityRequest { IdentityId = identityId, Logins = ToLogins(logins) },
            CancellationToken.None).ConfigureAwait(false);
        var credentials = response.Credentials ?? throw new CognitoProtocolException("GetCredentialsForIdentity returned no Credentials.");
        if (string.IsNullOrEmpty(credentials.AccessKeyId) || string.IsNullOrEmpty(credentials.SecretKey))
        {
            throw new CognitoProtocolException("GetCredentialsForIdentity returned incomplete Credentials.");
        }

        var expiration = credentials.Expiration?.UtcDateTime ?? _time.GetUtcNow().UtcDateTime.AddHours(1);
        return new CredentialsRefreshState(new ImmutableCredentials(credentials.AccessKeyId, credentials.SecretKey, credentials.SessionToken), expiration, _timeProvider);
    }

    private static Dictionary<string, string>? ToLogins(IReadOnlyDictionary<string, string> logins)
        => logins.Count == 0 ? null : new Dictionary<string, string>(logins, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"CognitoAWSCredentials {{ IdentityPoolId = {_identityPoolId}, IdentityId = {IdentityId} }}";

    /// <summary>AWSSDK.Core's clock over a <see cref="TimeProvider"/>; null for the system clock, so the SDK keeps its own clock-skew correction.</summary>
    private sealed class AwsClock(TimeProvider time) : ITimeProvider
    {
        public DateTime CorrectedUtcNow => time.GetUtcNow().UtcDateTime;

        internal static AwsClock? For(TimeProvider time)
        {
            ArgumentNullException.ThrowIfNull(time);
            return ReferenceEquals(time, TimeProvider.System) ? null : new AwsClock(time);
        }
    }
}
