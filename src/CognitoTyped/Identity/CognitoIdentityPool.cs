namespace CognitoTyped.Identity;

/// <summary>
/// An identity pool that trusts a user pool: exchanges a signed-in user's ID token for AWS credentials that any AWS SDK
/// client can use, under the login provider <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.
/// </summary>
public sealed class CognitoIdentityPool : IDisposable
{
    private readonly CognitoIdentityPoolOptions _options;
    private readonly CognitoIdentityClient _client;

    /// <summary>Creates the identity pool client.</summary>
    /// <param name="options">The identity pool, the user pool and, for tests, the endpoint.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with; null creates one this object owns.</param>
    public CognitoIdentityPool(CognitoIdentityPoolOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.IdentityPoolId))
        {
            throw new InvalidOperationException("CognitoIdentityPoolOptions.IdentityPoolId is not set: read it from configuration.");
        }

        _options = options;
        _client = new CognitoIdentityClient(
            new CognitoServiceClientOptions { Region = options.ResolveRegion(), ServiceUrl = options.ServiceUrl, RequestTimeout = options.RequestTimeout, Retry = options.Retry, AllowInsecureHttp = options.AllowInsecureHttp, LoggerFactory = options.LoggerFactory, HttpClientFactory = options.HttpClientFactory },
            httpClient);
        LoginProvider = LoginProviderFor(CognitoClientOptions.RegionFromPoolId(options.UserPoolId) ?? options.ResolveRegion(), options.UserPoolId);
    }

    /// <summary>The Logins key of the user pool: <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.</summary>
    public string LoginProvider { get; }

    /// <summary>The low-level client underneath.</summary>
    public CognitoIdentityClient Service => _client;

    /// <summary>The Logins key of a user pool.</summary>
    /// <param name="region">The user pool's region.</param>
    /// <param name="userPoolId">The user pool ID.</param>
    /// <returns><c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.</returns>
    public static string LoginProviderFor(string region, string userPoolId) => $"cognito-idp.{region}.amazonaws.com/{userPoolId}";

    /// <summary>Gets the identity ID of the signed-in user (GetId).</summary>
    /// <param name="tokens">The user's tokens.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identity ID.</returns>
    public Task<string> GetIdentityIdAsync(CognitoTokens tokens, CancellationToken cancellationToken = default)
        => GetCredentials(tokens).GetIdentityIdAsync(cancellationToken);

    /// <summary>AWS credentials for the signed-in user, refreshed before they expire.</summary>
    /// <param name="tokens">The user's tokens (their ID token is the login).</param>
    /// <returns>Credentials for any AWS SDK client.</returns>
    public CognitoAWSCredentials GetCredentials(CognitoTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return GetCredentials(_ => ValueTask.FromResult(tokens));
    }

    /// <summary>
    /// AWS credentials for a signed-in user whose tokens change over time (e.g. a token session that refreshes them):
    /// each refresh of the AWS credentials asks for the current tokens.
    /// </summary>
    /// <param name="currentTokens">Supplies the current tokens.</param>
    /// <returns>Credentials for any AWS SDK client.</returns>
    public CognitoAWSCredentials GetCredentials(Func<CancellationToken, ValueTask<CognitoTokens>> currentTokens)
    {
        ArgumentNullException.ThrowIfNull(currentTokens);
        return new CognitoAWSCredentials(
            _client,
            _options.IdentityPoolId,
            async ct =>
            {
                var tokens = await currentTokens(ct).ConfigureAwait(false);
                return new Dictionary<string, string>(StringComparer.Ordinal) { [LoginProvider] = tokens.IdToken };
            },
            accountId: null,
            _options.TimeProvider);
    }

    /// <summary>Guest AWS credentials, when the identity pool allows unauthenticated identities.</summary>
    /// <returns>Credentials for any AWS SDK client.</returns>
    /// <exception cref="InvalidOperationException">The pool does not allow unauthenticated identities.</exception>
    public CognitoAWSCredentials GetGuestCredentials()
    {
        if (!_options.AllowUnauthenticatedIdentities)
        {
            throw new InvalidOperationException("This identity pool does not allow unauthenticated identities (AllowUnauthenticatedIdentities is false).");
        }

        return new CognitoAWSCredentials(_client, _options.IdentityPoolId, _ => ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()), accountId: null, _options.TimeProvider);
    }

    /// <summary>Disposes the <see cref="HttpClient"/> when this object created it.</summary>
    public void Dispose() => _client.Dispose();
}
