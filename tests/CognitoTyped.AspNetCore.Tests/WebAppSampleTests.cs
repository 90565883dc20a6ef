extern alias WebApp;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CognitoTyped.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// samples/CognitoTyped.WebApp hosted whole (its own Program.cs, cookie + AddCognitoOpenIdConnect, generated CustomersPrincipal
/// and policies) against a real cognito-local: each sign-in goes through the app's own pipeline over HTTP — the challenge's
/// redirect to cognito-local's /oauth2/authorize, its login form (driven by HTTP, no browser), its redirect back to the app's
/// /signin-oidc with the app's correlation and nonce cookies, the app's code exchange at /oauth2/token — then the pages.
/// </summary>
public sealed class WebAppSampleTests(WebAppPool pool) : IClassFixture<WebAppPool>
{
    /// <summary>The sample, configured for the emulator; <paramref name="services"/> runs after the sample's own registrations.</summary>
    private WebApplicationFactory<WebApp::Program> Sample(string nonceValidation = "AllowMissing", Action<IServiceCollection>? services = null) =>
        new WebApplicationFactory<WebApp::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in pool.Configuration(nonceValidation))
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });

    /// <summary>A browser on the app: keeps its cookies, stops at redirects, calls it at the address cognito.json registers.</summary>
    private HttpClient Browser(WebApplicationFactory<WebApp::Program> sample) => sample.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = pool.AppBaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Records why the app refused sign-ins (the sample's own failure handler still runs and redirects).</summary>
    private static Action<IServiceCollection> RecordFailures(List<Exception> failures) => services =>
        services.Configure<OpenIdConnectOptions>("Customers", options =>
        {
            var previous = options.Events.OnRemoteFailure;
            options.Events.OnRemoteFailure = context =>
            {
                lock (failures)
                {
                    failures.Add(context.Failure!);
                }

                return previous(context);
            };
        });

    private static async Task<Uri> ChallengeAsync(HttpClient app, string path = "/profile")
    {
        using var response = await app.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>Fills in cognito-local's login form at the authorization URL; returns where it sends the browser back.</summary>
    private static async Task<Uri> LogInAsync(Uri authorizationUrl, string username)
    {
        using var browser = CognitoLocalLoginForm.Browser();
        return await CognitoLocalLoginForm.SignInAsync(browser, authorizationUrl, username, WebAppPool.Password);
    }

    /// <summary>The whole sign-in of <paramref name="username"/> from the protected page, ending back on it signed in.</summary>
    private static async Task SignInAsync(HttpClient app, string username, string path = "/profile")
    {
        var callback = await LogInAsync(await ChallengeAsync(app, path), username);
        using var back = await app.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(path, back.Headers.Location!.OriginalString);
    }

    private static Dictionary<string, string> Query(Uri url) =>
        QueryHelpers.ParseQuery(url.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

    private static Uri WithQueryValue(Uri url, string name, string value)
    {
        var query = Query(url);
        query[name] = value;
        return new Uri(QueryHelpers.AddQueryString(url.GetLeftPart(UriPartial.Path), query!));
    }

    private static async Task AssertSignedOutAsync(HttpClient app)
    {
        var challenge = await ChallengeAsync(app);
        Assert.EndsWith("/oauth2/authorize", challenge.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_page_redirects_to_cognito_locals_authorize_with_PKCE_state_and_nonce()
    {
        await using var sample = Sample();
        using var app = Browser(sample);

        var authorize = await ChallengeAsync(app);
        var query = Query(authorize);

        Assert.Equal(new Uri(pool.Emulator.Url, "/oauth2/authorize"), new Uri(authorize.GetLeftPart(UriPartial.Path)));
        Assert.Equal(pool.WebClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].Length);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Equal(pool.CallbackUrl.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal(["email", "openid", "profile"], query["scope"].Split(' ').Order(StringComparer.Ordinal));
        Assert.False(query.ContainsKey("response_mode"));
        Assert.DoesNotContain(pool.WebClientSecret, authorize.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_through_cognito_locals_login_form_shows_the_typed_user_from_the_ID_token()
    {
        await using var sample = Sample();
        using var app = Browser(sample);
        var authorize = await ChallengeAsync(app);

        var callback = await LogInAsync(authorize, "alice");
        using var back = await app.GetAsync(callback);
        using var profile = await app.GetAsync("/profile");
        var html = await profile.Content.ReadAsStringAsync();

        Assert.Equal(pool.CallbackUrl.AbsoluteUri, callback.GetLeftPart(UriPartial.Path));
        Assert.Equal(Query(authorize)["state"], Query(callback)["state"]);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/profile", back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Contains("<dd id=\"username\">alice</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"email\">alice@example.com</dd>", html, StringComparison.Ordinal);
        // cognito-local 5.3.0 writes only email, email_verified and custom: attributes into its ID tokens (Amazon Cognito
        // writes every readable attribute), so the typed given_name is empty here although alice has one.
        Assert.Contains("<dd id=\"given-name\"></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"groups\">admins</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"is-admin\">True</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dd id=\"client-id\">{pool.WebClientId}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"token-use\">Id</dd>", html, StringComparison.Ordinal);
        Assert.Matches("<dd id=\"sub\">[0-9a-f-]{36}</dd>", html);
    }

    [Fact]
    public async Task The_admins_page_admits_a_member_and_forbids_a_user_outside_the_group()
    {
        await using var sample = Sample();
        using var alice = Browser(sample);
        using var bob = Browser(sample);
        await SignInAsync(alice, "alice", "/admin");
        await SignInAsync(bob, "bob", "/admin");

        using var admitted = await alice.GetAsync("/admin");
        using var refused = await bob.GetAsync("/admin");
        using var bobsProfile = await bob.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Contains("Hello, admin alice.", await admitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/forbidden", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, bobsProfile.StatusCode);
        Assert.Contains("<dd id=\"is-admin\">False</dd>", await bobsProfile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_redirects_to_cognitos_logout_with_the_client_and_logout_uri_and_ends_the_session()
    {
        await using var sample = Sample();
        using var app = Browser(sample);
        await SignInAsync(app, "alice");

        using var signOut = await app.PostAsync("/signout", content: null);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var expected = new Uri(pool.Emulator.Url, "/logout?client_id=" + pool.WebClientId + "&logout_uri=" + Uri.EscapeDataString(pool.LogoutUrl.AbsoluteUri));
        Assert.Equal(expected.AbsoluteUri, signOut.Headers.Location!.AbsoluteUri);
        Assert.Equal("https://localhost:7081/signed-out", Query(signOut.Headers.Location)["logout_uri"]);
        await AssertSignedOutAsync(app);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_and_signs_nobody_in()
    {
        var failures = new List<Exception>();
        await using var sample = Sample(services: RecordFailures(failures));
        using var app = Browser(sample);
        var callback = await LogInAsync(await ChallengeAsync(app), "alice");
        var state = Query(callback)["state"];
        var tampered = state[..^6] + (state.EndsWith("AAAAAA", StringComparison.Ordinal) ? "BBBBBB" : "AAAAAA");

        using var back = await app.GetAsync(WithQueryValue(callback, "state", tampered));

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/signin-failed", back.Headers.Location!.OriginalString);
        Assert.Contains("state", Assert.Single(failures).Message, StringComparison.OrdinalIgnoreCase);
        await AssertSignedOutAsync(app);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_at_the_token_endpoint_and_the_secret_is_not_in_the_failure()
    {
        var failures = new List<Exception>();
        await using var sample = Sample(services: RecordFailures(failures));
        using var app = Browser(sample);
        var callback = await LogInAsync(await ChallengeAsync(app), "alice");

        using var back = await app.GetAsync(WithQueryValue(callback, "code", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/signin-failed", back.Headers.Location!.OriginalString);
        var failure = Assert.IsType<OpenIdConnectProtocolException>(Assert.Single(failures));
        Assert.Contains("invalid_grant", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.WebClientSecret, failure.ToString(), StringComparison.Ordinal);
        await AssertSignedOutAsync(app);
    }

    [Fact]
    public async Task An_ID_token_issued_to_another_client_of_the_pool_is_refused()
    {
        // What an attacker on the token response could do: hand over a genuine, signed ID token of the same pool and user,
        // issued to another app client. The audience check must refuse it.
        var otherClientsIdToken = (await pool.SignInThroughOtherClientAsync("alice")).IdToken;
        var failures = new List<Exception>();
        var recordFailures = RecordFailures(failures);
        await using var sample = Sample(services: services =>
        {
            recordFailures(services);
            services.Configure<OpenIdConnectOptions>("Customers", options =>
                options.BackchannelHttpHandler = new ReplaceIdToken(otherClientsIdToken) { InnerHandler = new SocketsHttpHandler() });
        });
        using var app = Browser(sample);
        var callback = await LogInAsync(await ChallengeAsync(app), "alice");

        using var back = await app.GetAsync(callback);

        Assert.Equal("/signin-failed", back.Headers.Location!.OriginalString);
        var rejected = Assert.IsType<CognitoTokenRejectedException>(Assert.Single(failures));
        Assert.Equal(CognitoTokenCheck.Client, rejected.Check);
        await AssertSignedOutAsync(app);
    }

    [Fact]
    public async Task With_the_default_nonce_validation_an_ID_token_without_the_nonce_is_refused()
    {
        // cognito-local 5.3.0 does not echo the nonce: the default (Required) must refuse its ID tokens, which is why the
        // other tests opt into AllowMissing. Amazon Cognito echoes it.
        var failures = new List<Exception>();
        await using var sample = Sample(nonceValidation: "Required", services: RecordFailures(failures));
        using var app = Browser(sample);
        var callback = await LogInAsync(await ChallengeAsync(app), "alice");

        using var back = await app.GetAsync(callback);

        Assert.Equal("/signin-failed", back.Headers.Location!.OriginalString);
        Assert.IsType<OpenIdConnectProtocolInvalidNonceException>(Assert.Single(failures));
        await AssertSignedOutAsync(app);
    }

    [Fact]
    public async Task No_secret_or_token_reaches_the_log_at_trace_level_during_sign_in_a_refused_sign_in_and_sign_out()
    {
        var log = new CapturingLoggerProvider();
        var tokenResponses = new List<string>();
        var codes = new List<string>();
        await using var sample = Sample(services: services =>
        {
            services.AddLogging(logging => logging.AddProvider(log).AddFilter<CapturingLoggerProvider>(category: null, LogLevel.Trace));
            services.Configure<OpenIdConnectOptions>("Customers", options =>
                options.BackchannelHttpHandler = new RecordTokenResponses(tokenResponses) { InnerHandler = new SocketsHttpHandler() });
        });
        using var app = Browser(sample);

        var callback = await LogInAsync(await ChallengeAsync(app), "alice");
        codes.Add(Query(callback)["code"]);
        using (await app.GetAsync(callback))
        {
        }

        using (await app.GetAsync("/profile"))
        using (await app.PostAsync("/signout", content: null))
        {
        }

        var refused = await LogInAsync(await ChallengeAsync(app), "bob");
        codes.Add(Query(refused)["code"]);
        using (await app.GetAsync(WithQueryValue(refused, "code", "not-" + Query(refused)["code"])))
        {
        }

        var secrets = new List<string> { pool.WebClientSecret };
        foreach (var response in tokenResponses)
        {
            var body = JsonNode.Parse(response)!.AsObject();
            secrets.AddRange(new[] { "access_token", "id_token", "refresh_token" }.Select(name => body[name]!.GetValue<string>()));
            // A JWT's signature alone is as identifying as the token.
            secrets.AddRange(new[] { "access_token", "id_token" }.Select(name => body[name]!.GetValue<string>().Split('.')[2]));
        }

        var messages = log.Messages;
        Assert.Single(tokenResponses);
        Assert.Contains(messages, entry => entry.Message.Contains("A sign-in was refused", StringComparison.Ordinal));
        Assert.True(messages.Count > 20, $"expected the pipeline's trace log, got {messages.Count} messages");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(messages, entry => entry.Message.Contains(secret, StringComparison.Ordinal));
        }

        // The callback's code is single-use and useless without the PKCE verifier (never logged). ASP.NET Core itself writes it
        // twice: its request log (Microsoft.AspNetCore.Hosting.Diagnostics, Information) writes every URL, and the OpenID
        // Connect handler its received message at Trace (off by default). Nothing else may.
        foreach (var code in codes)
        {
            Assert.DoesNotContain(messages, entry => entry.Message.Contains(code, StringComparison.Ordinal)
                && entry.Category != "Microsoft.AspNetCore.Hosting.Diagnostics"
                && !(entry.Level == LogLevel.Trace && entry.Message.StartsWith("MessageReceived: ", StringComparison.Ordinal)));
        }
    }

    /// <summary>Every log message and exception of the host, at every level.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<(string Category, LogLevel Level, string Message)> messages = [];

        public IReadOnlyList<(string Category, LogLevel Level, string Message)> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider.messages)
                {
                    provider.messages.Add((category, logLevel, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception)));
                }
            }
        }
    }

    /// <summary>Keeps the token endpoint's successful answers, so the test knows which strings must never be logged.</summary>
    private sealed class RecordTokenResponses(List<string> responses) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath == "/oauth2/token" && response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                lock (responses)
                {
                    responses.Add(body);
                }

                response.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            return response;
        }
    }

    /// <summary>Swaps the <c>id_token</c> of the token endpoint's answer; everything else passes through untouched.</summary>
    private sealed class ReplaceIdToken(string idToken) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath != "/oauth2/token" || !response.IsSuccessStatusCode)
            {
                return response;
            }

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            body["id_token"] = idToken;
            response.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            return response;
        }
    }
}
