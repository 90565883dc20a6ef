using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// The managed login's authorization code flow with PKCE end to end against cognito-local's /oauth2 routes: its login form is
/// driven over HTTP (no browser), the code comes back in its redirect, and CognitoManagedLogin exchanges and refreshes it, its
/// ID token validated against the emulator's JWKS. cognito-local does not echo the nonce, so these tests opt into
/// <see cref="CognitoNonceValidation.AllowMissing"/>; the default is covered against a fake in the unit tests.
/// </summary>
public sealed class ManagedLoginTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";
    private static readonly Uri WebRedirect = new("https://app.example.com/callback");

    private sealed record OAuthPool(string PoolId, string ClientId, string? ClientSecret, string Username);

    private async Task<OAuthPool> CreateOAuthPoolAsync(bool withSecret, params string[] callbackUrls)
    {
        var pool = await emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "oauth-" + Guid.NewGuid().ToString("N")[..8], UsernameAttributes = [] });
        var poolId = pool.UserPool!.Id!;
        var client = await emulator.Admin.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientName = "managed-login",
            GenerateSecret = withSecret,
            AllowedOAuthFlows = [OAuthFlowType.Code],
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthScopes = ["openid", "email"],
            CallbackURLs = [.. callbackUrls],
            SupportedIdentityProviders = ["COGNITO"],
        });
        var username = "oauth-" + Guid.NewGuid().ToString("N")[..10];
        await emulator.Admin.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = poolId,
            Username = username,
            MessageAction = MessageActionType.Suppress,
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
        });
        await emulator.Admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = poolId, Username = username, Password = Password, Permanent = true });
        return new OAuthPool(poolId, client.UserPoolClient!.ClientId!, client.UserPoolClient.ClientSecret, username);
    }

    private CognitoManagedLogin ManagedLoginFor(OAuthPool pool) => new(new CognitoManagedLoginOptions
    {
        Domain = emulator.Url,
        ClientId = pool.ClientId,
        ClientSecret = pool.ClientSecret,
        UserPoolId = pool.PoolId,
        Issuer = $"http://127.0.0.1:{emulator.Url.Port.ToString(CultureInfo.InvariantCulture)}/{pool.PoolId}",
        JwksUri = new Uri(emulator.Url, $"{pool.PoolId}/.well-known/jwks.json"),
        // cognito-local 5.3.0 puts no nonce in its ID tokens; a nonce it did put there would still have to match.
        NonceValidation = CognitoNonceValidation.AllowMissing,
    });

    private static Task<Uri> SignInThroughTheLoginFormAsync(HttpClient browser, Uri authorizationUrl, string username, string password, CancellationToken cancellationToken = default)
        => CognitoLocalLoginForm.SignInAsync(browser, authorizationUrl, username, password, cancellationToken);

    private static HttpClient Browser() => CognitoLocalLoginForm.Browser();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Code_flow_with_PKCE_signs_in_through_cognito_locals_login_form_and_refreshes(bool withSecret)
    {
        var pool = await CreateOAuthPoolAsync(withSecret, WebRedirect.AbsoluteUri);
        Assert.Equal(withSecret, pool.ClientSecret is not null);
        using var login = ManagedLoginFor(pool);
        using var browser = Browser();

        var request = login.CreateAuthorizationRequest(WebRedirect, ["openid", "email"]);
        var callback = await SignInThroughTheLoginFormAsync(browser, request.Url, pool.Username, Password);
        var tokens = await login.ExchangeCodeAsync(request, callback);
        var refreshed = await login.RefreshAsync(tokens);

        Assert.Equal(WebRedirect.GetLeftPart(UriPartial.Path), callback.GetLeftPart(UriPartial.Path));
        Assert.Equal(pool.Username, tokens.Username);
        Assert.NotNull(tokens.RefreshToken);
        Assert.Equal(pool.Username, refreshed.Username);
        Assert.Equal(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.True(request.IsSpent);
    }

    [Fact]
    public async Task Code_with_a_wrong_verifier_is_refused_as_invalid_grant()
    {
        var pool = await CreateOAuthPoolAsync(withSecret: false, WebRedirect.AbsoluteUri);
        using var login = ManagedLoginFor(pool);
        using var browser = Browser();
        var request = login.CreateAuthorizationRequest(WebRedirect);
        var callback = await SignInThroughTheLoginFormAsync(browser, request.Url, pool.Username, Password);
        var otherVerifier = login.CreateAuthorizationRequest(WebRedirect).CodeVerifier;
        var tampered = new CognitoAuthorizationRequest(request.Url, request.State, otherVerifier, request.Nonce, request.RedirectUri, request.Scopes);

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.ExchangeCodeAsync(tampered, callback));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal(400, error.StatusCode);
        Assert.DoesNotContain(otherVerifier, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_on_the_login_form_gives_no_code()
    {
        var pool = await CreateOAuthPoolAsync(withSecret: false, WebRedirect.AbsoluteUri);
        using var login = ManagedLoginFor(pool);
        using var browser = Browser();
        var request = login.CreateAuthorizationRequest(WebRedirect);
        var form = await browser.GetStringAsync(request.Url);
        var fields = CognitoLocalLoginForm.HiddenFields(form);
        fields["username"] = pool.Username;
        fields["password"] = "Wrong-password-1";

        using var submitted = await browser.PostAsync(new Uri(emulator.Url, "/oauth2/authorize"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("Incorrect username or password", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_sign_in_drives_the_login_form_and_comes_back_to_the_listener_with_tokens()
    {
        var port = FreePort();
        var redirect = $"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/";
        var pool = await CreateOAuthPoolAsync(withSecret: false, redirect);
        using var login = ManagedLoginFor(pool);
        using var browser = Browser();
        string? page = null;

        var tokens = await login.SignInWithLoopbackAsync(new CognitoLoopbackSignInOptions
        {
            Port = port,
            Scopes = ["openid", "email"],
            Timeout = TimeSpan.FromSeconds(30),
            OpenBrowser = async (url, ct) =>
            {
                var callback = await SignInThroughTheLoginFormAsync(browser, url, pool.Username, Password, ct);
                Assert.Equal(redirect, callback.GetLeftPart(UriPartial.Path));
                page = await browser.GetStringAsync(callback, ct);
            },
        });

        Assert.Equal(pool.Username, tokens.Username);
        Assert.NotNull(tokens.RefreshToken);
        Assert.Contains("You can close this window", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_callback_with_access_denied_is_a_typed_access_denied()
    {
        var port = FreePort();
        var pool = await CreateOAuthPoolAsync(withSecret: false, $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        using var login = ManagedLoginFor(pool);
        using var browser = Browser();
        string? page = null;

        var error = await Assert.ThrowsAsync<CognitoOAuthException>(() => login.SignInWithLoopbackAsync(new CognitoLoopbackSignInOptions
        {
            Port = port,
            Host = CognitoLoopbackHost.Ipv4Loopback,
            Timeout = TimeSpan.FromSeconds(30),
            OpenBrowser = async (url, ct) =>
            {
                // The form is served (the request is one cognito-local accepts); then the user refuses, as an IdP would report it.
                _ = await browser.GetStringAsync(url, ct);
                var query = url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
                page = await browser.GetStringAsync(new Uri($"{query["redirect_uri"]}?error=access_denied&error_description=User+cancelled&state={Uri.EscapeDataString(query["state"])}"), ct);
            },
        }));

        Assert.Equal("access_denied", error.Error);
        Assert.Contains("Sign-in was not completed", page, StringComparison.Ordinal);
    }
}
