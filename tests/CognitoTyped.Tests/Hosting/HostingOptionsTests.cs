using Amazon;
using Amazon.Extensions.NETCore.Setup;
using CognitoTyped.Hosting;
using CognitoTyped.Identity;
using CognitoTyped.Protocol;
using CognitoTyped.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoTyped.Tests.Hosting;

/// <summary>How the registrations behind the generated <c>AddCognitoTyped</c> bind, layer and wire the options.</summary>
public sealed class HostingOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<CognitoTypedBuilder>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        var builder = CognitoHosting.AddCognitoTyped(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        CognitoHosting.AddUserPool(builder, "Customers");
        CognitoHosting.AddClient(builder, "Customers", "Web", requiresSecret: false);
        CognitoHosting.AddClient(builder, "Customers", "Admin", requiresSecret: false);
        CognitoHosting.AddIdentityPool(builder, "Customers", allowUnauthenticatedIdentities: true);
        configure?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> Pool(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cognito:Customers:UserPoolId"] = "eu-west-1_Abc123",
            ["Cognito:Customers:IdentityPoolId"] = "eu-west-1:0f4b2c1d-0000-4000-8000-00000000abcd",
            ["Cognito:Customers:Clients:Web:ClientId"] = "webclient",
            ["Cognito:Customers:Clients:Admin:ClientId"] = "adminclient",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public void AllowInsecureHttp_is_read_for_the_clients_and_the_identity_pool(string value, bool expected)
    {
        using var provider = Build(Pool(("Cognito:Customers:AllowInsecureHttp", value)));

        Assert.Equal(expected, provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>().Get("Customers:Web").AllowInsecureHttp);
        Assert.Equal(expected, provider.GetRequiredService<IOptionsMonitor<CognitoIdentityPoolOptions>>().Get("Customers").AllowInsecureHttp);
    }

    [Fact]
    public void A_value_that_is_not_true_or_false_is_an_error_naming_its_key_not_a_silent_false()
    {
        using var provider = Build(Pool(("Cognito:Customers:AllowInsecureHttp", "yes")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>().Get("Customers:Web"));
        Assert.Contains("Cognito:Customers:AllowInsecureHttp must be true or false.", error.Failures);
    }

    [Fact]
    public void A_clients_section_overrides_the_pools_per_call_settings_and_code_overrides_both()
    {
        using var provider = Build(
            Pool(
                ("Cognito:Customers:RequestTimeout", "00:00:10"),
                ("Cognito:Customers:Retry:MaxAttempts", "4"),
                ("Cognito:Customers:Retry:BaseDelay", "00:00:00.250"),
                ("Cognito:Customers:Clients:Admin:RequestTimeout", "00:01:00"),
                ("Cognito:Customers:Clients:Admin:MaxResponseBytes", "1024")),
            builder => builder.ConfigureClient("Customers", "Web", options => options.ClientId = "fromcode"));
        var monitor = provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>();

        var web = monitor.Get("Customers:Web");
        var admin = monitor.Get("Customers:Admin");

        Assert.Equal(("fromcode", TimeSpan.FromSeconds(10), 4, TimeSpan.FromMilliseconds(250)), (web.ClientId, web.RequestTimeout, web.Retry.MaxAttempts, web.Retry.BaseDelay));
        Assert.Equal(("adminclient", TimeSpan.FromMinutes(1), 1024, 4), (admin.ClientId, admin.RequestTimeout, admin.MaxResponseBytes, admin.Retry.MaxAttempts));
        Assert.Equal(new CognitoRetryOptions().MaxDelay, web.Retry.MaxDelay);
    }

    [Fact]
    public void Hosted_options_log_to_the_hosts_logger_factory_and_send_through_the_http_client_factory()
    {
        var logs = new CapturingLoggerProvider();
        using var provider = Build(Pool(), before: services => services.AddLogging(logging => logging.AddProvider(logs)));

        var client = provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>().Get("Customers:Web");
        var identity = provider.GetRequiredService<IOptionsMonitor<CognitoIdentityPoolOptions>>().Get("Customers");
        var validator = provider.GetRequiredService<IOptionsMonitor<CognitoTokenValidatorOptions>>().Get("Customers");

        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), client.LoggerFactory);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), identity.LoggerFactory);
        Assert.Same(provider.GetRequiredService<IHttpClientFactory>(), client.HttpClientFactory);
        Assert.Same(provider.GetRequiredService<IHttpClientFactory>(), identity.HttpClientFactory);
        Assert.True(identity.AllowUnauthenticatedIdentities);
        Assert.Equal("eu-west-1_Abc123", validator.UserPoolId);
        Assert.Equal(["webclient", "adminclient"], validator.ClientIds);
    }

    [Fact]
    public void AWSOptions_gives_the_region_only_where_neither_configuration_nor_the_pool_ID_does()
    {
        var aws = new AWSOptions { Region = RegionEndpoint.APSoutheast2 };
        using var withPool = Build(Pool(), before: services => services.AddDefaultAWSOptions(aws));
        using var withoutPool = Build(new Dictionary<string, string?> { ["Cognito:Customers:ServiceUrl"] = "https://cognito.example.com" }, before: services => services.AddDefaultAWSOptions(aws));

        Assert.Equal("eu-west-1", withPool.GetRequiredService<IOptionsMonitor<CognitoServiceClientOptions>>().Get("Customers").Region);
        Assert.Equal("ap-southeast-2", withoutPool.GetRequiredService<IOptionsMonitor<CognitoServiceClientOptions>>().Get("Customers").Region);
    }

    [Fact]
    public void Configuring_a_client_or_identity_pool_the_file_does_not_declare_is_refused()
    {
        CognitoTypedBuilder? registered = null;
        using var provider = Build(Pool(), builder => registered = builder);

        var client = Assert.Throws<ArgumentException>(() => registered!.ConfigureClient("Customers", "Mobile", _ => { }));
        var pool = Assert.Throws<ArgumentException>(() => registered!.ConfigureIdentityPool("Partners", _ => { }));
        Assert.Contains("has no app client 'Mobile'", client.Message, StringComparison.Ordinal);
        Assert.Contains("No user pool 'Partners'", pool.Message, StringComparison.Ordinal);
        Assert.Equal(["Web", "Admin"], registered!.ClientsOf("Customers"));
    }

    [Theory]
    [InlineData(false, typeof(SocketsHttpHandler))]
    [InlineData(true, typeof(HttpClientHandler))]
    public void Without_a_factory_the_client_owns_a_SocketsHttpHandler_except_in_the_browser_where_it_would_throw(bool browser, Type expected)
    {
        Assert.Equal(expected, HttpClientSource.DefaultHandlerType(browser));
        using var client = HttpClientSource.CreateDefault(browser);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public async Task A_handler_added_on_the_builder_sees_every_Cognito_call()
    {
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var fake = new CognitoTyped.Tests.Protocol.FakeHttpHandler(_ => CognitoTyped.Tests.Protocol.FakeHttpHandler.Json(System.Net.HttpStatusCode.OK, "{}"));
        using var provider = Build(Pool(("Cognito:Customers:Retry:MaxAttempts", "1")), builder => builder
            .AddHttpMessageHandler(_ => new Recording(seen))
            .ConfigureHttpClients(client => client.ConfigurePrimaryHttpMessageHandler(() => fake)));
        using var client = CognitoHosting.CreateAuthClient(provider, "Customers", "Web");

        await client.ForgotPasswordAsync("ada");

        Assert.Equal(["CognitoTyped.cognito-idp ForgotPassword"], seen);
    }

    private sealed class Recording(System.Collections.Concurrent.ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.TryGetValue(CognitoHttpRequestOptions.Operation, out var operation);
            seen.Enqueue("CognitoTyped." + operation?.Service + " " + operation?.Name);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
