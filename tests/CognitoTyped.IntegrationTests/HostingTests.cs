using System.Collections.Concurrent;
using System.Globalization;
using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using CognitoTyped.Hosting;
using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Generated;
using CognitoTyped.IntegrationTests.Infrastructure;
using CognitoTyped.Provisioning;
using CognitoTyped.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// The generated <c>AddCognitoTyped</c> in a real <see cref="IHost"/>: options validated at start, calls through the
/// <c>IHttpClientFactory</c> clients with the app's own handler, the host's logging, reloads, <c>TryAdd</c>, and AWSOptions
/// as the admin credentials — against cognito-local.
/// </summary>
public sealed class HostingTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";
    private const string ServerSecret = "server-secret-value-never-logged";

    private Task<ProvisionedUserPool> ProvisionAsync()
        => CognitoProvisioner.ProvisionAsync(ShopDefinition.UserPool, emulator.Admin, "Host-" + Guid.NewGuid().ToString("N")[..8]);

    private Dictionary<string, string?> Settings(ProvisionedUserPool pool) => new()
    {
        ["Cognito:Shop:UserPoolId"] = pool.UserPoolId,
        ["Cognito:Shop:ServiceUrl"] = emulator.Url.ToString(),
        ["Cognito:Shop:Issuer"] = $"http://127.0.0.1:{emulator.Url.Port.ToString(CultureInfo.InvariantCulture)}/{pool.UserPoolId}",
        ["Cognito:Shop:JwksUri"] = new Uri(emulator.Url, $"{pool.UserPoolId}/.well-known/jwks.json").ToString(),
        ["Cognito:Shop:Clients:Mobile:ClientId"] = pool.Client("Mobile").ClientId,
        ["Cognito:Shop:Clients:Server:ClientId"] = pool.Client("Server").ClientId,
        ["Cognito:Shop:Clients:Server:ClientSecret"] = pool.Client("Server").ClientSecret ?? ServerSecret,
        ["Cognito:Shop:Clients:Portal:ClientId"] = pool.Client("Portal").ClientId,
        // The managed login domain; cognito-local serves /oauth2 on its own port and does not echo the nonce.
        ["Cognito:Shop:Domain"] = emulator.Url.ToString(),
        ["Cognito:Shop:Clients:Portal:NonceValidation"] = "AllowMissing",
    };

    private static HostApplicationBuilder HostWith(Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug);
        }

        return builder;
    }

    [Fact]
    public async Task A_host_with_broken_Cognito_settings_fails_at_StartAsync_naming_every_key_and_never_the_secret()
    {
        var builder = HostWith(new Dictionary<string, string?>
        {
            ["Cognito:Shop:UserPoolId"] = "not a pool id",
            ["Cognito:Shop:RequestTimeout"] = "soon",
            ["Cognito:Shop:Retry:MaxAttempts"] = "0",
            ["Cognito:Shop:AllowInsecureHttp"] = "yes",
            ["Cognito:Shop:Clients:Server:ClientId"] = "server-client-id-with-dashes",
            ["Cognito:Shop:Clients:Server:ClientSecret"] = ServerSecret,
        });
        builder.Services.AddCognitoTyped(builder.Configuration);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join("\n", Flatten(failure).OfType<OptionsValidationException>().SelectMany(e => e.Failures));
        Assert.Contains("Cognito:Shop:Clients:Mobile:ClientId is missing", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:Clients:Server:ClientId is not an app client ID", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:UserPoolId 'not a pool id' is not a user pool ID", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:RequestTimeout is not a duration", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:Retry:MaxAttempts must be at least 1", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:AllowInsecureHttp must be true or false", messages, StringComparison.Ordinal);
        Assert.Contains("Cognito:Shop:Domain is missing", messages, StringComparison.Ordinal);
        Assert.DoesNotContain(ServerSecret, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("server-client-id-with-dashes", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generated_managed_login_signs_in_through_cognito_locals_login_form_and_refuses_unregistered_URLs()
    {
        var pool = await ProvisionAsync();
        var username = "portal-" + Guid.NewGuid().ToString("N")[..10];
        await emulator.Admin.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = pool.UserPoolId,
            Username = username,
            MessageAction = MessageActionType.Suppress,
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }, new AttributeType { Name = "custom:tenant_id", Value = "t" }],
        });
        await emulator.Admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = pool.UserPoolId, Username = username, Password = Password, Permanent = true });
        var builder = HostWith(Settings(pool));
        builder.Services.AddCognitoTyped(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var login = host.Services.GetRequiredService<ShopPortalManagedLogin>();

        // Only what cognito.json registers: refused here, before any browser or request.
        Assert.Throws<ArgumentException>(() => login.CreateAuthorizationRequest(new Uri("https://evil.example.com/signed-in")));
        Assert.Throws<ArgumentException>(() => login.GetLogoutUri(new Uri("https://shop.example.com/elsewhere")));
        var request = login.CreateAuthorizationRequest(new Uri("https://shop.example.com/signed-in"), [ShopPortalOAuthScope.Email]);
        Assert.Equal(["openid", "email"], request.Scopes);
        using var browser = CognitoLocalLoginForm.Browser();
        var callback = await CognitoLocalLoginForm.SignInAsync(browser, request.Url, username, Password);
        var tokens = await login.ExchangeCodeAsync(request, callback);
        var refreshed = await login.RefreshAsync(tokens);
        var logout = login.GetLogoutUri(new Uri("https://shop.example.com/"));
        await host.StopAsync();

        Assert.StartsWith("https://shop.example.com/signed-in?", callback.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(username, tokens.Username);
        Assert.Equal(username, refreshed.Username);
        Assert.Equal(new Uri(emulator.Url, "logout").AbsoluteUri, logout.GetLeftPart(UriPartial.Path));
        Assert.Contains("client_id=" + pool.Client("Portal").ClientId, logout.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_without_a_secret_for_a_secret_client_fails_at_start()
    {
        var pool = await ProvisionAsync();
        var settings = Settings(pool);
        settings.Remove("Cognito:Shop:Clients:Server:ClientSecret");
        var builder = HostWith(settings);
        builder.Services.AddCognitoTyped(builder.Configuration);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var validation = Assert.Single(Flatten(failure).OfType<OptionsValidationException>());
        Assert.Equal("Shop:Server", validation.OptionsName);
        Assert.Contains("Cognito:Shop:Clients:Server:ClientSecret is missing", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_started_host_signs_in_through_the_handler_the_app_added_and_logs_to_the_hosts_logger()
    {
        var pool = await ProvisionAsync();
        var logs = new CapturingLoggerProvider();
        var sent = new ConcurrentQueue<Sent>();
        var builder = HostWith(Settings(pool), logs);
        var cognito = builder.Services.AddCognitoTyped(builder.Configuration);
        cognito.IdentityProviderHttpClient.AddHttpMessageHandler(() => new RecordingHandler(sent));
        cognito.JwksHttpClient.AddHttpMessageHandler(() => new RecordingHandler(sent));
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<IShopMobileClient>();
        var username = "host-" + Guid.NewGuid().ToString("N")[..10];
        await client.SignUpAsync(username, Password, new ShopMobileSignUpAttributes { Email = username + "@example.com", TenantId = "t" });
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var signedIn = await client.SignInAsync(username, Password);
        var refreshed = await client.RefreshAsync(signedIn.Tokens!);
        var validator = host.Services.GetRequiredKeyedService<ICognitoTokenValidator>("Shop");
        var access = await validator.ValidateAccessTokenAsync(refreshed.AccessToken);
        await host.StopAsync();

        Assert.Equal(pool.Client("Mobile").ClientId, access.ClientId);
        Assert.Equal(
            ["cognito-idp SignUp replay-safe=False", "cognito-idp ConfirmSignUp replay-safe=False", "cognito-idp InitiateAuth replay-safe=False", "cognito-idp InitiateAuth replay-safe=True", "GET /" + pool.UserPoolId + "/.well-known/jwks.json"],
            sent.Select(s => s.ToString()));
        Assert.All(sent.Where(s => s.Operation is not null), s => Assert.Equal("AWSCognitoIdentityProviderService." + s.Operation, s.Target));
        var succeeded = logs.Entries.Where(e => e.EventId.Id == 1001).Select(e => e.State.Single(p => p.Key == "Operation").Value).ToArray();
        Assert.Equal(["SignUp", "ConfirmSignUp", "InitiateAuth", "InitiateAuth"], succeeded);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 3001 && e.Category == "CognitoTyped.Tokens");
        Assert.Contains(logs.Entries, e => e.EventId.Id == 2001 && e.Category == "CognitoTyped.Auth");
    }

    [Fact]
    public async Task A_reload_changes_the_running_clients_timeout_and_retries_and_only_names_settings_it_cannot_take()
    {
        var pool = await ProvisionAsync();
        var logs = new CapturingLoggerProvider();
        var builder = HostWith(Settings(pool), logs);
        builder.Services.AddCognitoTyped(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<ShopMobileClient>();
        var transport = client.AuthClient.Service.Transport;
        Assert.Equal(TimeSpan.FromSeconds(30), transport.Options.RequestTimeout);

        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        configuration["Cognito:Shop:RequestTimeout"] = "00:00:07";
        configuration["Cognito:Shop:Clients:Mobile:Retry:MaxAttempts"] = "5";
        configuration["Cognito:Shop:Clients:Mobile:ClientId"] = "replacedclientid";
        configuration.Reload();

        Assert.Equal(TimeSpan.FromSeconds(7), transport.Options.RequestTimeout);
        Assert.Equal(5, transport.Options.Retry.MaxAttempts);
        Assert.Equal(pool.Client("Mobile").ClientId, client.AuthClient.Options.ClientId);
        var restart = Assert.Single(logs.Entries, e => e.EventId.Id == 4002 && e.Message.Contains("Shop:Mobile", StringComparison.Ordinal));
        Assert.Contains("ClientId", restart.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("replacedclientid", string.Join("\n", logs.Entries.SelectMany(e => e.Texts())), StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4001 && e.Message.Contains("Shop:Mobile", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task An_apps_own_registration_is_kept_and_AWSOptions_signs_the_pools_admin_calls()
    {
        var pool = await ProvisionAsync();
        var sent = new ConcurrentQueue<Sent>();
        var builder = HostWith(Settings(pool));
        using var own = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        builder.Services.AddSingleton(own);
        builder.Services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUWest1, Credentials = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "aws-options-secret") });
        builder.Services.AddCognitoTyped(builder.Configuration).IdentityProviderHttpClient.AddHttpMessageHandler(() => new RecordingHandler(sent));
        using var host = builder.Build();
        await host.StartAsync();

        Assert.Same(own, host.Services.GetRequiredService<ShopMobileClient>());
        var admin = host.Services.GetRequiredKeyedService<ICognitoIdentityProviderClient>("Shop");
        var users = await admin.ListUsersAsync(new ListUsersRequest { UserPoolId = pool.UserPoolId });
        await host.StopAsync();

        Assert.NotNull(users.Users);
        var call = Assert.Single(sent);
        Assert.Equal("ListUsers", call.Operation);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDFROMAWSOPTIONS/", call.Authorization, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
        => exception is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Flatten) : [exception];

    private sealed record Sent(string? Service, string? Operation, bool? ReplaySafe, string? Target, string? Authorization, string Method, string Path)
    {
        public override string ToString() => Operation is null ? Method + " " + Path : $"{Service} {Operation} replay-safe={ReplaySafe}";
    }

    /// <summary>The app's own handler, added through the builder: records what each request carries.</summary>
    private sealed class RecordingHandler(ConcurrentQueue<Sent> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var operation = request.Options.TryGetValue(CognitoHttpRequestOptions.Operation, out var info) ? info : null;
            sent.Enqueue(new Sent(
                operation?.Service,
                operation?.Name,
                operation?.ReplaySafe,
                request.Headers.TryGetValues("X-Amz-Target", out var target) ? target.Single() : null,
                request.Headers.TryGetValues("Authorization", out var authorization) ? authorization.Single() : null,
                request.Method.Method,
                request.RequestUri!.AbsolutePath));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
