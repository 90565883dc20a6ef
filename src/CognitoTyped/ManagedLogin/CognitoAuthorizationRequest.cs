namespace CognitoTyped;

/// <summary>
/// One authorization request of the managed login (OAuth 2.0 authorization code with PKCE S256): the URL to open in the browser
/// and what the code exchange needs later (state, verifier, nonce). Made by <see cref="CognitoManagedLogin.CreateAuthorizationRequest"/>;
/// it can be exchanged once, so a code and its verifier are never sent twice.
/// </summary>
/// <remarks>
/// A web app keeps it server-side between the redirect and the callback (e.g. in the session, encrypted); <see cref="ToString"/>
/// never shows the state, verifier or nonce.
/// </remarks>
public sealed class CognitoAuthorizationRequest
{
    private int spent;

    /// <summary>Recreates a request kept between the redirect and the callback (e.g. by a web app in its session).</summary>
    /// <param name="url">The authorization URL the browser was sent to.</param>
    /// <param name="state">The <c>state</c> the callback must carry.</param>
    /// <param name="codeVerifier">The PKCE verifier whose S256 challenge the URL carries.</param>
    /// <param name="nonce">The <c>nonce</c> the ID token must carry.</param>
    /// <param name="redirectUri">The redirect URI the URL names (sent again with the code).</param>
    /// <param name="scopes">The scopes asked for.</param>
    public CognitoAuthorizationRequest(Uri url, string state, string codeVerifier, string nonce, Uri redirectUri, IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(scopes);
        Url = url;
        State = state;
        CodeVerifier = codeVerifier;
        Nonce = nonce;
        RedirectUri = redirectUri;
        Scopes = scopes;
    }

    /// <summary>The URL of the <c>/oauth2/authorize</c> endpoint to open in the user's browser.</summary>
    public Uri Url { get; }

    /// <summary>The random <c>state</c> (CSRF defence) the callback must carry.</summary>
    public string State { get; }

    /// <summary>The PKCE code verifier (RFC 7636): 32 random bytes, base64url. Secret until the exchange.</summary>
    public string CodeVerifier { get; }

    /// <summary>The random <c>nonce</c> the ID token must carry.</summary>
    public string Nonce { get; }

    /// <summary>The redirect URI; it must be one of the app client's callback URLs, exactly.</summary>
    public Uri RedirectUri { get; }

    /// <summary>The scopes asked for.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Whether the request was exchanged (or an exchange was attempted): it cannot be exchanged again.</summary>
    public bool IsSpent => Volatile.Read(ref spent) != 0;

    /// <summary>Marks the request spent; false when it already was.</summary>
    internal bool TrySpend() => Interlocked.Exchange(ref spent, 1) == 0;

    /// <inheritdoc />
    public override string ToString()
        => $"CognitoAuthorizationRequest {{ RedirectUri = {RedirectUri}, Scopes = {string.Join(' ', Scopes)}, State = ***, CodeVerifier = ***, Nonce = ***, IsSpent = {IsSpent} }}";
}
