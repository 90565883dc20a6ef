using System;
using System.Collections.Generic;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteClient(SourceWriter w, UserPoolModel pool, ClientModel client)
        {
            var methods = ClientMethods(pool, client);
            var type = client.TypePrefix + "Client";
            w.Line("/// <summary>");
            w.Line("/// What app client " + Xml(client.Name) + " of the " + Xml(pool.Name) + " user pool may do. A flow the client does not allow");
            w.Line("/// has no method here, so calling it does not compile.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public partial interface I" + type);
            var first = true;
            foreach (var method in methods)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                WriteDocs(w, method);
                w.Line(method.Returns + " " + method.Name + "(" + method.Parameters + ");");
            }

            w.Close();
            w.Line();

            w.Line("/// <summary>");
            w.Line("/// The typed client of app client " + Xml(client.Name) + " of the " + Xml(pool.Name) + " user pool" + FlowsSummary(client) + ".");
            if (client.GenerateSecret)
            {
                w.Line("/// The app client has a secret: set <see cref=\"global::CognitoTyped.CognitoClientOptions.ClientSecret\"/> from configuration; SECRET_HASH is computed for every call.");
            }

            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : I" + type + ", global::System.IDisposable");
            w.Summary("The app client's name in cognito.json.");
            w.Line("public const string ClientName = " + Literal(client.Name) + ";");
            w.Line();
            w.Summary("The user pool's name in cognito.json.");
            w.Line("public const string UserPoolName = " + Literal(pool.Name) + ";");
            w.Line();
            w.Line("private readonly " + Runtime + "CognitoAuthClient _client;");
            w.Line();
            w.Summary("Creates the client.");
            w.Line("/// <param name=\"options\">The pool ID, the app client ID" + (client.GenerateSecret ? " and secret" : string.Empty) + " (from configuration) and, for emulators, the endpoint.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Open("public " + type + "(" + Runtime + "CognitoClientOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            if (client.GenerateSecret)
            {
                w.Open("if (string.IsNullOrEmpty(options.ClientSecret))");
                w.Line("throw new global::System.InvalidOperationException(" + Literal("App client '" + client.Name + "' is generated with a secret: set CognitoClientOptions.ClientSecret from configuration.") + ");");
                w.Close();
                w.Line();
            }

            w.Line("_client = new " + Runtime + "CognitoAuthClient(options, httpClient);");
            w.Close();
            w.Line();
            w.Summary("Wraps a client already made for this app client (<c>AddCognitoTyped</c> makes one from the named options <c>" + Xml(pool.Name + ":" + client.Name) + "</c>).");
            w.Line("/// <param name=\"client\">The string-attribute client of this pool and app client; disposed with this one.</param>");
            w.Open("public " + type + "(" + Runtime + "CognitoAuthClient client)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(client);");
            if (client.GenerateSecret)
            {
                w.Open("if (string.IsNullOrEmpty(client.Options.ClientSecret))");
                w.Line("throw new global::System.InvalidOperationException(" + Literal("App client '" + client.Name + "' is generated with a secret: set CognitoClientOptions.ClientSecret from configuration.") + ");");
                w.Close();
                w.Line();
            }

            w.Line("_client = client;");
            w.Close();
            w.Line();
            w.Summary("Creates the client for a pool and app client.");
            w.Line("/// <param name=\"userPoolId\">The user pool ID, from configuration.</param>");
            w.Line("/// <param name=\"clientId\">The app client ID, from configuration.</param>");
            if (client.GenerateSecret)
            {
                w.Line("/// <param name=\"clientSecret\">The app client secret, from configuration.</param>");
            }

            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Line("public " + type + "(string userPoolId, [" + Runtime + "CognitoClientId] string clientId, " + (client.GenerateSecret ? "[" + Runtime + "CognitoClientSecret] string clientSecret, " : string.Empty) + "global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("    : this(new " + Runtime + "CognitoClientOptions { UserPoolId = userPoolId, ClientId = clientId" + (client.GenerateSecret ? ", ClientSecret = clientSecret" : string.Empty) + " }, httpClient)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("The string-attribute client underneath, for what this typed client does not cover.");
            w.Line("public " + Runtime + "CognitoAuthClient AuthClient => _client;");
            foreach (var method in methods)
            {
                w.Line();
                WriteImplementation(w, method.IsAsync, method.Returns, method.Name, method.Parameters, method.Body, "_client.");
            }

            w.Line();
            w.Summary("Disposes the <see cref=\"global::System.Net.Http.HttpClient\"/> when the client created it.");
            w.Line("public void Dispose() => _client.Dispose();");
            w.Close();
        }

        private static string FlowsSummary(ClientModel client)
        {
            var flows = new List<string>();
            if (client.AllowUserSrp)
            {
                flows.Add("SRP sign-in");
            }

            if (client.AllowUserPassword)
            {
                flows.Add("password sign-in");
            }

            if (client.AllowAdminUserPassword)
            {
                flows.Add("admin sign-in");
            }

            if (client.AllowCustomAuth)
            {
                flows.Add("custom auth");
            }

            if (client.AllowUserAuth)
            {
                flows.Add("choice-based sign-in");
            }

            if (client.AllowRefresh)
            {
                flows.Add("token refresh");
            }

            return flows.Count == 0 ? " (no sign-in flow is allowed)" : " (allows " + string.Join(", ", flows) + ")";
        }

        private static void WriteDocs(SourceWriter w, ClientMethod method)
        {
            if (method.Docs is { } docs)
            {
                foreach (var line in docs)
                {
                    w.Line(line);
                }

                return;
            }

            w.Line("/// <inheritdoc cref=\"" + method.Cref + "\"/>");
        }
    
        /// <summary>
        /// A method of a generated client that implements its interface's: one body line without a semicolon becomes an
        /// expression body (after <paramref name="expressionTarget"/>, e.g. <c>_client.</c>); anything else a block.
        /// </summary>
        private static void WriteImplementation(SourceWriter w, bool isAsync, string returns, string name, string parameters, string[] body, string expressionTarget)
        {
            w.Line("/// <inheritdoc />");
            var signature = "public " + (isAsync ? "async " : string.Empty) + returns + " " + name + "(" + parameters + ")";
            if (body.Length == 1 && !body[0].EndsWith(";", StringComparison.Ordinal))
            {
                w.Line(signature + " => " + expressionTarget + body[0] + ";");
                return;
            }

            w.Open(signature);
            foreach (var line in body)
            {
                w.Line(line);
            }

            w.Close();
        }
    }
}
