using System.ComponentModel;
using Amazon.Extensions.NETCore.Setup;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoTyped.Hosting;

/// <summary>
/// The registrations behind the generated <c>AddCognitoTyped</c>: named options bound from <c>Cognito:{Pool}…</c> and validated
/// at host start, clients sending through <see cref="IHttpClientFactory"/>, logging from the host's <see cref="ILoggerFactory"/>,
/// region and credentials falling back to AWSSDK's <see cref="AWSOptions"/>. Public for generated code only; its members may
/// change between versions. Use <c>AddCognitoTyped</c> and <see cref="CognitoTypedBuilder"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoHosting
{
    /// <summary>Starts the registrations: the named HTTP clients and the builder.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration to bind <c>Cognito:{Pool}…</c> from; null when everything is set in code.</param>
    /// <returns>The builder the generated code registers pools and clients on.</returns>
    public static CognitoTypedBuilder AddCognitoTyped(IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        return new CognitoTypedBuilder(services, configuration);
    }

    /// <summary>
    /// Registers a user pool: the options of its low-level client (admin calls; keyed <see cref="ICognitoIdentityProviderClient"/>)
    /// and of its token validator (keyed <see cref="ICognitoTokenValidator"/>), and its <see cref="CognitoAppSession"/> (the signed-in user of a
    /// single-user app), all keyed under the pool's name.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    public static void AddUserPool(CognitoTypedBuilder builder, string userPool)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Register(userPool);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var name = CognitoOptionsNames.Pool(userPool);

        var service = services.AddOptions<CognitoServiceClientOptions>(name);
        if (configuration is not null)
        {
            service.Configure(options => CognitoOptionsBinding.BindService(configuration, userPool, options));
            services.AddSingleton<IOptionsChangeTokenSource<CognitoServiceClientOptions>>(new ConfigurationChangeTokenSource<CognitoServiceClientOptions>(name, configuration));
        }

        service.PostConfigure<IServiceProvider>((options, provider) =>
        {
            Hosted(options, provider);
            var aws = provider.GetService<AWSOptions>();
            options.Region ??= aws?.Region?.SystemName;
            options.Credentials ??= CredentialsOf(aws, options);
        });
        services.AddSingleton<IValidateOptions<CognitoServiceClientOptions>>(new CognitoServiceClientOptionsValidator(name, userPool));
        service.ValidateOnStart();
        services.TryAddKeyedSingleton<CognitoIdentityProviderClient>(name, (provider, _) => CreateServiceClient(provider, name));
        services.TryAddKeyedSingleton<ICognitoIdentityProviderClient>(name, (provider, key) => provider.GetRequiredKeyedService<CognitoIdentityProviderClient>(key));

        var validator = services.AddOptions<CognitoTokenValidatorOptions>(name);
        if (configuration is not null)
        {
            validator.Configure(options => CognitoOptionsBinding.BindTokenValidator(configuration, userPool, options));
            services.AddSingleton<IOptionsChangeTokenSource<CognitoTokenValidatorOptions>>(new ConfigurationChangeTokenSource<CognitoTokenValidatorOptions>(name, configuration));
        }

        validator.PostConfigure<IServiceProvider>((options, provider) =>
        {
            options.LoggerFactory = LoggerFactoryOf(options.LoggerFactory, provider);
            options.HttpClientFactory ??= provider.GetService<IHttpClientFactory>();
            var clients = provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>();
            foreach (var client in builder.ClientsOf(userPool))
            {
                // The pool ID and the accepted app clients come from the clients' options, so they are set once.
                var clientOptions = TryGet(clients, CognitoOptionsNames.Client(userPool, client));
                if (clientOptions is null)
                {
                    continue;
                }

                options.UserPoolId ??= clientOptions.UserPoolId;
                options.Region ??= clientOptions.Region;
                if (!string.IsNullOrWhiteSpace(clientOptions.ClientId) && !options.ClientIds.Contains(clientOptions.ClientId))
                {
                    options.ClientIds.Add(clientOptions.ClientId);
                }
            }
        });
        services.AddSingleton<IValidateOptions<CognitoTokenValidatorOptions>>(new CognitoTokenValidatorOptionsValidator(name, userPool));
        services.TryAddKeyedSingleton<CognitoTokenValidator>(name, (provider, _) => new CognitoTokenValidator(provider.GetRequiredService<IOptionsMonitor<CognitoTokenValidatorOptions>>().Get(name)));
        services.TryAddKeyedSingleton<ICognitoTokenValidator>(name, (provider, key) => provider.GetRequiredKeyedService<CognitoTokenValidator>(key));
        services.TryAddKeyedSingleton<CognitoAppSession>(name, (_, _) => new CognitoAppSession(userPool));

        // The admin client's pool ID: Cognito:{Pool}:UserPoolId, else the one an app client of the pool was given in code.
        var admin = services.AddOptions<CognitoAdminPoolOptions>(name);
        if (configuration is not null)
        {
            admin.Configure(options => CognitoOptionsBinding.BindAdminPool(configuration, userPool, options));
        }

        admin.PostConfigure<IServiceProvider>((options, provider) =>
        {
            var clients = provider.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>();
            foreach (var client in builder.ClientsOf(userPool))
            {
                if (!string.IsNullOrWhiteSpace(options.UserPoolId))
                {
                    break;
                }

                options.UserPoolId = TryGet(clients, CognitoOptionsNames.Client(userPool, client))?.UserPoolId;
            }
        });
    }

    /// <summary>
    /// What a generated admin client of a pool wraps: the pool's keyed <see cref="CognitoIdentityProviderClient"/> (signed with
    /// AWSOptions' or the default chain's credentials) and the pool ID from <c>Cognito:{Pool}:UserPoolId</c>.
    /// </summary>
    /// <param name="services">The service provider.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>The shared low-level client (owned by the container) and the pool ID.</returns>
    /// <exception cref="InvalidOperationException">No pool ID is configured.</exception>
    public static (CognitoIdentityProviderClient Client, string UserPoolId) GetAdminClient(IServiceProvider services, string userPool)
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = CognitoOptionsNames.Pool(userPool);
        var userPoolId = services.GetRequiredService<IOptionsMonitor<CognitoAdminPoolOptions>>().Get(name).UserPoolId;
        if (string.IsNullOrWhiteSpace(userPoolId))
        {
            throw new InvalidOperationException($"{CognitoOptionsBinding.PoolSection(userPool)}:UserPoolId is required by the admin client of user pool '{userPool}'.");
        }

        return (services.GetRequiredKeyedService<CognitoIdentityProviderClient>(name), userPoolId);
    }

    /// <summary>Registers the named, validated <see cref="CognitoClientOptions"/> of one app client (<c>{Pool}:{Client}</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <param name="requiresSecret">Whether cognito.json generates the app client with a secret (then <c>ClientSecret</c> is required).</param>
    public static void AddClient(CognitoTypedBuilder builder, string userPool, string client, bool requiresSecret)
        => AddClient(builder, userPool, client, requiresSecret, adminSignIn: false);

    /// <summary>
    /// Registers the named, validated <see cref="CognitoClientOptions"/> of one app client (<c>{Pool}:{Client}</c>); with
    /// <paramref name="adminSignIn"/>, its <see cref="CognitoClientOptions.Credentials"/> come from <see cref="AWSOptions"/> when set
    /// in neither code nor configuration, as the admin client's do.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <param name="requiresSecret">Whether cognito.json generates a secret for the client, so configuration must give it.</param>
    /// <param name="adminSignIn">Whether the client allows <c>ALLOW_ADMIN_USER_PASSWORD_AUTH</c>, whose calls are signed.</param>
    public static void AddClient(CognitoTypedBuilder builder, string userPool, string client, bool requiresSecret, bool adminSignIn)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Register(userPool).Clients.Add(client);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var name = CognitoOptionsNames.Client(userPool, client);
        var options = services.AddOptions<CognitoClientOptions>(name);
        if (configuration is not null)
        {
            options.Configure(o => CognitoOptionsBinding.BindClient(configuration, userPool, client, o));
            services.AddSingleton<IOptionsChangeTokenSource<CognitoClientOptions>>(new ConfigurationChangeTokenSource<CognitoClientOptions>(name, configuration));
        }

        options.PostConfigure<IServiceProvider>((o, provider) =>
        {
            o.LoggerFactory = LoggerFactoryOf(o.LoggerFactory, provider);
            o.HttpClientFactory ??= provider.GetService<IHttpClientFactory>();
            var aws = provider.GetService<AWSOptions>();
            if (string.IsNullOrWhiteSpace(o.Region) && CognitoClientOptions.RegionFromPoolId(o.UserPoolId) is null)
            {
                o.Region = aws?.Region?.SystemName;
            }

            if (adminSignIn)
            {
                o.Credentials ??= CredentialsOf(aws, o);
            }
        });
        services.AddSingleton<IValidateOptions<CognitoClientOptions>>(new CognitoClientOptionsValidator(name, userPool, client, requiresSecret));
        options.ValidateOnStart();
    }

    /// <summary>
    /// Registers the named, validated <see cref="CognitoManagedLoginOptions"/> of an app client with managed login
    /// (<c>{Pool}:{Client}</c>): the domain from <c>Cognito:{Pool}:Domain</c>, the client and pool from the client's settings.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    public static void AddManagedLogin(CognitoTypedBuilder builder, string userPool, string client)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Register(userPool).ManagedLoginClients.Add(client);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var name = CognitoOptionsNames.Client(userPool, client);
        var options = services.AddOptions<CognitoManagedLoginOptions>(name);
        if (configuration is not null)
        {
            options.Configure(o => CognitoOptionsBinding.BindManagedLogin(configuration, userPool, client, o));
            services.AddSingleton<IOptionsChangeTokenSource<CognitoManagedLoginOptions>>(new ConfigurationChangeTokenSource<CognitoManagedLoginOptions>(name, configuration));
        }

        options.PostConfigure<IServiceProvider>((o, provider) =>
        {
            o.LoggerFactory = LoggerFactoryOf(o.LoggerFactory, provider);
            o.HttpClientFactory ??= provider.GetService<IHttpClientFactory>();
        });
        services.AddSingleton<IValidateOptions<CognitoManagedLoginOptions>>(new CognitoManagedLoginOptionsValidator(name, userPool, client));
        options.ValidateOnStart();
    }

    /// <summary>The <see cref="CognitoManagedLogin"/> of one app client, from its named options.</summary>
    /// <param name="services">The service provider.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <returns>The client; disposed with the generated class that wraps it.</returns>
    public static CognitoManagedLogin CreateManagedLogin(IServiceProvider services, string userPool, string client)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new CognitoManagedLogin(services.GetRequiredService<IOptionsMonitor<CognitoManagedLoginOptions>>().Get(CognitoOptionsNames.Client(userPool, client)));
    }

    /// <summary>Registers the named, validated <see cref="CognitoIdentityPoolOptions"/> of a pool's identity pool (<c>{Pool}</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="allowUnauthenticatedIdentities">Whether cognito.json lets the identity pool give guests credentials.</param>
    public static void AddIdentityPool(CognitoTypedBuilder builder, string userPool, bool allowUnauthenticatedIdentities)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Register(userPool).HasIdentityPool = true;
        var services = builder.Services;
        var configuration = builder.Configuration;
        var name = CognitoOptionsNames.Pool(userPool);
        var options = services.AddOptions<CognitoIdentityPoolOptions>(name);
        if (configuration is not null)
        {
            options.Configure(o => CognitoOptionsBinding.BindIdentityPool(configuration, userPool, o));
            services.AddSingleton<IOptionsChangeTokenSource<CognitoIdentityPoolOptions>>(new ConfigurationChangeTokenSource<CognitoIdentityPoolOptions>(name, configuration));
        }

        options.PostConfigure<IServiceProvider>((o, provider) =>
        {
            // cognito.json decides whether guests get credentials, as the generated identity-pool class does.
            o.AllowUnauthenticatedIdentities = allowUnauthenticatedIdentities;
            o.LoggerFactory = LoggerFactoryOf(o.LoggerFactory, provider);
            o.HttpClientFactory ??= provider.GetService<IHttpClientFactory>();
            if (string.IsNullOrWhiteSpace(o.Region) && !o.IdentityPoolId.Contains(':', StringComparison.Ordinal) && CognitoClientOptions.RegionFromPoolId(o.UserPoolId) is null)
            {
                o.Region = provider.GetService<AWSOptions>()?.Region?.SystemName;
            }
        });
        services.AddSingleton<IValidateOptions<CognitoIdentityPoolOptions>>(new CognitoIdentityPoolOptionsValidator(name, userPool));
        options.ValidateOnStart();
    }

    /// <summary>
    /// The <see cref="CognitoAuthClient"/> of one app client, from its named options. Its per-call settings
    /// (<c>RequestTimeout</c>, <c>Retry</c>, <c>MaxResponseBytes</c>) follow configuration reloads; a changed pool, client,
    /// secret, region or endpoint is logged and takes effect at the next start (sessions and devices belong to the old ones).
    /// </summary>
    /// <param name="services">The service provider.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <returns>The client; disposed with the generated client that wraps it.</returns>
    public static CognitoAuthClient CreateAuthClient(IServiceProvider services, string userPool, string client)
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = CognitoOptionsNames.Client(userPool, client);
        var monitor = services.GetRequiredService<IOptionsMonitor<CognitoClientOptions>>();
        var authClient = new CognitoAuthClient(monitor.Get(name));
        authClient.FollowReloads(monitor.OnChange((changed, changedName) =>
        {
            if (changedName == name)
            {
                authClient.Reload(changed, name);
            }
        }));
        return authClient;
    }

    /// <summary>The <see cref="CognitoIdentityPool"/> of a pool, from its named options.</summary>
    /// <param name="services">The service provider.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>The identity pool; disposed with the generated class that wraps it.</returns>
    public static CognitoIdentityPool CreateIdentityPool(IServiceProvider services, string userPool)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new CognitoIdentityPool(services.GetRequiredService<IOptionsMonitor<CognitoIdentityPoolOptions>>().Get(CognitoOptionsNames.Pool(userPool)));
    }

    private static CognitoIdentityProviderClient CreateServiceClient(IServiceProvider provider, string name)
        => new(provider.GetRequiredService<IOptionsMonitor<CognitoServiceClientOptions>>().Get(name));

    private static void Hosted(CognitoServiceClientOptions options, IServiceProvider provider)
    {
        options.LoggerFactory = LoggerFactoryOf(options.LoggerFactory, provider);
        options.HttpClientFactory ??= provider.GetService<IHttpClientFactory>();
    }

    /// <summary>The host's logger factory unless the app set one in code.</summary>
    private static ILoggerFactory LoggerFactoryOf(ILoggerFactory? current, IServiceProvider provider)
        => current is null or NullLoggerFactory ? provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance : current;

    /// <summary>
    /// AWSOptions' credentials when the app set them, or its named profile's; otherwise null (AWSSDK.Core's default chain at the
    /// first signed call). A profile that cannot be loaded is reported at host start with the options' other errors.
    /// </summary>
    private static Amazon.Runtime.AWSCredentials? CredentialsOf(AWSOptions? aws, object options)
    {
        if (aws is null)
        {
            return null;
        }

        if (aws.Credentials is not null || string.IsNullOrEmpty(aws.Profile))
        {
            return aws.Credentials;
        }

        try
        {
            return aws.GetCredentials();
        }
        catch (Exception exception) when (exception is Amazon.Runtime.AmazonClientException or InvalidOperationException or ArgumentException)
        {
            CognitoOptionsBinding.AddError(options, $"AWS:Profile '{aws.Profile}' (AWSOptions) gives no credentials: {exception.GetType().Name}.");
            return null;
        }
    }

    private static CognitoClientOptions? TryGet(IOptionsMonitor<CognitoClientOptions> monitor, string name)
    {
        try
        {
            return monitor.Get(name);
        }
        catch (OptionsValidationException)
        {
            // Reported by that options' own validation, under its keys.
            return null;
        }
    }
}
