using System;
using System.Collections.Generic;
using System.Linq;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Json;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Parser
    {
        /// <summary>The scopes every pool has, besides its resource servers' (<c>{Identifier}/{ScopeName}</c>).</summary>
        private static readonly string[] s_standardScopes = { "openid", "email", "phone", "profile", "aws.cognito.signin.user.admin" };

        /// <summary>Schemes a browser must never be sent to after sign-in.</summary>
        private static readonly string[] s_unsafeSchemes = { "javascript", "data", "file", "vbscript" };

        /// <summary>What a client's OAuth members allow, once checked.</summary>
        private sealed record OAuthSettings(bool AllowsCode, List<string> Scopes, List<string> CallbackUrls, List<string> LogoutUrls, string? DefaultRedirectUri);

        /// <summary>
        /// Checks a client's OAuth members as CreateUserPoolClient would (and where a mistake would only show in a browser):
        /// every callback and logout URL https, or http on loopback, or an app's own scheme, without a fragment; the default
        /// redirect among the callbacks; each scope a standard one or a scope of the pool's resource servers; and the members
        /// that only make sense together. Each mistake is reported where it is.
        /// </summary>
        private OAuthSettings ParseOAuth(JsonObject client, string clientName, string poolName, bool generateSecret, HashSet<string> poolScopes, ref bool ok)
        {
            var callbacks = CheckUrls(client.Find("CallbackURLs"), "CallbackURLs", ref ok);
            var logouts = CheckUrls(client.Find("LogoutURLs"), "LogoutURLs", ref ok);
            string? defaultRedirect = null;
            if (client.Find("DefaultRedirectURI")?.Value is JsonScalar { Kind: JsonKind.String, StringValue: { } redirect } redirectNode)
            {
                if (!CheckUrl(redirectNode, redirect, "DefaultRedirectURI"))
                {
                    ok = false;
                }
                else if (!callbacks.Contains(redirect))
                {
                    Report(DiagnosticDescriptors.InvalidValue, redirectNode, redirect, "DefaultRedirectURI", "it must be one of the client's CallbackURLs");
                    ok = false;
                }
                else
                {
                    defaultRedirect = redirect;
                }
            }

            var flowsMember = client.Find("AllowedOAuthFlows");
            var flows = new HashSet<string>(StringItems(flowsMember).Select(item => item.StringValue!), StringComparer.Ordinal);
            var scopesMember = client.Find("AllowedOAuthScopes");
            var scopes = new List<string>();
            foreach (var item in StringItems(scopesMember))
            {
                var scope = item.StringValue!;
                if (Array.IndexOf(s_standardScopes, scope) >= 0 || poolScopes.Contains(scope))
                {
                    if (flows.Contains("client_credentials") && !poolScopes.Contains(scope))
                    {
                        Report(DiagnosticDescriptors.InvalidValue, item, scope, "AllowedOAuthScopes", "the client_credentials flow takes only the scopes of the pool's resource servers");
                        ok = false;
                    }

                    scopes.Add(scope);
                    continue;
                }

                var known = s_standardScopes.Concat(poolScopes).ToList();
                Report(DiagnosticDescriptors.InvalidValue, item, scope, "AllowedOAuthScopes",
                    "it is not a standard scope (" + string.Join(", ", s_standardScopes) + ") and no resource server of user pool '" + poolName + "' defines it" + SuggestionSuffix(scope, known));
                ok = false;
            }

            var userPoolClient = client.Find("AllowedOAuthFlowsUserPoolClient");
            var enabled = userPoolClient?.Value.Kind == JsonKind.True;
            if (flowsMember is not null && flows.Count > 0)
            {
                if (!enabled)
                {
                    ReportOAuth(userPoolClient ?? flowsMember, "App client '" + clientName + "' lists AllowedOAuthFlows but does not set AllowedOAuthFlowsUserPoolClient to true; Cognito ignores OAuth settings without it");
                    ok = false;
                }

                if ((flows.Contains("code") || flows.Contains("implicit")) && !StringItems(client.Find("CallbackURLs")).Any())
                {
                    ReportOAuth(flowsMember, "App client '" + clientName + "' allows the " + (flows.Contains("code") ? "code" : "implicit") + " flow but has no CallbackURLs to send the user back to");
                    ok = false;
                }

                if (flows.Contains("client_credentials") && (flows.Contains("code") || flows.Contains("implicit")))
                {
                    ReportOAuth(flowsMember, "App client '" + clientName + "' cannot allow client_credentials together with code or implicit: machine and user sign-in need separate clients");
                    ok = false;
                }

                if (flows.Contains("client_credentials") && !generateSecret)
                {
                    ReportOAuth(flowsMember, "App client '" + clientName + "' allows client_credentials, which needs a client secret: set GenerateSecret to true");
                    ok = false;
                }

                if (scopesMember is null || !StringItems(scopesMember).Any())
                {
                    ReportOAuth(flowsMember, "App client '" + clientName + "' allows OAuth flows but no AllowedOAuthScopes");
                    ok = false;
                }
            }
            else if (enabled)
            {
                ReportOAuth(userPoolClient!, "App client '" + clientName + "' sets AllowedOAuthFlowsUserPoolClient but lists no AllowedOAuthFlows");
                ok = false;
            }

            return new OAuthSettings(enabled && flows.Contains("code"), scopes, callbacks, logouts, defaultRedirect);
        }

        private void ReportOAuth(JsonMember at, string message) => Report(DiagnosticDescriptors.InvalidOAuthSettings, at.NameStart, at.NameLength, message);

        private List<string> CheckUrls(JsonMember? member, string memberName, ref bool ok)
        {
            var urls = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in StringItems(member))
            {
                var url = item.StringValue!;
                if (!CheckUrl(item, url, memberName))
                {
                    ok = false;
                    continue;
                }

                if (!seen.Add(url))
                {
                    Report(DiagnosticDescriptors.DuplicateName, item, "URL", url);
                    ok = false;
                    continue;
                }

                urls.Add(url);
            }

            return urls;
        }

        /// <summary>
        /// Cognito's rule for where it sends a browser: an absolute URL without a fragment, https, or http only on loopback
        /// (testing and RFC 8252 desktop apps), or an app's own scheme (<c>myapp://callback</c>); never a script or data URL.
        /// </summary>
        private bool CheckUrl(JsonScalar node, string url, string memberName)
        {
            string? problem = null;
            if (url.Length > 1024)
            {
                problem = "it is longer than 1024 characters";
            }
            // On Unix a rooted path parses as an absolute file: URI; a URL must name its scheme itself.
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || url.Any(char.IsWhiteSpace) || !url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            {
                problem = "it must be an absolute URL";
            }
            else if (uri.Fragment.Length > 0 || url.IndexOf('#') >= 0)
            {
                problem = "it must not have a fragment (#…)";
            }
            else if (Array.IndexOf(s_unsafeSchemes, uri.Scheme) >= 0)
            {
                problem = "a browser must never be sent to a " + uri.Scheme + ": URL";
            }
            else if (uri.Scheme == "http" && !(uri.IsLoopback || uri.Host == "localhost"))
            {
                problem = "it must use https; http is only for loopback (localhost, 127.0.0.1, [::1])";
            }

            if (problem is null)
            {
                return true;
            }

            Report(DiagnosticDescriptors.InvalidValue, node, url, memberName, problem);
            return false;
        }
    }
}
