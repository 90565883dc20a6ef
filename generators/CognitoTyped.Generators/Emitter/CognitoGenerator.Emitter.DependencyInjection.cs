using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteDependencyInjection(SourceWriter w, CognitoFileModel file, string ns)
        {
            const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
            const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
            const string Add = "global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton";
            const string Settings = "global::CognitoTyped.Generated.CognitoSettings.";
            const string Get = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService";
            w.Summary("Registers the typed Cognito clients generated from cognito.json.");
            w.Line(GeneratedCode);
            w.Open("public static partial class CognitoTypedServiceCollectionExtensions");
            w.Lines("""
                /// <summary>
                /// Registers every generated client and identity pool as singletons, read from configuration when first resolved:
                /// <c>Cognito:{Pool}:Region|UserPoolId|IdentityPoolId|ServiceUrl|IdentityServiceUrl</c> and
                /// <c>Cognito:{Pool}:Clients:{Client}:ClientId|ClientSecret</c>.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configuration">The configuration to read IDs, secrets and endpoints from.</param>
                /// <returns>The service collection.</returns>
                """);
            w.Open("public static " + Services + " AddCognitoTyped(this " + Services + " services, " + Configuration + " configuration)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            foreach (var pool in file.Pools)
            {
                foreach (var client in pool.Clients)
                {
                    var type = "global::" + ns + "." + client.TypePrefix + "Client";
                    w.Line(Add + "<" + type + ">(services, _ => new " + type + "(" + Settings + "ClientOptions(key => configuration[key], " + Literal(pool.Name) + ", " + Literal(client.Name) + ")));");
                    w.Line(Add + "<global::" + ns + ".I" + client.TypePrefix + "Client>(services, provider => " + Get + "<" + type + ">(provider));");
                }

                if (pool.IdentityPool is not null)
                {
                    var type = "global::" + ns + "." + pool.TypePrefix + "IdentityPool";
                    w.Line(Add + "<" + type + ">(services, _ => new " + type + "(" + Settings + "IdentityPoolOptions(key => configuration[key], " + Literal(pool.Name) + ")));");
                }
            }

            w.Line("return services;");
            w.Close();
            w.Close();
        }
    }
}
