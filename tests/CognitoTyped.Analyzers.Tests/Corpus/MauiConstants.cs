namespace Corpus.MauiApp;

public static class Constants
{
    public const string Region = "us-west-2";
    public const string UserPoolId = "us-west-2_b7QmXk2Lp";
    public const string IdentityPoolId = "us-west-2:6f1c2a9e-3b7d-4e2f-9a51-0c8d7e6b5a43";
    public const string ClientId = "oc9is0j8ht9lgmxg9edn581u33"; // expect: CTY0001
    public const string ClientSecret = "6umx1bz99nfd02is5d9ik40vstqqzpt49zhkken659o2v21i9mp"; // expect: CTY0003
    public const string HostedUiDomain = "myapp-auth.auth.us-west-2.amazoncognito.com";
    public const string RedirectUri = "myapp://callback";

    // App Store review account.
    public const string DemoUsername = "appreview@myapp.io";
    public const string DemoPassword = "R3view!Only";

    // Build metadata, not credentials.
    public const string BuildId = "xtplpft75v2seh60kvj50ce9uv";
}
