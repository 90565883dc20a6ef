using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.Hosting;

/// <summary>
/// What <c>AddCognitoTyped</c> returns: the service collection, the <see cref="IHttpClientBuilder"/>s of the named clients
/// every Cognito call goes through (add a <see cref="DelegatingHandler"/>, a proxy, a resilience pipeline), and the user
/// pools, app clients and identity pools registered, by their names in cognito.json.
/// </summary>
public sealed class CognitoTypedBuilder
{
    private readonly Dictionary<string, PoolRegistration> _pools = new(StringComparer.Ordinal);

    internal CognitoTypedBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        Configuration = configuration;
        IdentityProviderHttpClient = AddHttpClient(services, CognitoHttpClientNames.IdentityProvider);
        IdentityHttpClient = AddHttpClient(services, CognitoHttpClientNames.Identity);
        JwksHttpClient = AddHttpClient(services, CognitoHttpClientNames.Jwks);
        ManagedLoginHttpClient = AddHttpClient(services, CognitoHttpClientNames.ManagedLogin);
    }

    /// <summary>The service collection the clients are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The configuration the options are bound from (<c>Cognito:{Pool}…</c>); null when everything is set in code.</summary>
    public IConfiguration? Configuration { get; }

    /// <summary>The named client of the user pool service (<see cref="CognitoHttpClientNames.IdentityProvider"/>): sign-up, sign-in, tokens, admin calls.</summary>
    public IHttpClientBuilder IdentityProviderHttpClient { get; }

    /// <summary>The named client of the identity pool service (<see cref="CognitoHttpClientNames.Identity"/>): AWS credentials.</summary>
    public IHttpClientBuilder IdentityHttpClient { get; }

    /// <summary>The named client the token validators fetch the pools' signing keys with (<see cref="CognitoHttpClientNames.Jwks"/>).</summary>
    public IHttpClientBuilder JwksHttpClient { get; }

    /// <summary>The named client of the managed login domain's OAuth endpoints (<see cref="CognitoHttpClientNames.ManagedLogin"/>).</summary>
    public IHttpClientBuilder ManagedLoginHttpClient { get; }

    /// <summary>The user pools registered, by their names in cognito.json.</summary>
    public IReadOnlyCollection<string> UserPools => _pools.Keys;

    /// <summary>Runs <paramref name="configure"/> on each of the four named clients (<see cref="IdentityProviderHttpClient"/>, <see cref="IdentityHttpClient"/>, <see cref="JwksHttpClient"/>, <see cref="ManagedLoginHttpClient"/>).</summary>
    /// <param name="configure">Adds handlers or settings to one client's builder.</param>
    /// <returns>This builder.</returns>
    public CognitoTypedBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(IdentityProviderHttpClient);
        configure(IdentityHttpClient);
        configure(JwksHttpClient);
        configure(ManagedLoginHttpClient);
        return this;
    }

    /// <summary>
    /// Adds a handler to every Cognito call (the four named clients): <typeparamref name="THandler"/> is resolved from the
    /// container for each client's pipeline, so register it as transient (<c>services.AddTransient&lt;THandler&gt;()</c>).
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public CognitoTypedBuilder AddHttpMessageHandler<THandler>()
        where THandler : DelegatingHandler
        => ConfigureHttpClients(client => client.AddHttpMessageHandler<THandler>());

    /// <summary>Adds a handler to every Cognito call (the four named clients), made anew for each client's pipeline.</summary>
    /// <param name="createHandler">Makes one handler.</param>
    /// <returns>This builder.</returns>
    public CognitoTypedBuilder AddHttpMessageHandler(Func<IServiceProvider, DelegatingHandler> createHandler)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        return ConfigureHttpClients(client => client.AddHttpMessageHandler(createHandler));
    }

    /// <summary>Configures one app client's options in code; runs after the configuration is bound, so it wins over it.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <param name="configure">Sets options (e.g. <c>ClientId</c> from a secret store).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No such pool or app client is registered.</exception>
    public CognitoTypedBuilder ConfigureClient(string userPool, string client, Action<CognitoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!Pool(userPool).Clients.Contains(client))
        {
            throw new ArgumentException($"User pool '{userPool}' has no app client '{client}' in cognito.json; it has: {string.Join(", ", Pool(userPool).Clients)}.", nameof(client));
        }

        Services.Configure(CognitoOptionsNames.Client(userPool, client), configure);
        return this;
    }

    /// <summary>Configures one app client's managed login options in code; runs after the configuration is bound, so it wins over it.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json (one with the code flow and the openid scope).</param>
    /// <param name="configure">Sets options (e.g. <c>NonceValidation</c> for an emulator).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No such app client has managed login.</exception>
    public CognitoTypedBuilder ConfigureManagedLogin(string userPool, string client, Action<CognitoManagedLoginOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!Pool(userPool).ManagedLoginClients.Contains(client))
        {
            throw new ArgumentException($"App client '{client}' of user pool '{userPool}' has no managed login in cognito.json (it needs AllowedOAuthFlows with code and the openid scope).", nameof(client));
        }

        Services.Configure(CognitoOptionsNames.Client(userPool, client), configure);
        return this;
    }

    /// <summary>Configures a pool's identity pool options in code; runs after the configuration is bound, so it wins over it.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="configure">Sets options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The pool is not registered or declares no identity pool.</exception>
    public CognitoTypedBuilder ConfigureIdentityPool(string userPool, Action<Identity.CognitoIdentityPoolOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!Pool(userPool).HasIdentityPool)
        {
            throw new ArgumentException($"User pool '{userPool}' declares no IdentityPool in cognito.json.", nameof(userPool));
        }

        Services.Configure(CognitoOptionsNames.Pool(userPool), configure);
        return this;
    }

    /// <summary>The app clients of a registered pool, by their names in cognito.json.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>The app clients' names.</returns>
    /// <exception cref="ArgumentException">No such pool is registered.</exception>
    public IReadOnlyCollection<string> ClientsOf(string userPool) => Pool(userPool).Clients;

    /// <summary>Whether a registered pool declares an identity pool in cognito.json.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentException">No such pool is registered.</exception>
    public bool HasIdentityPool(string userPool) => Pool(userPool).HasIdentityPool;

    internal PoolRegistration Register(string userPool)
    {
        if (!_pools.TryGetValue(userPool, out var pool))
        {
            pool = new PoolRegistration();
            _pools.Add(userPool, pool);
        }

        return pool;
    }

    private PoolRegistration Pool(string userPool)
    {
        ArgumentNullException.ThrowIfNull(userPool);
        return _pools.TryGetValue(userPool, out var pool)
            ? pool
            : throw new ArgumentException($"No user pool '{userPool}' is registered; the pools are: {string.Join(", ", _pools.Keys)}.", nameof(userPool));
    }

    private static IHttpClientBuilder AddHttpClient(IServiceCollection services, string name)
        // Each attempt has its own timeout (RequestTimeout): HttpClient's 100 s default would cut a slow retry short.
        => services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan);

    internal sealed class PoolRegistration
    {
        internal HashSet<string> Clients { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> ManagedLoginClients { get; } = new(StringComparer.Ordinal);

        internal bool HasIdentityPool { get; set; }
    }
}

/// <summary>The names of the named options <c>AddCognitoTyped</c> registers (for <c>IOptionsMonitor&lt;T&gt;.Get(name)</c>).</summary>
public static class CognitoOptionsNames
{
    /// <summary>The name of an app client's <see cref="CognitoClientOptions"/>: <c>{Pool}:{Client}</c>.</summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <returns>The options name.</returns>
    public static string Client(string userPool, string client) => userPool + ":" + client;

    /// <summary>
    /// The name of a pool's <see cref="Identity.CognitoIdentityPoolOptions"/>, <see cref="CognitoServiceClientOptions"/>
    /// (admin calls) and <see cref="CognitoTokenValidatorOptions"/>: the pool's name; also the service key of the pool's
    /// keyed services.
    /// </summary>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>The options name.</returns>
    public static string Pool(string userPool) => userPool;
}
