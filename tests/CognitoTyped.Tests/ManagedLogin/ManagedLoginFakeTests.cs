using System.Net;
using System.Security.Cryptography;
using System.Text;
using CognitoTyped.Testing;
using CognitoTyped.Tests.Tokens;

namespace CognitoTyped.Tests.ManagedLogin;

/// <summary>
/// CognitoManagedLogin against a fake managed login domain (FakeManagedLoginServer): what cognito-local cannot show (revoke,
/// userInfo, logout, nonce, Basic authentication, garbage answers). The real code flow is in the integration tests.
/// </summary>
public sealed class ManagedLoginFakeTests : IDisposable
{
    private const string Secret = "s3cr3t-client-secret-value-0123456789abcdef";
    private static readonly Uri Redirect = new("https://app.example.com/signin-callback");

    private readonly RSA poolKey = RSA.Create(2048);
    private readonly RSA attackerKey = RSA.Create(2048);
    private readonly FakeManagedLoginServer server;
    private readonly HttpClient httpClient;

    public ManagedLoginFakeTests()
    {
        server = new FakeManagedLoginServer(poolKey);
        httpClient = new HttpClient(server);
    }

    public void Dispose()
    {
        httpClient.Dispose();
        poolKey.Dispose();
        attackerKey.Dispose();
    }

    private CognitoManagedLogin Create(string? secret = null, bool validate = false, CognitoNonceValidation nonce = CognitoNonceValidation.Required) =>
        new(
            new CognitoManagedLoginOptions
            {
                Domain = FakeManagedLoginServer.Domain,
                ClientId = TestTokens.ClientId,
                ClientSecret = secret,
                UserPoolId = validate ? TestTokens.PoolId : null,
                NonceValidation = nonce,
            },
            httpClient);

    private string IdToken(string? nonce, RSA? key = null) =>
        TestTokens.Id(key ?? poolKey, "key-1", DateTimeOffset.UtcNow, extraClaims: nonce is null ? null : new() { ["nonce"] = nonce });

    private static Uri CallbackFor(CognitoAuthorizationRequest request, string code = "the-code-1234") =>
        new($"{Redirect}?code={code}&state={Uri.EscapeDataString(request.State)}");

    private static Dictionary<string, string> QueryOf(Uri url) =>
        url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);

    [Fact]
    public void Authorization_url_carries_every_parameter_and_the_S256_challenge_of_the_verifier()
    {
        using var login = Create();

        var request = login.CreateAuthorizationRequest(Redirect, ["openid", "email"], identityProvider: "Google", loginHint: "alice@example.com", prompt: "login");

        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/authorize", request.Url.GetLeftPart(UriPartial.Path));
        var query = QueryOf(request.Url);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(TestTokens.ClientId, query["client_id"]);
        Assert.Equal(Redirect.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("openid email", query["scope"]);
        Assert.Equal(request.State, query["state"]);
        Assert.Equal(request.Nonce, query["nonce"]);
        Assert.Equal("Google", query["identity_provider"]);
        Assert.Equal("alice@example.com", query["login_hint"]);
        Assert.Equal("login", query["prompt"]);
        Assert.Equal("S256", query["code_challenge_method"]);

        // Independent computation (RFC 7636 §4.2): base64url without padding of SHA-256 over the verifier's ASCII bytes.
        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, query["code_challenge"]);
        Assert.Equal(43, request.CodeVerifier.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", request.CodeVerifier);
        Assert.Equal(["openid", "email"], request.Scopes);
    }

    [Fact]
    public void RFC_7636_appendix_B_verifier_gives_its_published_challenge()
    {
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", CognitoManagedLogin.S256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    [Fact]
    public void Each_request_has_fresh_state_verifier_and_nonce_and_defaults_to_openid()
    {
        using var login = Create();

        var first = login.CreateAuthorizationRequest(Redirect);
        var second = login.CreateAuthorizationRequest(Redirect);

        Assert.NotEqual(first.State, second.State);
        Assert.NotEqual(first.CodeVerifier, second.CodeVerifier);
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.Equal(["openid"], first.Scopes);
        Assert.False(QueryOf(first.Url).ContainsKey("identity_provider"));
    }

    [Fact]
    public void Scopes_without_openid_and_redirects_with_a_fragment_are_refused()
    {
        using var login = Create();

        Assert.Throws<ArgumentException>(() => login.CreateAuthorizationRequest(Redirect, ["email"]));
        Assert.Throws<ArgumentException>(() => login.CreateAuthorizationRequest(Redirect, ["openid", "two words"]));
        Assert.Throws<ArgumentException>(() => login.CreateAuthorizationRequest(new Uri("https://app.example.com/cb#x")));
    }

    [Fact]
    public async Task State_mismatch_is_refused_without_sending_anything()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, new Uri($"{Redirect}?code=abc&state=forged")));
        var missing = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, new Uri($"{Redirect}?code=abc")));

        Assert.Equal(CognitoOAuthException.StateMismatch, error.Error);
        Assert.Equal(CognitoOAuthException.StateMismatch, missing.Error);
        Assert.Empty(server.Requests);
        Assert.False(request.IsSpent);
    }

    [Fact]
    public async Task Error_in_the_callback_is_a_typed_OAuth_error()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(
            request, new Uri($"{Redirect}?error=access_denied&error_description=User+cancelled&state={Uri.EscapeDataString(request.State)}")));

        Assert.Equal("access_denied", error.Error);
        Assert.Equal("User cancelled", error.ErrorDescription);
        Assert.Null(error.StatusCode);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Callback_without_a_code_is_missing_code()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, new Uri($"{Redirect}?state={Uri.EscapeDataString(request.State)}")));

        Assert.Equal(CognitoOAuthException.MissingCode, error.Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Public_client_posts_the_code_the_verifier_the_redirect_and_the_client_id_without_authentication()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(request.Nonce));

        var tokens = await login.ExchangeCodeAsync(request, CallbackFor(request));

        var sent = Assert.Single(server.OAuthRequests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/token", sent.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Null(sent.Authorization);
        Assert.Equal("authorization_code", sent.Form["grant_type"]);
        Assert.Equal("the-code-1234", sent.Form["code"]);
        Assert.Equal(Redirect.AbsoluteUri, sent.Form["redirect_uri"]);
        Assert.Equal(request.CodeVerifier, sent.Form["code_verifier"]);
        Assert.Equal(TestTokens.ClientId, sent.Form["client_id"]);
        Assert.Equal("access-token-value", tokens.AccessToken);
        Assert.Equal("refresh-token-value", tokens.RefreshToken);
        Assert.InRange(tokens.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(59), DateTimeOffset.UtcNow.AddMinutes(61));
    }

    [Fact]
    public async Task Secret_client_sends_HTTP_Basic_and_the_client_id_in_the_body()
    {
        using var login = Create(Secret);
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(request.Nonce));

        await login.ExchangeCodeAsync(request, CallbackFor(request));

        var sent = Assert.Single(server.OAuthRequests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestTokens.ClientId + ":" + Secret)), sent.Authorization);
        Assert.Equal(TestTokens.ClientId, sent.Form["client_id"]);
        Assert.False(sent.Form.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task Token_endpoint_error_is_a_typed_OAuth_error_with_its_code_and_status()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"Authorization code expired"}""");

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal("Authorization code expired", error.ErrorDescription);
        Assert.Equal(400, error.StatusCode);
        Assert.DoesNotContain(request.CodeVerifier, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the-code-1234", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "<html>proxy login page</html>")]
    [InlineData(HttpStatusCode.OK, """{"access_token":"a","token_type":"Bearer","expires_in":3600}""")]
    [InlineData(HttpStatusCode.OK, """{"access_token":"a","id_token":"b","expires_in":"soon"}""")]
    [InlineData(HttpStatusCode.BadGateway, "<html>bad gateway</html>")]
    public async Task Token_endpoint_garbage_is_a_protocol_error(HttpStatusCode status, string body)
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/html") };

        await Assert.ThrowsAsync<CognitoProtocolException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));
    }

    [Fact]
    public async Task Network_failure_is_a_CognitoNetworkException()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => throw new HttpRequestException("Connection reset by peer");

        await Assert.ThrowsAsync<CognitoNetworkException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));
    }

    [Fact]
    public async Task A_request_is_exchanged_once_so_a_code_and_verifier_are_never_replayed()
    {
        using var login = Create();
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Json(HttpStatusCode.ServiceUnavailable, """{"error":"temporarily_unavailable"}""");

        await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));

        Assert.True(request.IsSpent);
        Assert.Single(server.OAuthRequests);
    }

    [Fact]
    public async Task ID_token_with_the_request_nonce_is_validated_and_accepted()
    {
        using var login = Create(validate: true);
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(request.Nonce));

        var tokens = await login.ExchangeCodeAsync(request, CallbackFor(request));

        Assert.Equal("alice", tokens.Username);
        Assert.Contains(server.Requests, r => r.Uri == TestTokens.JwksUri);
    }

    [Fact]
    public async Task ID_token_with_another_nonce_is_refused()
    {
        using var login = Create(validate: true);
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken("someone-elses-nonce"));

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));

        Assert.Equal(CognitoOAuthException.NonceMismatch, error.Error);
        Assert.DoesNotContain(request.Nonce, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ID_token_without_a_nonce_is_refused_by_default()
    {
        using var login = Create(validate: true);
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(nonce: null));

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));

        Assert.Equal(CognitoOAuthException.NonceMismatch, error.Error);
    }

    [Fact]
    public async Task AllowMissing_accepts_an_ID_token_without_a_nonce_but_still_refuses_a_wrong_one()
    {
        using var login = Create(validate: true, nonce: CognitoNonceValidation.AllowMissing);
        var withoutNonce = login.CreateAuthorizationRequest(Redirect);
        var wrongNonce = login.CreateAuthorizationRequest(Redirect);

        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(nonce: null));
        var tokens = await login.ExchangeCodeAsync(withoutNonce, CallbackFor(withoutNonce));
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken("someone-elses-nonce"));
        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(wrongNonce, CallbackFor(wrongNonce)));

        Assert.NotNull(tokens.IdToken);
        Assert.Equal(CognitoOAuthException.NonceMismatch, error.Error);
    }

    [Fact]
    public async Task ID_token_signed_by_another_key_is_refused_by_the_validator()
    {
        using var login = Create(validate: true);
        var request = login.CreateAuthorizationRequest(Redirect);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(request.Nonce, attackerKey));

        await Assert.ThrowsAsync<CognitoTokenValidationException>(() => login.ExchangeCodeAsync(request, CallbackFor(request)));
    }

    [Fact]
    public async Task Refresh_posts_the_refresh_token_and_keeps_it_unless_rotated()
    {
        using var login = Create(Secret);
        var current = new CognitoTokens(IdToken(null), "old-access", "the-refresh-token", DateTimeOffset.UtcNow);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(null), "new-access", refreshToken: null);

        var refreshed = await login.RefreshAsync(current);
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(null), "newer-access", refreshToken: "rotated-refresh");
        var rotated = await login.RefreshAsync(refreshed);

        var sent = server.OAuthRequests[0];
        Assert.Equal("refresh_token", sent.Form["grant_type"]);
        Assert.Equal("the-refresh-token", sent.Form["refresh_token"]);
        Assert.Equal(TestTokens.ClientId, sent.Form["client_id"]);
        Assert.StartsWith("Basic ", sent.Authorization, StringComparison.Ordinal);
        Assert.Equal("new-access", refreshed.AccessToken);
        Assert.Equal("the-refresh-token", refreshed.RefreshToken);
        Assert.Equal("rotated-refresh", rotated.RefreshToken);
    }

    [Fact]
    public async Task Revoke_posts_the_token_and_client_id_with_Basic_for_secret_clients()
    {
        using var login = Create(Secret);
        server.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK);

        await login.RevokeAsync("the-refresh-token");

        var sent = Assert.Single(server.OAuthRequests);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/revoke", sent.Uri.AbsoluteUri);
        Assert.Equal("the-refresh-token", sent.Form["token"]);
        Assert.Equal(TestTokens.ClientId, sent.Form["client_id"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestTokens.ClientId + ":" + Secret)), sent.Authorization);
    }

    [Fact]
    public async Task Revoke_refusal_is_a_typed_OAuth_error()
    {
        using var login = Create();
        server.Respond = _ => FakeManagedLoginServer.Json(HttpStatusCode.BadRequest, """{"error":"unsupported_token_type"}""");

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.RevokeAsync("the-refresh-token"));

        Assert.Equal("unsupported_token_type", error.Error);
        Assert.DoesNotContain("the-refresh-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserInfo_sends_the_bearer_token_and_returns_every_value_as_a_string()
    {
        using var login = Create();
        server.Respond = _ => FakeManagedLoginServer.Json(HttpStatusCode.OK, """{"sub":"6f1c","email":"alice@example.com","email_verified":true,"phone_number_verified":false,"updated_at":1700000000,"nothing":null,"username":"alice"}""");

        var claims = await login.GetUserInfoAsync("the-access-token");

        var sent = Assert.Single(server.OAuthRequests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/oauth2/userInfo", sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer the-access-token", sent.Authorization);
        Assert.Equal("alice@example.com", claims["email"]);
        Assert.Equal("true", claims["email_verified"]);
        Assert.Equal("false", claims["phone_number_verified"]);
        Assert.Equal("1700000000", claims["updated_at"]);
        Assert.False(claims.ContainsKey("nothing"));
    }

    [Fact]
    public async Task UserInfo_refusal_in_WWW_Authenticate_is_invalid_token_and_garbage_is_a_protocol_error()
    {
        using var login = Create();
        server.Respond = _ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ParseAdd("Bearer error=\"invalid_token\", error_description=\"Access token is expired\"");
            return response;
        };
        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.GetUserInfoAsync("the-access-token"));
        server.Respond = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[1,2]") };
        await Assert.ThrowsAsync<CognitoProtocolException>(() => login.GetUserInfoAsync("the-access-token"));

        Assert.Equal("invalid_token", error.Error);
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public void Logout_URIs_are_in_Cognitos_own_forms()
    {
        using var login = Create();

        var logout = login.GetLogoutUri(new Uri("https://app.example.com/signed-out"));
        var again = login.CreateAuthorizationRequest(Redirect);
        var signInAgain = login.GetLogoutUri(again);

        Assert.Equal("https://contoso.auth.eu-west-1.amazoncognito.com/logout?client_id=" + TestTokens.ClientId + "&logout_uri=https%3A%2F%2Fapp.example.com%2Fsigned-out", logout.AbsoluteUri);
        Assert.Equal("/logout", signInAgain.AbsolutePath);
        var query = QueryOf(signInAgain);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(Redirect.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal(again.State, query["state"]);
        Assert.Equal("openid", query["scope"]);
    }

    [Fact]
    public void ToString_never_shows_the_secret_verifier_state_or_nonce()
    {
        var options = new CognitoManagedLoginOptions { Domain = FakeManagedLoginServer.Domain, ClientId = TestTokens.ClientId, ClientSecret = Secret };
        using var login = new CognitoManagedLogin(options, httpClient);
        var request = login.CreateAuthorizationRequest(Redirect);

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(request.CodeVerifier, request.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(request.State, request.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(request.Nonce, request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_name_endpoints_and_error_codes_but_never_a_code_verifier_state_nonce_token_or_secret()
    {
        using var logs = new CapturingLoggerProvider();
        using var login = new CognitoManagedLogin(
            new CognitoManagedLoginOptions { Domain = FakeManagedLoginServer.Domain, ClientId = TestTokens.ClientId, ClientSecret = Secret, LoggerFactory = logs },
            httpClient);
        var request = login.CreateAuthorizationRequest(Redirect);
        var idToken = IdToken(request.Nonce);
        server.Respond = _ => FakeManagedLoginServer.Tokens(idToken);
        var tokens = await login.ExchangeCodeAsync(request, CallbackFor(request));
        var forged = login.CreateAuthorizationRequest(Redirect);
        await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(forged, new Uri($"{Redirect}?code=the-code-1234&state=forged-state")));
        server.Respond = _ => FakeManagedLoginServer.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""");
        await Assert.ThrowsAsync<CognitoOAuthException>(() => login.RefreshAsync(tokens));

        var texts = logs.Entries.SelectMany(e => e.Texts()).ToList();
        Assert.Contains(logs.Entries, e => e.EventId.Id == 5001);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 5002 && e.Texts().Any(t => t.Contains("invalid_grant", StringComparison.Ordinal)));
        foreach (var secret in new[] { Secret, request.CodeVerifier, request.State, request.Nonce, forged.State, "the-code-1234", idToken, "access-token-value", "refresh-token-value", "forged-state" })
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("http://cognito.example.com", false, false)]
    [InlineData("http://cognito.example.com", true, true)]
    [InlineData("http://127.0.0.1:9229", false, true)]
    [InlineData("http://localhost:9229", false, true)]
    [InlineData("ftp://cognito.example.com", true, false)]
    public void Plain_http_domains_need_loopback_or_the_insecure_opt_in(string domain, bool allowInsecureHttp, bool accepted)
    {
        var options = new CognitoManagedLoginOptions { Domain = new Uri(domain), ClientId = TestTokens.ClientId, AllowInsecureHttp = allowInsecureHttp };

        var error = Record.Exception(() => new CognitoManagedLogin(options, httpClient).Dispose());

        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public async Task Loopback_callback_with_a_forged_state_is_refused_without_sending_anything()
    {
        using var login = Create();
        using var browser = new HttpClient();

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.SignInWithLoopbackAsync(new CognitoLoopbackSignInOptions
        {
            Host = CognitoLoopbackHost.Ipv4Loopback,
            OpenBrowser = async (url, ct) =>
            {
                var redirect = new Uri(QueryOf(url)["redirect_uri"]);
                using var answer = await browser.GetAsync(new Uri(redirect, "?code=stolen&state=forged"), ct);
            },
        }));

        Assert.Equal(CognitoOAuthException.StateMismatch, error.Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Loopback_ignores_other_paths_and_answers_the_browser_with_a_page()
    {
        using var login = Create();
        using var browser = new HttpClient();
        string? page = null;
        HttpStatusCode? favicon = null;
        server.Respond = _ => FakeManagedLoginServer.Tokens(IdToken(null));

        var tokens = await login.SignInWithLoopbackAsync(new CognitoLoopbackSignInOptions
        {
            Host = CognitoLoopbackHost.Ipv4Loopback,
            Path = "/callback",
            OpenBrowser = async (url, ct) =>
            {
                var query = QueryOf(url);
                var redirect = new Uri(query["redirect_uri"]);
                Assert.Equal("127.0.0.1", redirect.Host);
                Assert.Equal("/callback", redirect.AbsolutePath);
                using (var other = await browser.GetAsync(new Uri(redirect, "/favicon.ico"), ct))
                {
                    favicon = other.StatusCode;
                }

                page = await browser.GetStringAsync(new Uri($"{redirect}?code=abc&state={Uri.EscapeDataString(query["state"])}"), ct);
            },
        });

        Assert.Equal(HttpStatusCode.NotFound, favicon);
        Assert.Contains("You can close this window", page, StringComparison.Ordinal);
        Assert.Equal("abc", Assert.Single(server.OAuthRequests).Form["code"]);
        Assert.Equal("access-token-value", tokens.AccessToken);
    }

    [Fact]
    public async Task Loopback_that_never_gets_a_callback_times_out_with_a_TimeoutException()
    {
        using var login = Create();

        await Assert.ThrowsAsync<TimeoutException>(() => login.SignInWithLoopbackAsync(new CognitoLoopbackSignInOptions
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            OpenBrowser = (_, _) => Task.CompletedTask,
        }));
    }

    [Fact]
    public async Task Loopback_wait_is_cancelled_by_the_caller()
    {
        using var login = Create();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => login.SignInWithLoopbackAsync(
            new CognitoLoopbackSignInOptions { OpenBrowser = (_, _) => { cancel.CancelAfter(100); return Task.CompletedTask; } },
            cancel.Token));
    }
}
