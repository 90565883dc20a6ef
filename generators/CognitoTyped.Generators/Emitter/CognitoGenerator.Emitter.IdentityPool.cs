using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteIdentityPool(SourceWriter w, UserPoolModel pool, IdentityPoolModel identityPool)
        {
            var type = pool.TypePrefix + "IdentityPool";
            const string Credentials = "global::CognitoTyped.Identity.CognitoAWSCredentials";
            const string TokenSource = "global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<global::CognitoTyped.CognitoTokens>>";
            w.Line("/// <summary>");
            w.Line("/// The identity pool that trusts the " + Xml(pool.Name) + " user pool, as code that is given one takes it (so a test can give a fake).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public partial interface I" + type);
            w.Summary("The Logins key of the user pool: <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.");
            w.Line("string LoginProvider { get; }");
            w.Line();
            w.Summary("Gets the identity ID of the signed-in user (GetId).");
            w.Line("/// <param name=\"tokens\">The user's tokens.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line("/// <returns>The identity ID.</returns>");
            w.Line("global::System.Threading.Tasks.Task<string> GetIdentityIdAsync(global::CognitoTyped.CognitoTokens tokens, " + Ct + ");");
            w.Line();
            w.Summary("AWS credentials for the signed-in user, refreshed before they expire; usable by any AWS SDK client.");
            w.Line("/// <param name=\"tokens\">The user's tokens (their ID token is the login).</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line(Credentials + " GetCredentials(global::CognitoTyped.CognitoTokens tokens);");
            w.Line();
            w.Summary("AWS credentials for a signed-in user whose tokens change over time: each refresh asks for the current tokens.");
            w.Line("/// <param name=\"currentTokens\">Supplies the current tokens (e.g. a token session's <c>GetTokensAsync</c>).</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line(Credentials + " GetCredentials(" + TokenSource + " currentTokens);");
            if (identityPool.AllowUnauthenticatedIdentities)
            {
                w.Line();
                w.Summary("Guest AWS credentials (the identity pool allows unauthenticated identities).");
                w.Line("/// <returns>The credentials.</returns>");
                w.Line(Credentials + " GetGuestCredentials();");
            }

            w.Close();
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The identity pool that trusts the " + Xml(pool.Name) + " user pool: AWS credentials for its signed-in users" + (identityPool.AllowUnauthenticatedIdentities ? " and guests" : string.Empty) + ",");
            w.Line("/// usable by any AWS SDK client.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : I" + type + ", global::System.IDisposable");
            w.Summary("Whether the identity pool gives guests credentials, as cognito.json declares.");
            w.Line("public const bool AllowUnauthenticatedIdentities = " + (identityPool.AllowUnauthenticatedIdentities ? "true" : "false") + ";");
            w.Line();
            w.Line("private readonly global::CognitoTyped.Identity.CognitoIdentityPool _pool;");
            w.Line();
            w.Summary("Creates the identity pool client.");
            w.Line("/// <param name=\"options\">The identity pool ID and user pool ID (from configuration) and, for tests, the endpoint.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one this object owns.</param>");
            w.Open("public " + type + "(global::CognitoTyped.Identity.CognitoIdentityPoolOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            w.Lines("""
                _pool = new global::CognitoTyped.Identity.CognitoIdentityPool(
                    new global::CognitoTyped.Identity.CognitoIdentityPoolOptions
                    {
                        Region = options.Region,
                        IdentityPoolId = options.IdentityPoolId,
                        UserPoolId = options.UserPoolId,
                        ServiceUrl = options.ServiceUrl,
                        AllowInsecureHttp = options.AllowInsecureHttp,
                        AllowUnauthenticatedIdentities = AllowUnauthenticatedIdentities,
                        RequestTimeout = options.RequestTimeout,
                        Retry = options.Retry,
                        LoggerFactory = options.LoggerFactory,
                        HttpClientFactory = options.HttpClientFactory,
                    },
                    httpClient);
                """);
            w.Close();
            w.Line();
            w.Summary("Wraps an identity pool client already made for this pool (<c>AddCognitoTyped</c> makes one from the named options <c>" + Xml(pool.Name) + "</c>).");
            w.Line("/// <param name=\"pool\">The identity pool client; disposed with this one.</param>");
            w.Open("public " + type + "(global::CognitoTyped.Identity.CognitoIdentityPool pool)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(pool);");
            w.Line("_pool = pool;");
            w.Close();
            w.Line();
            w.Summary("The Logins key of the user pool: <c>cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.");
            w.Line("public string LoginProvider => _pool.LoginProvider;");
            w.Line();
            w.Summary("The identity pool client underneath.");
            w.Line("public global::CognitoTyped.Identity.CognitoIdentityPool Pool => _pool;");
            w.Line();
            w.Summary("Gets the identity ID of the signed-in user (GetId).");
            w.Line("/// <param name=\"tokens\">The user's tokens.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line("/// <returns>The identity ID.</returns>");
            w.Line("public global::System.Threading.Tasks.Task<string> GetIdentityIdAsync(global::CognitoTyped.CognitoTokens tokens, " + Ct + ")");
            w.Line("    => _pool.GetIdentityIdAsync(tokens, cancellationToken);");
            w.Line();
            w.Summary("AWS credentials for the signed-in user, refreshed before they expire; usable by any AWS SDK client.");
            w.Line("/// <param name=\"tokens\">The user's tokens (their ID token is the login).</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetCredentials(global::CognitoTyped.CognitoTokens tokens) => _pool.GetCredentials(tokens);");
            w.Line();
            w.Summary("AWS credentials for a signed-in user whose tokens change over time: each refresh asks for the current tokens.");
            w.Line("/// <param name=\"currentTokens\">Supplies the current tokens.</param>");
            w.Line("/// <returns>The credentials.</returns>");
            w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetCredentials(global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<global::CognitoTyped.CognitoTokens>> currentTokens)");
            w.Line("    => _pool.GetCredentials(currentTokens);");
            if (identityPool.AllowUnauthenticatedIdentities)
            {
                w.Line();
                w.Summary("Guest AWS credentials (the identity pool allows unauthenticated identities).");
                w.Line("/// <returns>The credentials.</returns>");
                w.Line("public global::CognitoTyped.Identity.CognitoAWSCredentials GetGuestCredentials() => _pool.GetGuestCredentials();");
            }

            w.Line();
            w.Summary("Disposes the <see cref=\"global::System.Net.Http.HttpClient\"/> when this object created it.");
            w.Line("public void Dispose() => _pool.Dispose();");
            w.Close();
        }
    }
}
