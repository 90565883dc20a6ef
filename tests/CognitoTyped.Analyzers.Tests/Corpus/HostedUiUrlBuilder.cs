using System;

namespace Corpus.HostedUiUrlBuilder;

// Builds Cognito hosted UI login/logout URLs for a MAUI WebAuthenticator flow.
public static class HostedUiUrls
{
    private const string Domain = "https://shop-auth.auth.eu-west-1.amazoncognito.com";
    private const string ClientId = "jzczbttof7jyu5jsjc616i76bo"; // expect: CTY0001
    private const string RedirectUri = "shopapp://signin";
    private const string LogoutUri = "shopapp://signout";

    public static Uri Login(string state, string codeChallenge) =>
        new Uri($"{Domain}/oauth2/authorize?response_type=code&client_id={ClientId}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state={state}&code_challenge={codeChallenge}&code_challenge_method=S256&scope=openid+email");

    public static Uri Logout() =>
        new Uri($"{Domain}/logout?client_id={ClientId}&logout_uri={Uri.EscapeDataString(LogoutUri)}");

    public static Uri LoginFor(string clientId, string redirectUri) =>
        new Uri($"{Domain}/login?client_id={clientId}&response_type=code&redirect_uri={Uri.EscapeDataString(redirectUri)}");
}
