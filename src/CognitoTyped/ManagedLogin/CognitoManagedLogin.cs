using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CognitoTyped.Diagnostics;
using CognitoTyped.Hosting;
using CognitoTyped.ManagedLogin;
using CognitoTyped.Protocol;
using Microsoft.Extensions.Logging;

namespace CognitoTyped;

/// <summary>
/// Cognito's managed login (hosted UI) with the OAuth 2.0 authorization code grant and PKCE S256 (RFC 6749, RFC 7636): builds the
/// authorization URL, checks the callback (<c>state</c>, <c>error</c>), exchanges the code, refreshes and revokes tokens, reads
/// <c>/oauth2/userInfo</c> and builds the sign-out URL. With <see cref="CognitoManagedLoginOptions.UserPoolId"/> set, the ID token
/// of each exchange is validated, <c>nonce</c> included. Desktop apps sign in with <see cref="SignInWithLoopbackAsync(CognitoLoopbackSignInOptions?, CancellationToken)"/> (RFC 8252).
/// </summary>
/// <remarks>
/// Nothing is retried: a code can be used once, and a failed refresh or revocation is for the caller to decide on. Codes,
/// verifiers, states, nonces, tokens and the secret never appear in logs or exception messages. Thread-safe.
/// </remarks>
public sealed partial class CognitoManagedLogin : IDisposable
{
    private const int MaxResponseBytes = 256 * 1024;
    private const int MaxCallbackLength = 16 * 1024;

    private readonly Uri _domain;
    private readonly string _clientId;
    private readonly string? _clientSecret;
    private readonly TimeSpan _requestTimeout;
    private readonly CognitoNonceValidation _nonceValidation;
    private readonly HttpClientSource _http;
    private readonly CognitoTokenValidator? _validator;
    private readonly ILogger _logger;
    private bool disposed;

    /// <summary>Creates the client for one app client of a pool's managed login domain.</summary>
    /// <param name="options">The domain, the app client and, to validate ID tokens, the pool; read once here.</param>
    /// <param name="httpClient">The client for the domain's endpoints and the pool's keys; one is created (and disposed with this) when omitted.</param>
    /// <exception cref="InvalidOperationException">The options are incomplete or name an insecure endpoint.</exception>
    public CognitoManagedLogin(CognitoManagedLoginOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _domain = options.ValidatedDomain();
        _clientId = options.ClientId;
        _clientSecret = string.IsNullOrEmpty(options.ClientSecret) ? null : options.ClientSecret;
        _requestTimeout = options.RequestTimeout;
        _nonceValidation = options.NonceValidation;
        _logger = options.LoggerFactory.CreateLogger(CognitoLog.ManagedLoginCategory);
        _validator = string.IsNullOrWhiteSpace(options.UserPoolId) ? null : new CognitoTokenValidator(options.ToValidatorOptions(), httpClient);
        _http = HttpClientSource.For(httpClient, options.HttpClientFactory, CognitoHttpClientNames.ManagedLogin);
    }

    /// <summary>The <c>/oauth2/authorize</c> endpoint.</summary>
    public Uri AuthorizeEndpoint => new(_domain, "oauth2/authorize");

    /// <summary>The <c>/oauth2/token</c> endpoint.</summary>
    public Uri TokenEndpoint => new(_domain, "oauth2/token");

    /// <summary>Builds an authorization request: a fresh state, nonce and PKCE verifier, and the URL to open in the user's browser.</summary>
    /// <param name="redirectUri">Where Cognito sends the browser back; exactly one of the app client's callback URLs.</param>
    /// <param name="scopes">The scopes to ask for; they must include <c>openid</c> (the tokens carry an ID token). Default <c>openid</c>.</param>
    /// <param name="identityProvider">Skips the sign-in page for this identity provider (e.g. <c>Google</c>, a SAML provider's name, <c>COGNITO</c>).</param>
    /// <param name="loginHint">Pre-fills the username field.</param>
    /// <param name="prompt">OIDC <c>prompt</c>, e.g. <c>login</c> to ask for credentials again, or <c>none</c>.</param>
    /// <param name="nonce">The nonce the ID token must carry; a random one (32 bytes, base64url) when omitted.</param>
    /// <returns>The request; keep it until the callback arrives.</returns>
    /// <exception cref="ArgumentException">The redirect URI is not absolute or has a fragment, or the scopes are malformed or lack <c>openid</c>.</exception>
    public CognitoAuthorizationRequest CreateAuthorizationRequest(
        Uri redirectUri,
        IEnumerable<string>? scopes = null,
        string? identityProvider = null,
        string? loginHint = null,
        string? prompt = null,
        string? nonce = null)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!redirectUri.IsAbsoluteUri || !string.IsNullOrEmpty(redirectUri.Fragment))
        {
            throw new ArgumentException("The redirect URI must be absolute and have no fragment (RFC 6749 §3.1.2).", nameof(redirectUri));
        }

        var scopeList = NormalizeScopes(scopes);
        if (nonce is not null && (nonce.Length == 0 || nonce.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("The nonce must be non-empty and have no whitespace.", nameof(nonce));
        }

        var state = RandomToken();
        var verifier = RandomToken();
        nonce ??= RandomToken();
        var query = new StringBuilder();
        Append(query, "response_type", "code");
        Append(query, "client_id", _clientId);
        Append(query, "redirect_uri", redirectUri.AbsoluteUri);
        Append(query, "scope", string.Join(' ', scopeList));
        Append(query, "state", state);
        Append(query, "code_challenge_method", "S256");
        Append(query, "code_challenge", S256Challenge(verifier));
        Append(query, "nonce", nonce);
        Append(query, "identity_provider", identityProvider);
        Append(query, "login_hint", loginHint);
        Append(query, "prompt", prompt);
        var url = new UriBuilder(AuthorizeEndpoint) { Query = query.ToString() }.Uri;
        return new CognitoAuthorizationRequest(url, state, verifier, nonce, redirectUri, scopeList);
    }

    /// <summary>
    /// Checks the callback Cognito redirected the browser to and exchanges its code for tokens at <c>/oauth2/token</c> (with the
    /// client ID, the redirect URI and the PKCE verifier; HTTP Basic for secret clients), then validates the ID token when
    /// <see cref="CognitoManagedLoginOptions.UserPoolId"/> is set. A request is exchanged once.
    /// </summary>
    /// <param name="request">The request the browser was sent with.</param>
    /// <param name="callbackUri">The full callback URL, with its query (<c>code</c> and <c>state</c>, or <c>error</c>).</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The user's tokens.</returns>
    /// <exception cref="CognitoOAuthException">
    /// The callback carries an error (<c>access_denied</c>, …), a <c>state</c> other than the request's (<see cref="CognitoOAuthException.StateMismatch"/>,
    /// nothing is sent) or no code (<see cref="CognitoOAuthException.MissingCode"/>); the token endpoint refused (<c>invalid_grant</c>, …);
    /// or the ID token's nonce is wrong (<see cref="CognitoOAuthException.NonceMismatch"/>).
    /// </exception>
    /// <exception cref="CognitoTokenValidationException">The ID token is not a valid token of the pool and app client.</exception>
    /// <exception cref="CognitoProtocolException">The token endpoint's answer is not what OAuth 2.0 specifies.</exception>
    /// <exception cref="CognitoNetworkException">The token endpoint could not be reached or did not answer in time.</exception>
    /// <exception cref="InvalidOperationException">The request was already exchanged.</exception>
    public async Task<CognitoTokens> ExchangeCodeAsync(CognitoAuthorizationRequest request, Uri callbackUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(callbackUri);
        ObjectDisposedException.ThrowIf(disposed, this);
        var code = CheckCallback(request, callbackUri);
        if (!request.TrySpend())
        {
            throw new InvalidOperationException("This authorization request was already exchanged; a code and its verifier are sent once. Start a new sign-in.");
        }

        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", request.RedirectUri.AbsoluteUri),
            new("code_verifier", request.CodeVerifier),
            new("client_id", _clientId),
        };
        var answer = await PostTokenAsync(form, cancellationToken).ConfigureAwait(false);
        var tokens = ToTokens(answer, refreshing: null);
        await ValidateIdTokenAsync(tokens.IdToken, request.Nonce, cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    /// <summary>
    /// Gets new ID and access tokens with the refresh token at <c>/oauth2/token</c> (<c>grant_type=refresh_token</c>); the refresh
    /// token is kept unless Cognito rotated it. The new ID token is validated when <see cref="CognitoManagedLoginOptions.UserPoolId"/> is set.
    /// </summary>
    /// <param name="tokens">The current tokens; they must have a refresh token.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <returns>The refreshed tokens.</returns>
    /// <exception cref="ArgumentException">The tokens have no refresh token.</exception>
    /// <exception cref="CognitoOAuthException">The token endpoint refused (<c>invalid_grant</c> for a revoked or expired refresh token, …).</exception>
    /// <exception cref="CognitoTokenValidationException">The new ID token is not a valid token of the pool and app client.</exception>
    /// <exception cref="CognitoProtocolException">The answer is not what OAuth 2.0 specifies.</exception>
    /// <exception cref="CognitoNetworkException">The token endpoint could not be reached or did not answer in time.</exception>
    public async Task<CognitoTokens> RefreshAsync(CognitoTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            throw new ArgumentException("The tokens have no refresh token.", nameof(tokens));
        }

        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "refresh_token"),
            new("refresh_token", tokens.RefreshToken),
            new("client_id", _clientId),
        };
        var answer = await PostTokenAsync(form, cancellationToken).ConfigureAwait(false);
        var refreshed = ToTokens(answer, tokens);
        await ValidateIdTokenAsync(refreshed.IdToken, expectedNonce: null, cancellationToken).ConfigureAwait(false);
        return refreshed;
    }

    /// <summary>Revokes a refresh token (and the tokens issued with it) at <c>/oauth2/revoke</c>.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Cognito has revoked the token.</returns>
    /// <exception cref="CognitoOAuthException">The endpoint refused (<c>invalid_request</c>, <c>unauthorized_client</c>, …).</exception>
    /// <exception cref="CognitoProtocolException">The answer is not what OAuth 2.0 specifies.</exception>
    /// <exception cref="CognitoNetworkException">The endpoint could not be reached or did not answer in time.</exception>
    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_domain, "oauth2/revoke"))
        {
            Content = new FormUrlEncodedContent([new("token", refreshToken), new("client_id", _clientId)]),
        };
        AuthenticateClient(message);
        var (status, body, _) = await SendAsync(message, "revoke", cancellationToken).ConfigureAwait(false);
        if (status is < 200 or > 299)
        {
            throw Refused("revoke", status, body, wwwAuthenticate: null);
        }

        CognitoLog.ManagedLoginSucceeded(_logger, "revoke", status);
    }

    /// <summary>Reads the user's attributes from <c>/oauth2/userInfo</c> with the access token.</summary>
    /// <param name="accessToken">An access token with the <c>openid</c> scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claims, as strings: booleans as <c>true</c>/<c>false</c>, numbers as written, objects and arrays as JSON.</returns>
    /// <exception cref="CognitoOAuthException">The endpoint refused (<c>invalid_token</c>, …).</exception>
    /// <exception cref="CognitoProtocolException">The answer is not a JSON object.</exception>
    /// <exception cref="CognitoNetworkException">The endpoint could not be reached or did not answer in time.</exception>
    public async Task<IReadOnlyDictionary<string, string>> GetUserInfoAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(_domain, "oauth2/userInfo"));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var (status, body, wwwAuthenticate) = await SendAsync(message, "userInfo", cancellationToken).ConfigureAwait(false);
        if (status is < 200 or > 299)
        {
            throw Refused("userInfo", status, body, wwwAuthenticate);
        }

        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CognitoProtocolException("The userInfo endpoint answered with JSON that is not an object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        claims[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.True:
                        claims[property.Name] = "true";
                        break;
                    case JsonValueKind.False:
                        claims[property.Name] = "false";
                        break;
                    case JsonValueKind.Null:
                    case JsonValueKind.Undefined:
                        break;
                    default:
                        claims[property.Name] = property.Value.GetRawText();
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw new CognitoProtocolException("The userInfo endpoint answered with a body that is not JSON.", exception);
        }

        CognitoLog.ManagedLoginSucceeded(_logger, "userInfo", status);
        return claims;
    }

    /// <summary>
    /// The sign-out URL in Cognito's own form, <c>{Domain}/logout?client_id=…&amp;logout_uri=…</c>: open it in the user's browser to
    /// end the managed login session; Cognito then sends the browser to <paramref name="logoutUri"/>.
    /// </summary>
    /// <param name="logoutUri">Where to go after signing out; exactly one of the app client's sign-out URLs (<c>LogoutURLs</c>).</param>
    /// <returns>The URL to open.</returns>
    public Uri GetLogoutUri(Uri logoutUri)
    {
        ArgumentNullException.ThrowIfNull(logoutUri);
        if (!logoutUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The logout URI must be absolute.", nameof(logoutUri));
        }

        var query = new StringBuilder();
        Append(query, "client_id", _clientId);
        Append(query, "logout_uri", logoutUri.AbsoluteUri);
        return new UriBuilder(new Uri(_domain, "logout")) { Query = query.ToString() }.Uri;
    }

    /// <summary>
    /// The sign-out URL that sends the user to sign in again, in the form AWS documents for <c>/logout</c> with a
    /// <c>redirect_uri</c>: the parameters of <paramref name="signInAgain"/> (a fresh request, exchanged as usual with its callback).
    /// </summary>
    /// <param name="signInAgain">A new authorization request, from <see cref="CreateAuthorizationRequest"/>.</param>
    /// <returns>The URL to open.</returns>
    public Uri GetLogoutUri(CognitoAuthorizationRequest signInAgain)
    {
        ArgumentNullException.ThrowIfNull(signInAgain);
        return new UriBuilder(new Uri(_domain, "logout")) { Query = signInAgain.Url.Query.TrimStart('?') }.Uri;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        _validator?.Dispose();
        _http.Dispose();
    }

    /// <summary>The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))) (RFC 7636 §4.2).</summary>
    internal static string S256Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string RandomToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    private static List<string> NormalizeScopes(IEnumerable<string>? scopes)
    {
        var list = new List<string>();
        foreach (var scope in scopes ?? ["openid"])
        {
            if (string.IsNullOrEmpty(scope) || scope.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException("A scope must be non-empty and have no whitespace.", nameof(scopes));
            }

            if (!list.Contains(scope, StringComparer.Ordinal))
            {
                list.Add(scope);
            }
        }

        if (!list.Contains("openid", StringComparer.Ordinal))
        {
            throw new ArgumentException("The scopes must include 'openid': Cognito returns an ID token only then, and CognitoTokens carries one.", nameof(scopes));
        }

        return list;
    }

    /// <summary>The callback's code, after its error and state are checked; nothing is sent.</summary>
    private string CheckCallback(CognitoAuthorizationRequest request, Uri callbackUri)
    {
        if (!callbackUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The callback URI must be absolute.", nameof(callbackUri));
        }

        var query = callbackUri.Query;
        if (query.Length > MaxCallbackLength)
        {
            throw Callback(new CognitoOAuthException("invalid_callback", "The callback's query is too long.", null));
        }

        var parameters = CallbackQuery.Parse(query);
        if (parameters.Duplicated)
        {
            throw Callback(new CognitoOAuthException("invalid_callback", "The callback repeats a parameter.", null));
        }

        parameters.Values.TryGetValue("state", out var state);
        var stateMatches = state is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(request.State));
        if (parameters.Values.TryGetValue("error", out var error))
        {
            // An error callback with someone else's state is not ours to report as the user's refusal.
            if (state is not null && !stateMatches)
            {
                throw Callback(new CognitoOAuthException(CognitoOAuthException.StateMismatch, "The callback's state is not the request's.", null));
            }

            parameters.Values.TryGetValue("error_description", out var description);
            throw Callback(new CognitoOAuthException(error, description, null));
        }

        if (!stateMatches)
        {
            throw Callback(new CognitoOAuthException(CognitoOAuthException.StateMismatch, state is null ? "The callback has no state." : "The callback's state is not the request's.", null));
        }

        if (!parameters.Values.TryGetValue("code", out var code) || code.Length == 0)
        {
            throw Callback(new CognitoOAuthException(CognitoOAuthException.MissingCode, "The callback has neither a code nor an error.", null));
        }

        return code;
    }

    private CognitoOAuthException Callback(CognitoOAuthException error)
    {
        CognitoLog.ManagedLoginFailed(_logger, "callback", error.Error, null);
        return error;
    }

    private void AuthenticateClient(HttpRequestMessage message)
    {
        if (_clientSecret is null)
        {
            return;
        }

        // RFC 6749 §2.3.1: each part form-encoded, then base64 of "id:secret".
        var credentials = Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(_clientSecret);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    private async Task<OAuthTokenResponse> PostTokenAsync(List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AuthenticateClient(message);
        var (status, body, _) = await SendAsync(message, "token", cancellationToken).ConfigureAwait(false);
        if (status is < 200 or > 299)
        {
            throw Refused("token", status, body, wwwAuthenticate: null);
        }

        OAuthTokenResponse? answer;
        try
        {
            answer = JsonSerializer.Deserialize(body.Span, ManagedLoginJsonContext.Default.OAuthTokenResponse);
        }
        catch (JsonException exception)
        {
            throw new CognitoProtocolException("The token endpoint answered with a body that is not the JSON of a token response.", exception);
        }

        if (answer is null || string.IsNullOrEmpty(answer.AccessToken))
        {
            throw new CognitoProtocolException("The token endpoint's answer has no access_token.");
        }

        if (string.IsNullOrEmpty(answer.IdToken))
        {
            throw new CognitoProtocolException("The token endpoint's answer has no id_token (ask for the 'openid' scope).");
        }

        if (answer.ExpiresIn is not > 0)
        {
            throw new CognitoProtocolException("The token endpoint's answer has no positive expires_in.");
        }

        CognitoLog.ManagedLoginSucceeded(_logger, "token", status);
        return answer;
    }

    private static CognitoTokens ToTokens(OAuthTokenResponse answer, CognitoTokens? refreshing)
    {
        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(Math.Min(answer.ExpiresIn!.Value, (long)TimeSpan.FromDays(3650).TotalSeconds));
        return refreshing is null
            ? new CognitoTokens(answer.IdToken!, answer.AccessToken!, string.IsNullOrEmpty(answer.RefreshToken) ? null : answer.RefreshToken, expiresAt, answer.TokenType ?? "Bearer")
            : refreshing.WithRefreshed(answer.IdToken!, answer.AccessToken!, string.IsNullOrEmpty(answer.RefreshToken) ? null : answer.RefreshToken, expiresAt);
    }

    private async Task ValidateIdTokenAsync(string idToken, string? expectedNonce, CancellationToken cancellationToken)
    {
        if (_validator is null)
        {
            return;
        }

        var validated = await _validator.ValidateIdTokenAsync(idToken, cancellationToken).ConfigureAwait(false);
        if (expectedNonce is null)
        {
            return;
        }

        var nonce = validated.Identity.FindFirst("nonce")?.Value;
        if (nonce is null && _nonceValidation == CognitoNonceValidation.AllowMissing)
        {
            return;
        }

        if (nonce is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(expectedNonce)))
        {
            CognitoLog.ManagedLoginFailed(_logger, "token", CognitoOAuthException.NonceMismatch, null);
            throw new CognitoOAuthException(
                CognitoOAuthException.NonceMismatch,
                nonce is null ? "The ID token has no nonce (CognitoManagedLoginOptions.NonceValidation is Required)." : "The ID token's nonce is not the request's.",
                null);
        }
    }

    private CognitoOAuthException Refused(string endpoint, int status, ReadOnlyMemory<byte> body, string? wwwAuthenticate)
    {
        string? error = null;
        string? description = null;
        try
        {
            var answer = JsonSerializer.Deserialize(body.Span, ManagedLoginJsonContext.Default.OAuthTokenResponse);
            error = answer?.Error;
            description = answer?.ErrorDescription;
        }
        catch (JsonException)
        {
            // Not JSON: the header or the status still tell.
        }

        error ??= BearerError(wwwAuthenticate);
        if (string.IsNullOrWhiteSpace(error))
        {
            CognitoLog.ManagedLoginFailed(_logger, endpoint, "unreadable", status);
            throw new CognitoProtocolException(string.Create(CultureInfo.InvariantCulture, $"The {endpoint} endpoint answered HTTP {status} without an OAuth error."));
        }

        CognitoLog.ManagedLoginFailed(_logger, endpoint, error, status);
        return new CognitoOAuthException(error, description, status);
    }

    /// <summary>The <c>error</c> of a <c>WWW-Authenticate: Bearer error="invalid_token"</c> header (RFC 6750 §3).</summary>
    private static string? BearerError(string? header)
    {
        if (header is null)
        {
            return null;
        }

        const string marker = "error=\"";
        var start = header.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = header.IndexOf('"', start);
        return end > start ? header[start..end] : null;
    }

    private async Task<(int Status, ReadOnlyMemory<byte> Body, string? WwwAuthenticate)> SendAsync(HttpRequestMessage message, string endpoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_requestTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_requestTimeout);
        }

        try
        {
            using var response = await _http.Get().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var pooled = await BoundedResponseReader.ReadAsync(response.Content, MaxResponseBytes, timeout.Token).ConfigureAwait(false)
                ?? throw new CognitoProtocolException($"The {endpoint} endpoint answered with a body longer than {MaxResponseBytes} bytes.");
            byte[] body;
            try
            {
                body = pooled.Span.ToArray();
            }
            finally
            {
                pooled.Return();
            }

            var wwwAuthenticate = response.Headers.WwwAuthenticate.Count > 0 ? response.Headers.WwwAuthenticate.ToString() : null;
            return ((int)response.StatusCode, body, wwwAuthenticate);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            CognitoLog.ManagedLoginFailed(_logger, endpoint, "timeout", null);
            throw new CognitoNetworkException(
                string.Create(CultureInfo.InvariantCulture, $"The managed login {endpoint} endpoint did not answer within {_requestTimeout.TotalSeconds:0.###} s."),
                new TimeoutException("The request timed out.", exception));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            CognitoLog.ManagedLoginFailed(_logger, endpoint, exception is HttpRequestException ? "HttpRequestException" : "IOException", null);
            throw new CognitoNetworkException($"Calling the managed login {endpoint} endpoint failed: {exception.Message}", exception);
        }
    }
}
