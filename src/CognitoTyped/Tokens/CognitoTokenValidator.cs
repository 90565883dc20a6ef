using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CognitoTyped.Diagnostics;
using CognitoTyped.Hosting;
using CognitoTyped.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped;

/// <summary>
/// Validates Cognito user-pool tokens against the pool's JWKS: RS256 signature, issuer, <c>token_use</c>,
/// app client (<c>client_id</c> or <c>aud</c>) and expiry with clock skew.
/// </summary>
/// <remarks>
/// Keys are fetched on first use and cached for <see cref="CognitoTokenValidatorOptions.KeySetLifetime"/>; a token signed
/// with an unknown <c>kid</c> (key rotation) refetches them. The endpoint is fetched at most once per
/// <see cref="CognitoTokenValidatorOptions.MinimumRefetchInterval"/>, from the very first fetch and whatever its outcome, however
/// many callers and made-up <c>kid</c>s. One fetch is shared by every caller waiting for it and bounded by
/// <see cref="CognitoTokenValidatorOptions.JwksFetchTimeout"/>; a caller's cancellation stops its wait, never the fetch.
/// Tokens longer than <see cref="CognitoTokenValidatorOptions.MaxTokenLength"/> are refused unread.
/// Thread-safe; create one per pool and reuse it.
/// </remarks>
public sealed class CognitoTokenValidator : ICognitoTokenValidator, IDisposable
{
    private const string SigningAlgorithm = SecurityAlgorithms.RsaSha256;

    private readonly CognitoTokenValidatorOptions options;
    private readonly HttpClientSource httpClient;
    private readonly string issuer;
    private readonly string[] issuers;
    private readonly Uri jwksUri;
    private readonly HashSet<string> clientIds;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly object fetchGate = new();
    private readonly CancellationTokenSource disposal = new();

    private volatile KeySet? keySet;
    private DateTimeOffset? lastFetchStarted;
    private Task<FetchOutcome>? fetchInFlight;

    // Failed fetches since the validator last held a key set (none ever, or every fetch failing): while it holds none, the wait
    // between fetches starts at 1 s and doubles up to MinimumRefetchInterval, so a blip at start-up does not refuse every token
    // for the whole interval (as IdentityModel's configuration manager does before its first success).
    private int failedFetchesWithoutKeys;
    private bool disposed;
    private readonly ILogger logger;

    /// <summary>Creates a validator for one pool.</summary>
    /// <param name="options">The pool, accepted app clients and timing; read once here.</param>
    /// <param name="httpClient">The client that fetches the JWKS; one is created (and disposed with the validator) when omitted.</param>
    /// <exception cref="InvalidOperationException">The options are incomplete.</exception>
    public CognitoTokenValidator(CognitoTokenValidatorOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        issuer = options.ResolveIssuer();
        issuers = [.. options.ResolveIssuers()];
        jwksUri = options.ResolveJwksUri();
        clientIds = new HashSet<string>(options.ClientIds, StringComparer.Ordinal);
        this.httpClient = HttpClientSource.For(httpClient, options.HttpClientFactory, CognitoHttpClientNames.Jwks);
        logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(CognitoLog.TokensCategory);
    }

    /// <summary>The issuer the pool's keys are found under (see <see cref="CognitoTokenValidatorOptions.ResolveIssuer"/>).</summary>
    public string Issuer => issuer;

    /// <summary>Every issuer a token may carry (see <see cref="CognitoTokenValidatorOptions.ResolveIssuers"/>).</summary>
    public IReadOnlyList<string> Issuers => issuers;

    /// <summary>Validates an access token.</summary>
    /// <param name="accessToken">The token.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    public Task<CognitoValidatedToken> ValidateAccessTokenAsync(string accessToken, CancellationToken cancellationToken = default) =>
        ValidateAsync(accessToken, CognitoTokenUse.Access, cancellationToken);

    /// <summary>Validates an ID token.</summary>
    /// <param name="idToken">The token.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    public Task<CognitoValidatedToken> ValidateIdTokenAsync(string idToken, CancellationToken cancellationToken = default) =>
        ValidateAsync(idToken, CognitoTokenUse.Id, cancellationToken);

    /// <summary>Validates a token of the expected kind.</summary>
    /// <param name="token">The token.</param>
    /// <param name="expectedUse">Whether an ID or an access token is expected.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    public async Task<CognitoValidatedToken> ValidateAsync(string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (token.Length > options.MaxTokenLength)
        {
            throw Refuse(
                CognitoTokenValidationFailure.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The token is longer than {options.MaxTokenLength} characters (CognitoTokenValidatorOptions.MaxTokenLength); it was not read."));
        }

        var jwt = ReadToken(token);
        if (!string.Equals(jwt.Alg, SigningAlgorithm, StringComparison.Ordinal))
        {
            throw Refuse(CognitoTokenValidationFailure.UnsupportedAlgorithm, $"The token is signed with '{Truncate(jwt.Alg)}'; Cognito tokens are RS256.");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            throw Refuse(CognitoTokenValidationFailure.UnknownSigningKey, "The token header has no 'kid'.");
        }

        var key = await ResolveKeyAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SigningAlgorithm],
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = false,
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = false,
            // Lifetime is checked below against options.TimeProvider, after the signature.
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateTokenReplay = false,
            IncludeTokenOnFailedValidation = false,
            LogValidationExceptions = false,
            SaveSigninToken = false,
        };

        var result = await handler.ValidateTokenAsync(jwt, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw Refuse(ReasonOf(result.Exception), MessageOf(ReasonOf(result.Exception)));
        }

        return ReadClaims((JsonWebToken)result.SecurityToken, result.ClaimsIdentity, expectedUse);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        disposal.Cancel();
        httpClient.Dispose();
    }

    private CognitoValidatedToken ReadClaims(JsonWebToken jwt, ClaimsIdentity identity, CognitoTokenUse expectedUse)
    {
        var now = options.TimeProvider.GetUtcNow();
        var (expires, notBefore) = ReadTimes(jwt);
        if (expires is null)
        {
            throw Refuse(CognitoTokenValidationFailure.Expired, "The token has no expiry ('exp').");
        }

        var expiresAt = expires.Value;
        if (now - options.ClockSkew > expiresAt)
        {
            throw Refuse(CognitoTokenValidationFailure.Expired, MessageOf(CognitoTokenValidationFailure.Expired));
        }

        if (notBefore is { } validFrom && now + options.ClockSkew < validFrom)
        {
            throw Refuse(CognitoTokenValidationFailure.NotYetValid, MessageOf(CognitoTokenValidationFailure.NotYetValid));
        }

        string expectedUseClaim = expectedUse == CognitoTokenUse.Id ? "id" : "access";
        if (!jwt.TryGetPayloadValue<string>("token_use", out var tokenUse) || !string.Equals(tokenUse, expectedUseClaim, StringComparison.Ordinal))
        {
            throw Refuse(CognitoTokenValidationFailure.WrongTokenUse, $"Expected an {(expectedUse == CognitoTokenUse.Id ? "ID" : "access")} token (token_use '{expectedUseClaim}').");
        }

        string? clientId;
        if (expectedUse == CognitoTokenUse.Access)
        {
            jwt.TryGetPayloadValue("client_id", out clientId);
        }
        else
        {
            // Cognito ID tokens carry exactly one audience: the app client.
            var audiences = jwt.Audiences.ToList();
            clientId = audiences.Count == 1 ? audiences[0] : null;
        }

        if (clientId is null || !clientIds.Contains(clientId))
        {
            throw Refuse(CognitoTokenValidationFailure.WrongClient, "The token was issued to an app client this validator does not accept.");
        }

        string subject = jwt.Subject;
        if (string.IsNullOrEmpty(subject))
        {
            throw Refuse(CognitoTokenValidationFailure.Malformed, "The token has no 'sub'.");
        }

        jwt.TryGetPayloadValue(expectedUse == CognitoTokenUse.Access ? "username" : "cognito:username", out string? username);
        var groups = identity.FindAll("cognito:groups").Select(c => c.Value).ToArray();
        var scopes = expectedUse == CognitoTokenUse.Access && jwt.TryGetPayloadValue("scope", out string? scope) && scope is not null
            ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        DateTimeOffset? issuedAt = jwt.IssuedAt == DateTime.MinValue ? null : new DateTimeOffset(jwt.IssuedAt, TimeSpan.Zero);
        return new CognitoValidatedToken(
            expectedUse,
            subject,
            username,
            clientId,
            jwt.Issuer,
            expiresAt,
            issuedAt,
            groups,
            scopes,
            identity);
    }

    /// <summary>
    /// Checks the JSON types of the registered claims as RFC 7519 (and aws-jwt-verify) has them, and reads <c>exp</c> and
    /// <c>nbf</c>. IdentityModel converts a string <c>"1700000000"</c> to a number; a token that says its expiry in a string is
    /// not one Cognito issued, so it is refused rather than read leniently.
    /// </summary>
    private static (DateTimeOffset? Expires, DateTimeOffset? NotBefore) ReadTimes(JsonWebToken jwt)
    {
        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
        var root = payload.RootElement;
        foreach (string name in (ReadOnlySpan<string>)["exp", "nbf", "iat"])
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Number)
            {
                throw Refuse(CognitoTokenValidationFailure.Malformed, $"The token's '{name}' claim is not a number.");
            }
        }

        foreach (string name in (ReadOnlySpan<string>)["iss", "sub", "scope", "jti", "token_use", "client_id"])
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String)
            {
                throw Refuse(CognitoTokenValidationFailure.Malformed, $"The token's '{name}' claim is not a string.");
            }
        }

        if (root.TryGetProperty("aud", out var audience)
            && audience.ValueKind != JsonValueKind.String
            && (audience.ValueKind != JsonValueKind.Array || audience.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String)))
        {
            throw Refuse(CognitoTokenValidationFailure.Malformed, "The token's 'aud' claim is neither a string nor an array of strings.");
        }

        return (Time(root, "exp"), Time(root, "nbf"));

        static DateTimeOffset? Time(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                return null;
            }

            double seconds = value.GetDouble();
            // Far outside any real token's lifetime: clamp instead of overflowing DateTimeOffset.
            return seconds >= 253402300799 ? DateTimeOffset.MaxValue
                : seconds <= -62135596800 ? DateTimeOffset.MinValue
                : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(seconds * 1000));
        }
    }

    private async ValueTask<SecurityKey> ResolveKeyAsync(string kid, CancellationToken cancellationToken)
    {
        var current = keySet;
        if (current is not null && !IsStale(current) && current.Keys.TryGetValue(kid, out var cached))
        {
            return cached;
        }

        Task<FetchOutcome>? fetch;
        lock (fetchGate)
        {
            // Another caller's fetch may have brought the key while this one waited for the gate.
            current = keySet;
            if (current is not null && !IsStale(current) && current.Keys.TryGetValue(kid, out cached))
            {
                return cached;
            }

            fetch = fetchInFlight;
            var now = options.TimeProvider.GetUtcNow();
            if (fetch is null && (lastFetchStarted is null || now - lastFetchStarted.Value >= WaitBetweenFetches()))
            {
                lastFetchStarted = now;
                // Run, not call: the fetch clears fetchInFlight under this gate when it ends, which must come after this assignment.
                fetch = fetchInFlight = Task.Run(FetchAndStoreAsync, CancellationToken.None);
            }
        }

        if (fetch is not null)
        {
            // Only this caller's wait is cancelled; the fetch goes on for the others.
            var outcome = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (outcome.Keys is { } fetched)
            {
                current = fetched;
            }
            else if (current is null || !current.Keys.ContainsKey(kid))
            {
                // A stale key beats refusing every token while the endpoint is down; without one, say why the keys are missing.
                throw Refuse(CognitoTokenValidationFailure.SigningKeysUnavailable, outcome.Error!);
            }
        }

        if (current is not null && current.Keys.TryGetValue(kid, out var key))
        {
            return key;
        }

        if (current is null)
        {
            throw Refuse(
                CognitoTokenValidationFailure.SigningKeysUnavailable,
                $"The pool's keys from {jwksUri} are not available: the last fetch failed, and the endpoint is fetched again after {WaitBetweenFetches()} (doubling from 1 s up to CognitoTokenValidatorOptions.MinimumRefetchInterval, {options.MinimumRefetchInterval}).");
        }

        throw Refuse(
            CognitoTokenValidationFailure.UnknownSigningKey,
            fetch is not null
                ? "The token's signing key is not in the pool's key set."
                : "The token's signing key is not in the pool's key set, which was fetched too recently to fetch again.");
    }

    private TimeSpan WaitBetweenFetches()
    {
        if (keySet is not null || failedFetchesWithoutKeys == 0)
        {
            return options.MinimumRefetchInterval;
        }

        var bootstrap = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failedFetchesWithoutKeys - 1, 20)));
        return bootstrap < options.MinimumRefetchInterval ? bootstrap : options.MinimumRefetchInterval;
    }

    private bool IsStale(KeySet set) => options.TimeProvider.GetUtcNow() - set.FetchedAt >= options.KeySetLifetime;

    /// <summary>Fetches the key set on behalf of every waiting caller, bounded by the fetch timeout and the validator's lifetime only.</summary>
    private async Task<FetchOutcome> FetchAndStoreAsync()
    {
        var outcome = await FetchKeysAsync().ConfigureAwait(false);
        if (outcome.Keys is { } fetched)
        {
            CognitoLog.JwksFetched(logger, fetched.Keys.Count, jwksUri);
        }
        else
        {
            // The reason names the URI, the HTTP status or the exception type; never a key or a token.
            CognitoLog.JwksFetchFailed(logger, outcome.Error ?? "unknown");
        }

        CognitoTelemetry.JwksFetches.Add(1, new KeyValuePair<string, object?>(CognitoTelemetry.Outcome, outcome.Keys is null ? CognitoTelemetry.Failure : CognitoTelemetry.Success));
        return outcome;
    }

    private async Task<FetchOutcome> FetchKeysAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.JwksFetchTimeout, options.TimeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, disposal.Token);
            try
            {
                using var response = await httpClient.Get().GetAsync(jwksUri, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return FetchOutcome.Failed($"Fetching the pool's keys from {jwksUri} returned HTTP {(int)response.StatusCode}.");
                }

                var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                var fetched = new KeySet(JsonWebKeySetReader.Read(body), options.TimeProvider.GetUtcNow());
                keySet = fetched;
                return new FetchOutcome(fetched, null);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !disposal.IsCancellationRequested)
            {
                return FetchOutcome.Failed($"Fetching the pool's keys from {jwksUri} took longer than {options.JwksFetchTimeout} (CognitoTokenValidatorOptions.JwksFetchTimeout).");
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or FormatException or ObjectDisposedException)
            {
                return FetchOutcome.Failed($"Could not fetch or read the pool's keys from {jwksUri} ({e.GetType().Name}).");
            }
        }
        finally
        {
            lock (fetchGate)
            {
                fetchInFlight = null;
                failedFetchesWithoutKeys = keySet is null ? failedFetchesWithoutKeys + 1 : 0;
            }
        }
    }

    private static JsonWebToken ReadToken(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException or JsonException or FormatException)
        {
            // The inner exception is dropped: IdentityModel may quote the token in it.
            throw Refuse(CognitoTokenValidationFailure.Malformed, "The token is not a well-formed JWT.");
        }
    }

    private static CognitoTokenValidationFailure ReasonOf(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException or SecurityTokenNoExpirationException => CognitoTokenValidationFailure.Expired,
        SecurityTokenNotYetValidException => CognitoTokenValidationFailure.NotYetValid,
        SecurityTokenInvalidIssuerException => CognitoTokenValidationFailure.WrongIssuer,
        SecurityTokenInvalidAlgorithmException => CognitoTokenValidationFailure.UnsupportedAlgorithm,
        SecurityTokenSignatureKeyNotFoundException => CognitoTokenValidationFailure.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => CognitoTokenValidationFailure.InvalidSignature,
        SecurityTokenInvalidLifetimeException => CognitoTokenValidationFailure.Expired,
        _ => CognitoTokenValidationFailure.Malformed,
    };

    private static string MessageOf(CognitoTokenValidationFailure reason) => reason switch
    {
        CognitoTokenValidationFailure.Expired => "The token has expired.",
        CognitoTokenValidationFailure.NotYetValid => "The token is not valid yet.",
        CognitoTokenValidationFailure.WrongIssuer => "The token was not issued by this user pool.",
        CognitoTokenValidationFailure.UnsupportedAlgorithm => "The token is not signed with RS256.",
        CognitoTokenValidationFailure.UnknownSigningKey => "The token's signing key is not in the pool's key set.",
        CognitoTokenValidationFailure.InvalidSignature => "The token's signature is invalid.",
        _ => "The token is not a valid Cognito token.",
    };

    private static CognitoTokenValidationException Refuse(CognitoTokenValidationFailure reason, string message) => new(reason, message);

    private static string Truncate(string? value) => value is null ? "(none)" : value.Length <= 16 ? value : value[..16];

    private sealed record KeySet(IReadOnlyDictionary<string, SecurityKey> Keys, DateTimeOffset FetchedAt);

    /// <summary>What a shared fetch produced: the keys, or why not (a message, so each waiter throws its own exception).</summary>
    private sealed record FetchOutcome(KeySet? Keys, string? Error)
    {
        public static FetchOutcome Failed(string error) => new(null, error);
    }
}
