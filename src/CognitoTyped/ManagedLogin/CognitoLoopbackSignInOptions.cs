namespace CognitoTyped;

/// <summary>The host name of the loopback redirect URI of <see cref="CognitoManagedLogin.SignInWithLoopbackAsync"/>.</summary>
public enum CognitoLoopbackHost
{
    /// <summary>
    /// <c>http://localhost:{port}{path}</c>, listened on at <c>127.0.0.1</c> and <c>[::1]</c>. The default: Amazon Cognito accepts plain
    /// http callback URLs only for <c>localhost</c>.
    /// </summary>
    Localhost = 0,

    /// <summary><c>http://127.0.0.1:{port}{path}</c>, as RFC 8252 §7.3 recommends; for servers that accept it (cognito-local does).</summary>
    Ipv4Loopback = 1,
}

/// <summary>How <see cref="CognitoManagedLogin.SignInWithLoopbackAsync"/> signs a desktop user in through the system browser (RFC 8252).</summary>
public sealed class CognitoLoopbackSignInOptions
{
    /// <summary>The scopes to ask for; they must include <c>openid</c>. Default <c>openid</c>.</summary>
    public IEnumerable<string>? Scopes { get; set; }

    /// <summary>Skips the sign-in page for this identity provider (e.g. <c>Google</c>).</summary>
    public string? IdentityProvider { get; set; }

    /// <summary>Pre-fills the username field.</summary>
    public string? LoginHint { get; set; }

    /// <summary>OIDC <c>prompt</c>, e.g. <c>login</c>.</summary>
    public string? Prompt { get; set; }

    /// <summary>
    /// The loopback port to listen on; 0 (the default) takes a free one. Cognito compares callback URLs exactly and has no RFC 8252
    /// port wildcard, so an app registered with a fixed callback URL (<c>http://localhost:53682/</c>) must fix the port here.
    /// </summary>
    public int Port { get; set; }

    /// <summary>The path of the redirect URI. Default <c>/</c>.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The host name of the redirect URI. Default <see cref="CognitoLoopbackHost.Localhost"/>.</summary>
    public CognitoLoopbackHost Host { get; set; } = CognitoLoopbackHost.Localhost;

    /// <summary>How long to wait for the browser to come back. Default 5 minutes; then a <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Opens the authorization URL. Default: the system browser (<c>UseShellExecute</c> on Windows, <c>open</c> on macOS,
    /// <c>xdg-open</c> elsewhere). Tests and apps with their own browser window replace it.
    /// </summary>
    public Func<Uri, CancellationToken, Task>? OpenBrowser { get; set; }
}
