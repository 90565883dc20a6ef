namespace CognitoTyped.Identity;

/// <summary>Settings of an identity pool federated with a user pool.</summary>
public sealed class CognitoIdentityPoolOptions
{
    /// <summary>The region. Defaults to the prefix of <see cref="IdentityPoolId"/> (<c>eu-west-1:…</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The identity pool ID, e.g. <c>eu-west-1:0000aaaa-…</c>.</summary>
    public string IdentityPoolId { get; set; } = string.Empty;

    /// <summary>The user pool whose ID tokens sign users in, e.g. <c>eu-west-1_AbCdEf</c>.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>Overrides the cognito-identity endpoint (tests, emulators).</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>Whether the pool gives guest (unauthenticated) credentials.</summary>
    public bool AllowUnauthenticatedIdentities { get; set; }

    /// <summary>How long one attempt may take. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <summary>The clock that tells when credentials are due for refresh. Default <see cref="TimeProvider.System"/>.</summary>
    /// <remarks>Internal: a test seam. Made public, the generated identity-pool classes would have to copy it too.</remarks>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal string ResolveRegion()
    {
        if (!string.IsNullOrWhiteSpace(Region))
        {
            return Region!;
        }

        var colon = IdentityPoolId.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return IdentityPoolId[..colon];
        }

        return CognitoClientOptions.RegionFromPoolId(UserPoolId)
            ?? throw new InvalidOperationException("CognitoIdentityPoolOptions.Region is not set and neither pool ID has a region prefix.");
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoIdentityPoolOptions {{ IdentityPoolId = {IdentityPoolId}, UserPoolId = {UserPoolId} }}";
}

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
            new CognitoServiceClientOptions { Region = options.ResolveRegion(), ServiceUrl = options.ServiceUrl, RequestTimeout = options.RequestTimeout, Retry = options.Retry },
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
