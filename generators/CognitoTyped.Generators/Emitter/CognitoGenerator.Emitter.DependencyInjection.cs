using System.Linq;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private const string Builder = "global::CognitoTyped.Hosting.CognitoTypedBuilder";
        private const string Hosting = "global::CognitoTyped.Hosting.CognitoHosting.";

        private static void WriteDependencyInjection(SourceWriter w, CognitoFileModel file, string ns)
        {
            const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
            const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
            var clients = file.Pools.SelectMany(pool => pool.Clients.Select(client => (Pool: pool, Client: client))).ToList();
            w.Summary("Registers the typed Cognito clients generated from cognito.json.");
            w.Line(GeneratedCode);
            w.Open("public static partial class CognitoTypedServiceCollectionExtensions");
            w.Lines("""
                /// <summary>
                /// Registers every generated client, admin client and identity pool (class and interface, singletons, with <c>TryAdd</c>) with named
                /// options bound from configuration — <c>Cognito:{Pool}:Region|UserPoolId|IdentityPoolId|ServiceUrl|IdentityServiceUrl|AllowInsecureHttp|RequestTimeout|MaxResponseBytes|Retry:MaxAttempts|Retry:BaseDelay|Retry:MaxDelay</c>
                /// and <c>Cognito:{Pool}:Clients:{Client}:ClientId|ClientSecret</c> (a client's section may override the pool's per-call
                /// settings) — validated when the host starts: a missing or malformed ID fails startup naming its key. Calls go through
                /// the <c>IHttpClientFactory</c> clients the returned builder exposes; logs go to the host's <c>ILoggerFactory</c>; an
                /// AWSSDK <c>AWSOptions</c> in the container gives the region and credentials where configuration does not.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configuration">The configuration holding the <c>Cognito</c> section (IDs, secrets, endpoints).</param>
                /// <returns>The builder, to add HTTP handlers or configure options in code.</returns>
                """);
            w.Open("public static " + Builder + " AddCognitoTyped(this " + Services + " services, " + Configuration + " configuration)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            w.Line("return Register(" + Hosting + "AddCognitoTyped(services, configuration));");
            w.Close();
            w.Line();
            w.Lines("""
                /// <summary>
                /// Registers every generated client and identity pool, their options set in code only (no configuration is read): set
                /// them with the builder's <c>Configure…</c> methods. They are validated when the host starts.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <returns>The builder, to configure options in code and add HTTP handlers.</returns>
                """);
            w.Line("public static " + Builder + " AddCognitoTyped(this " + Services + " services) => Register(" + Hosting + "AddCognitoTyped(services, null));");
            if (clients.Count == 1)
            {
                var (pool, client) = clients[0];
                w.Line();
                w.Line("/// <summary>");
                w.Line("/// Registers the app client " + Xml(client.Name) + " of user pool " + Xml(pool.Name) + (pool.IdentityPool is not null ? " and its identity pool" : string.Empty) + ", its options set by <paramref name=\"configure\"/> (no configuration");
                w.Line("/// is read); they are validated when the host starts.");
                w.Line("/// </summary>");
                w.Line("/// <param name=\"services\">The service collection.</param>");
                w.Line("/// <param name=\"configure\">Sets the app client's options (IDs from a secret store, endpoint, timeouts).</param>");
                w.Line("/// <returns>The builder, to add HTTP handlers.</returns>");
                w.Open("public static " + Builder + " AddCognitoTyped(this " + Services + " services, global::System.Action<global::CognitoTyped.CognitoClientOptions> configure)");
                w.Line("global::System.ArgumentNullException.ThrowIfNull(configure);");
                w.Line("return AddCognitoTyped(services).ConfigureClient(" + Literal(pool.Name) + ", " + Literal(client.Name) + ", configure);");
                w.Close();
            }

            w.Line();
            w.Open("private static " + Builder + " Register(" + Builder + " builder)");
            w.Line("var services = builder.Services;");
            foreach (var pool in file.Pools)
            {
                w.Line(Hosting + "AddUserPool(builder, " + Literal(pool.Name) + ");");
                var admin = "global::" + ns + "." + pool.TypePrefix + "AdminClient";
                WriteTryAdd(w, admin, "new " + admin + "(" + Hosting + "GetAdminClient(provider, " + Literal(pool.Name) + "))");
                WriteTryAdd(w, "global::" + ns + ".I" + pool.TypePrefix + "AdminClient", Resolve(admin));
                foreach (var client in pool.Clients)
                {
                    var type = "global::" + ns + "." + client.TypePrefix + "Client";
                    w.Line(Hosting + "AddClient(builder, " + Literal(pool.Name) + ", " + Literal(client.Name) + ", requiresSecret: " + (client.GenerateSecret ? "true" : "false") + (client.AllowAdminUserPassword ? ", adminSignIn: true" : string.Empty) + ");");
                    WriteTryAdd(w, type, "new " + type + "(" + Hosting + "CreateAuthClient(provider, " + Literal(pool.Name) + ", " + Literal(client.Name) + "))");
                    WriteTryAdd(w, "global::" + ns + ".I" + client.TypePrefix + "Client", Resolve(type));
                    if (HasManagedLogin(client))
                    {
                        var login = "global::" + ns + "." + client.TypePrefix + "ManagedLogin";
                        w.Line(Hosting + "AddManagedLogin(builder, " + Literal(pool.Name) + ", " + Literal(client.Name) + ");");
                        WriteTryAdd(w, login, "new " + login + "(" + Hosting + "CreateManagedLogin(provider, " + Literal(pool.Name) + ", " + Literal(client.Name) + "))");
                    }
                }

                if (pool.IdentityPool is not null)
                {
                    var type = "global::" + ns + "." + pool.TypePrefix + "IdentityPool";
                    w.Line(Hosting + "AddIdentityPool(builder, " + Literal(pool.Name) + ", allowUnauthenticatedIdentities: " + (pool.IdentityPool.AllowUnauthenticatedIdentities ? "true" : "false") + ");");
                    WriteTryAdd(w, type, "new " + type + "(" + Hosting + "CreateIdentityPool(provider, " + Literal(pool.Name) + "))");
                    WriteTryAdd(w, "global::" + ns + ".I" + pool.TypePrefix + "IdentityPool", Resolve(type));
                }
            }

            w.Line("return builder;");
            w.Close();
            w.Close();
            w.Line();

            w.Summary("Configures the generated clients' options in code, by their names in cognito.json; runs after configuration is bound, so it wins over it.");
            w.Line(GeneratedCode);
            w.Open("public static partial class CognitoTypedBuilderExtensions");
            var first = true;
            foreach (var (pool, client) in clients)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                w.Summary("Configures the options of app client " + Xml(client.Name) + " of user pool " + Xml(pool.Name) + " (named options <c>" + Xml(pool.Name + ":" + client.Name) + "</c>).");
                w.Line("/// <param name=\"builder\">The builder <c>AddCognitoTyped</c> returned.</param>");
                w.Line("/// <param name=\"configure\">Sets options.</param>");
                w.Line("/// <returns>The builder.</returns>");
                w.Line("public static " + Builder + " Configure" + client.TypePrefix + "Client(this " + Builder + " builder, global::System.Action<global::CognitoTyped.CognitoClientOptions> configure)");
                w.Line("    => (builder ?? throw new global::System.ArgumentNullException(nameof(builder))).ConfigureClient(" + Literal(pool.Name) + ", " + Literal(client.Name) + ", configure);");
            }

            foreach (var (pool, client) in clients.Where(entry => HasManagedLogin(entry.Client)))
            {
                w.Line();
                w.Summary("Configures the managed login options of app client " + Xml(client.Name) + " of user pool " + Xml(pool.Name) + " (named options <c>" + Xml(pool.Name + ":" + client.Name) + "</c>).");
                w.Line("/// <param name=\"builder\">The builder <c>AddCognitoTyped</c> returned.</param>");
                w.Line("/// <param name=\"configure\">Sets options.</param>");
                w.Line("/// <returns>The builder.</returns>");
                w.Line("public static " + Builder + " Configure" + client.TypePrefix + "ManagedLogin(this " + Builder + " builder, global::System.Action<global::CognitoTyped.CognitoManagedLoginOptions> configure)");
                w.Line("    => (builder ?? throw new global::System.ArgumentNullException(nameof(builder))).ConfigureManagedLogin(" + Literal(pool.Name) + ", " + Literal(client.Name) + ", configure);");
            }

            foreach (var pool in file.Pools.Where(pool => pool.IdentityPool is not null))
            {
                w.Line();
                w.Summary("Configures the options of the identity pool of user pool " + Xml(pool.Name) + " (named options <c>" + Xml(pool.Name) + "</c>).");
                w.Line("/// <param name=\"builder\">The builder <c>AddCognitoTyped</c> returned.</param>");
                w.Line("/// <param name=\"configure\">Sets options.</param>");
                w.Line("/// <returns>The builder.</returns>");
                w.Line("public static " + Builder + " Configure" + pool.TypePrefix + "IdentityPool(this " + Builder + " builder, global::System.Action<global::CognitoTyped.Identity.CognitoIdentityPoolOptions> configure)");
                w.Line("    => (builder ?? throw new global::System.ArgumentNullException(nameof(builder))).ConfigureIdentityPool(" + Literal(pool.Name) + ", configure);");
            }

            w.Close();
        }

        private static void WriteTryAdd(SourceWriter w, string type, string factory)
            => w.Line("global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<" + type + ">(services, provider => " + factory + ");");

        private static string Resolve(string type)
            => "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<" + type + ">(provider)";
    }
}
