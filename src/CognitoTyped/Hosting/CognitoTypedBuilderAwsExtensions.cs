using Amazon;
using Amazon.Extensions.NETCore.Setup;
using CognitoTyped.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CognitoTyped.Hosting;

/// <summary>Wires CognitoTyped into AWSSDK's dependency-injection setup (<c>AWSSDK.Extensions.NETCore.Setup</c>).</summary>
public static class CognitoTypedBuilderAwsExtensions
{
    /// <summary>Set while an <see cref="AWSOptions"/> this class registered is being made, to catch options that ask for it back.</summary>
    [ThreadStatic]
    private static bool t_making;

    /// <summary>
    /// Makes the identity-pool credentials of the user signed in to <paramref name="userPool"/>'s <see cref="CognitoAppSession"/>
    /// the default credentials of every AWS client made from <see cref="AWSOptions"/> (<c>AddAWSService&lt;T&gt;()</c>), as
    /// <c>AWS.config.credentials = new CognitoIdentityCredentials(…)</c> does in JavaScript. The credentials follow the session:
    /// refreshed with its tokens, made anew after each sign-in or sign-out (never a previous user's identity or keys); while
    /// nobody is signed in, guest credentials if the identity pool allows unauthenticated identities, otherwise every AWS call
    /// fails with an <see cref="InvalidOperationException"/> saying nobody is signed in.
    /// </summary>
    /// <remarks>
    /// <b>Only for single-user apps</b> (desktop, MAUI, a worker acting for one user). A server that serves many users must never
    /// call this: every request would act as whoever signed in last. There, make credentials per request with
    /// <see cref="CognitoIdentityPool.GetCredentials(CognitoTokens)"/>.
    /// <para>
    /// An <see cref="AWSOptions"/> already registered (<c>AddDefaultAWSOptions</c>) keeps everything but its credentials, so call
    /// this after it (one registered later is reported when the host starts); without one, one is registered with the identity pool's region. Clients given their own
    /// <see cref="AWSOptions"/> (<c>AddAWSService&lt;T&gt;(options)</c>) do not use the default one and are not affected.
    /// Calls of <paramref name="userPool"/>'s low-level client (admin operations) that take their credentials from
    /// <see cref="AWSOptions"/> sign as the user too.
    /// </para>
    /// </remarks>
    /// <param name="builder">The builder <c>AddCognitoTyped</c> returned.</param>
    /// <param name="userPool">The user pool's name in cognito.json; it must declare an identity pool.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The pool is not registered or declares no identity pool.</exception>
    /// <exception cref="InvalidOperationException">It was called for another pool already (calling it again for the same pool does nothing).</exception>
    public static CognitoTypedBuilder UseCognitoIdentityCredentials(this CognitoTypedBuilder builder, string userPool)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.HasIdentityPool(userPool))
        {
            throw new ArgumentException($"User pool '{userPool}' declares no IdentityPool in cognito.json, so it has no AWS credentials to give.", nameof(userPool));
        }

        var name = CognitoOptionsNames.Pool(userPool);
        var services = builder.Services;
        if (services.FirstOrDefault(d => d.ServiceType == typeof(CredentialsWiring) && !d.IsKeyedService)?.ImplementationInstance is CredentialsWiring wired)
        {
            // AWSOptions holds one set of default credentials; a second pool's would silently replace the first's.
            return wired.Pool == name
                ? builder
                : throw new InvalidOperationException($"AWSOptions already signs as the user of pool {wired.Pool} (UseCognitoIdentityCredentials was called for it); it can hold only one pool's credentials.");
        }

        services.AddSingleton(new CredentialsWiring(name));
        services.TryAddKeyedSingleton<CognitoSessionAWSCredentials>(name, (provider, _) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<CognitoIdentityPoolOptions>>().Get(name);
            return new CognitoSessionAWSCredentials(provider.GetRequiredKeyedService<CognitoAppSession>(name), new CognitoIdentityPool(options), options.AllowUnauthenticatedIdentities);
        });

        var ours = new HashSet<ServiceDescriptor>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < services.Count; i++)
        {
            var registered = services[i];
            if (registered.ServiceType == typeof(AWSOptions) && !registered.IsKeyedService)
            {
                services[i] = ServiceDescriptor.Describe(typeof(AWSOptions), provider => WithCredentials(Make(registered, provider), provider, name), registered.Lifetime);
                ours.Add(services[i]);
            }
        }

        if (ours.Count == 0)
        {
            var added = ServiceDescriptor.Singleton(provider => WithCredentials(new AWSOptions(), provider, name));
            services.Add(added);
            ours.Add(added);
        }

        // An AWSOptions registered after this call would win, and AWS clients would sign with whatever it says: say so at start.
        services.AddOptions<CredentialsWiring>(name)
            .Validate(
                _ => services.LastOrDefault(d => d.ServiceType == typeof(AWSOptions) && !d.IsKeyedService) is { } last && ours.Contains(last),
                $"An AWSOptions was registered after UseCognitoIdentityCredentials(\"{name}\"), so AWS clients would not use the signed-in user's credentials: call AddDefaultAWSOptions before it.")
            .ValidateOnStart();
        return builder;
    }

    private static AWSOptions Make(ServiceDescriptor registered, IServiceProvider provider)
    {
        var made = registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
        return (AWSOptions)made;
    }

    private static AWSOptions WithCredentials(AWSOptions aws, IServiceProvider provider, string name)
    {
        if (t_making)
        {
            // The identity pool's options ask for AWSOptions' region when neither pool ID has one; this is that region.
            throw new InvalidOperationException(
                $"The identity pool of user pool {name} has no region: set {CognitoOptionsBinding.PoolSection(name)}:Region, or an IdentityPoolId like eu-west-1:0f4b….");
        }

        t_making = true;
        try
        {
            aws.Credentials = provider.GetRequiredKeyedService<CognitoSessionAWSCredentials>(name);
            aws.Region ??= RegionEndpoint.GetBySystemName(provider.GetRequiredService<IOptionsMonitor<CognitoIdentityPoolOptions>>().Get(name).ResolveRegion());
            return aws;
        }
        finally
        {
            t_making = false;
        }
    }

    /// <summary>Which pool's credentials AWSOptions was given; also the name the start-up check of the registration hangs on.</summary>
    private sealed class CredentialsWiring
    {
        public CredentialsWiring()
            : this(string.Empty)
        {
        }

        public CredentialsWiring(string pool) => Pool = pool;

        public string Pool { get; }
    }
}
