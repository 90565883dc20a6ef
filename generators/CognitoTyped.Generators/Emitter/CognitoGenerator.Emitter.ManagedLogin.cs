using System;
using System.Collections.Generic;
using System.Linq;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private const string ManagedLoginRuntime = "global::CognitoTyped.CognitoManagedLogin";
        private const string AuthorizationRequest = "global::CognitoTyped.CognitoAuthorizationRequest";
        private const string Tokens = "global::CognitoTyped.CognitoTokens";
        private const string UriType = "global::System.Uri";

        private static readonly Dictionary<string, string> s_standardScopeNames = new(StringComparer.Ordinal)
        {
            ["openid"] = "OpenId",
            ["email"] = "Email",
            ["phone"] = "Phone",
            ["profile"] = "Profile",
            ["aws.cognito.signin.user.admin"] = "CognitoUserAdmin",
        };

        /// <summary>Managed login is generated for a client with the code flow and the openid scope (the tokens then carry an ID token).</summary>
        internal static bool HasManagedLogin(ClientModel client) => client.AllowsCodeFlow && client.OAuthScopes.Contains("openid");

        /// <summary>The client's OAuth scopes with their enum member names: standard ones by name, a resource server's as its policy constant without "Scope".</summary>
        private static List<(string Value, string Member)> OAuthScopeMembers(UserPoolModel pool, ClientModel client)
        {
            var members = new List<(string Value, string Member)>();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scope in client.OAuthScopes)
            {
                string member;
                if (!s_standardScopeNames.TryGetValue(scope, out member!))
                {
                    var constant = pool.Scopes.FirstOrDefault(s => s.Value == scope)?.ConstantName ?? Naming.ToPascalCase(scope);
                    member = constant.EndsWith("Scope", StringComparison.Ordinal) && constant.Length > "Scope".Length ? constant.Substring(0, constant.Length - "Scope".Length) : constant;
                }

                var unique = member;
                for (var i = 2; !taken.Add(unique); i++)
                {
                    unique = member + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                members.Add((scope, unique));
            }

            return members;
        }

        /// <summary>The loopback callback a desktop app can listen on, if the client registers one (http://localhost, 127.0.0.1).</summary>
        private static Uri? LoopbackCallback(ClientModel client)
            => client.CallbackUrls
                .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null)
                .FirstOrDefault(uri => uri is not null && uri.Scheme == "http" && uri.Query.Length == 0 && (uri.Host == "localhost" || uri.Host == "127.0.0.1"));

        private static void WriteManagedLoginFile(SourceWriter w, UserPoolModel pool, ClientModel client)
        {
            var type = client.TypePrefix + "ManagedLogin";
            var scopeType = client.TypePrefix + "OAuthScope";
            var scopes = OAuthScopeMembers(pool, client);
            var defaultRedirect = client.DefaultRedirectUri ?? (client.CallbackUrls.Count == 1 ? client.CallbackUrls[0] : null);
            var loopback = LoopbackCallback(client);

            w.Summary("The OAuth scopes the " + Xml(client.Name) + " app client of the " + Xml(pool.Name) + " user pool may ask for (its <c>AllowedOAuthScopes</c>).");
            w.Line(GeneratedCode);
            w.Open("public enum " + scopeType);
            for (var i = 0; i < scopes.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                w.Summary("The <c>" + Xml(scopes[i].Value) + "</c> scope.");
                w.Line(scopes[i].Member + ",");
            }

            w.Close();
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Managed login (OAuth 2.0 authorization code with PKCE) for the " + Xml(client.Name) + " app client of the " + Xml(pool.Name) + " user pool:");
            w.Line("/// only the scopes and callback URLs cognito.json gives the client can be asked for, so a redirect Cognito would refuse");
            w.Line("/// fails here, before a browser opens. Wraps <see cref=\"" + ManagedLoginRuntime + "\"/>.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : global::System.IDisposable");
            w.Line("private static readonly " + scopeType + "[] s_allScopes = { " + string.Join(", ", scopes.Select(scope => scopeType + "." + scope.Member)) + " };");
            w.Line();
            w.Line("private readonly " + ManagedLoginRuntime + " _login;");
            w.Line();
            w.Summary("Creates the client.");
            w.Line("/// <param name=\"options\">The domain, the app client and, to validate ID tokens, the pool.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Line("public " + type + "(global::CognitoTyped.CognitoManagedLoginOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("    : this(new " + ManagedLoginRuntime + "(options, httpClient))");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("Wraps a managed-login client made elsewhere (e.g. by <c>AddCognitoTyped</c>); it is disposed with this one.");
            w.Line("/// <param name=\"login\">The client.</param>");
            w.Open("public " + type + "(" + ManagedLoginRuntime + " login)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(login);");
            w.Line("_login = login;");
            w.Close();
            w.Line();
            w.Summary("The callback URLs cognito.json registers for the client: the only redirect URIs this class sends.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> CallbackUrls { get; } = new string[] { " + string.Join(", ", client.CallbackUrls.Select(Literal)) + " };");
            w.Line();
            w.Summary("The logout URLs cognito.json registers for the client.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> LogoutUrls { get; } = " + (client.LogoutUrls.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", client.LogoutUrls.Select(Literal)) + " }") + ";");
            w.Line();
            w.Summary("The runtime client underneath.");
            w.Line("public " + ManagedLoginRuntime + " Login => _login;");
            w.Line();
            w.Summary("The Cognito value of a scope, e.g. <c>openid</c>.");
            w.Line("/// <param name=\"scope\">The scope.</param>");
            w.Line("/// <returns>Its value in tokens and requests.</returns>");
            w.Open("public static string NameOf(" + scopeType + " scope) => scope switch");
            foreach (var scope in scopes)
            {
                w.Line(scopeType + "." + scope.Member + " => " + Literal(scope.Value) + ",");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(scope), scope, \"Not a scope of this app client.\"),");
            w.Close(";");
            w.Line();
            w.Summary("Builds the authorization request (state, nonce, PKCE S256) for a redirect URI among <see cref=\"CallbackUrls\"/>.");
            w.Line("/// <param name=\"redirectUri\">Where Cognito sends the browser back: one of <see cref=\"CallbackUrls\"/>, exactly.</param>");
            w.Line("/// <param name=\"scopes\">The scopes to ask for (<c>openid</c> is always added); null: all the client's.</param>");
            w.Line("/// <param name=\"identityProvider\">Skips the sign-in page for this identity provider (e.g. <c>Google</c>).</param>");
            w.Line("/// <param name=\"loginHint\">Pre-fills the username field.</param>");
            w.Line("/// <param name=\"prompt\">OIDC <c>prompt</c>, e.g. <c>login</c>.</param>");
            w.Line("/// <returns>The request; keep it until the callback arrives.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The redirect URI is not one of the client's callback URLs.</exception>");
            w.Open("public " + AuthorizationRequest + " CreateAuthorizationRequest(" + UriType + " redirectUri, global::System.Collections.Generic.IEnumerable<" + scopeType + ">? scopes = null, string? identityProvider = null, string? loginHint = null, string? prompt = null)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(redirectUri);");
            w.Line("Registered(redirectUri, CallbackUrls, \"callback\", nameof(redirectUri));");
            w.Line("return _login.CreateAuthorizationRequest(redirectUri, ScopeValues(scopes), identityProvider, loginHint, prompt);");
            w.Close();
            if (defaultRedirect is not null)
            {
                w.Line();
                w.Summary("Builds the authorization request for the client's default redirect, <c>" + Xml(defaultRedirect) + "</c>.");
                w.Line("/// <param name=\"scopes\">The scopes to ask for (<c>openid</c> is always added); null: all the client's.</param>");
                w.Line("/// <returns>The request; keep it until the callback arrives.</returns>");
                w.Line("public " + AuthorizationRequest + " CreateAuthorizationRequest(global::System.Collections.Generic.IEnumerable<" + scopeType + ">? scopes = null)");
                w.Line("    => CreateAuthorizationRequest(new " + UriType + "(" + Literal(defaultRedirect) + "), scopes);");
            }

            w.Line();
            w.Line("/// <inheritdoc cref=\"" + ManagedLoginRuntime + ".ExchangeCodeAsync\"/>");
            w.Line("public global::System.Threading.Tasks.Task<" + Tokens + "> ExchangeCodeAsync(" + AuthorizationRequest + " request, " + UriType + " callbackUri, " + Ct + ")");
            w.Line("    => _login.ExchangeCodeAsync(request, callbackUri, cancellationToken);");
            if (client.AllowRefresh)
            {
                w.Line();
                w.Line("/// <inheritdoc cref=\"" + ManagedLoginRuntime + ".RefreshAsync\"/>");
                w.Line("public global::System.Threading.Tasks.Task<" + Tokens + "> RefreshAsync(" + Tokens + " tokens, " + Ct + ") => _login.RefreshAsync(tokens, cancellationToken);");
            }

            if (client.EnableTokenRevocation)
            {
                w.Line();
                w.Line("/// <inheritdoc cref=\"" + ManagedLoginRuntime + ".RevokeAsync\"/>");
                w.Line("public global::System.Threading.Tasks.Task RevokeAsync(string refreshToken, " + Ct + ") => _login.RevokeAsync(refreshToken, cancellationToken);");
            }

            w.Line();
            w.Line("/// <inheritdoc cref=\"" + ManagedLoginRuntime + ".GetUserInfoAsync\"/>");
            w.Line("public global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyDictionary<string, string>> GetUserInfoAsync(string accessToken, " + Ct + ") => _login.GetUserInfoAsync(accessToken, cancellationToken);");
            if (client.LogoutUrls.Count > 0)
            {
                w.Line();
                w.Summary("Cognito's logout URL that ends the managed-login session and sends the browser to a URL among <see cref=\"LogoutUrls\"/>.");
                w.Line("/// <param name=\"logoutUri\">Where the browser goes after sign-out: one of <see cref=\"LogoutUrls\"/>, exactly.</param>");
                w.Line("/// <returns>The URL to send the browser to.</returns>");
                w.Line("/// <exception cref=\"global::System.ArgumentException\">The URL is not one of the client's logout URLs.</exception>");
                w.Open("public " + UriType + " GetLogoutUri(" + UriType + " logoutUri)");
                w.Line("global::System.ArgumentNullException.ThrowIfNull(logoutUri);");
                w.Line("Registered(logoutUri, LogoutUrls, \"logout\", nameof(logoutUri));");
                w.Line("return _login.GetLogoutUri(logoutUri);");
                w.Close();
            }

            if (loopback is not null)
            {
                var host = loopback.Host == "localhost" ? "Localhost" : "Ipv4Loopback";
                w.Line();
                w.Summary("Signs a desktop user in through the system browser (RFC 8252), listening on the client's loopback callback <c>" + Xml(loopback.OriginalString) + "</c>.");
                w.Line("/// <param name=\"scopes\">The scopes to ask for (<c>openid</c> is always added); null: all the client's.</param>");
                w.Line("/// <param name=\"openBrowser\">Opens the authorization URL; null: the system browser.</param>");
                w.Line("/// <param name=\"timeout\">How long to wait for the browser to come back; null: 5 minutes.</param>");
                w.Line("/// <param name=\"cancellationToken\">Cancels the sign-in.</param>");
                w.Line("/// <returns>The tokens.</returns>");
                w.Open("public global::System.Threading.Tasks.Task<" + Tokens + "> SignInWithLoopbackAsync(global::System.Collections.Generic.IEnumerable<" + scopeType + ">? scopes = null, global::System.Func<" + UriType + ", global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task>? openBrowser = null, global::System.TimeSpan? timeout = null, " + Ct + ")");
                w.Line("var options = new global::CognitoTyped.CognitoLoopbackSignInOptions");
                w.Line("{");
                w.Line("    Scopes = ScopeValues(scopes),");
                w.Line("    Host = global::CognitoTyped.CognitoLoopbackHost." + host + ",");
                w.Line("    Port = " + loopback.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
                w.Line("    Path = " + Literal(loopback.AbsolutePath) + ",");
                w.Line("    OpenBrowser = openBrowser,");
                w.Line("};");
                w.Open("if (timeout is { } wait)");
                w.Line("options.Timeout = wait;");
                w.Close();
                w.Line();
                w.Line("return _login.SignInWithLoopbackAsync(options, cancellationToken);");
                w.Close();
            }

            w.Line();
            w.Summary("Disposes the runtime client.");
            w.Line("public void Dispose() => _login.Dispose();");
            w.Line();
            w.Open("private static global::System.Collections.Generic.List<string> ScopeValues(global::System.Collections.Generic.IEnumerable<" + scopeType + ">? scopes)");
            w.Line("var values = new global::System.Collections.Generic.List<string> { \"openid\" };");
            w.Line("foreach (var scope in scopes ?? s_allScopes)");
            w.Line("{");
            w.Line("    var value = NameOf(scope);");
            w.Line("    if (!values.Contains(value))");
            w.Line("    {");
            w.Line("        values.Add(value);");
            w.Line("    }");
            w.Line("}");
            w.Line();
            w.Line("return values;");
            w.Close();
            w.Line();
            w.Open("private static void Registered(" + UriType + " uri, global::System.Collections.Generic.IReadOnlyList<string> registered, string kind, string parameter)");
            w.Open("foreach (var url in registered)");
            w.Open("if (string.Equals(url, uri.OriginalString, global::System.StringComparison.Ordinal) || string.Equals(url, uri.AbsoluteUri, global::System.StringComparison.Ordinal))");
            w.Line("return;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("throw new global::System.ArgumentException(\"'\" + uri.OriginalString + \"' is not a \" + kind + \" URL of app client " + Escape(client.Name) + " in cognito.json (\" + string.Join(\", \", registered) + \"): Cognito would refuse it.\", parameter);");
            w.Close();
            w.Close();
        }

        /// <summary>A client name inside a generated C# string literal.</summary>
        private static string Escape(string value)
        {
            var literal = Literal(value);
            return literal.Substring(1, literal.Length - 2);
        }
    }
}
