namespace HeldOut.Shared;

/// <summary>Values shared by several tools in this solution.</summary>
public static class CognitoDefaults
{
    public const string UserPoolId = "us-east-1_Q7xk2PzLm";
    public const string Region = "us-east-1";

    // The public SPA client. "It's not a secret", said the PR description.
    public const string WebClientId = "ujzde8gxd6ncf10epf91dhodzd"; // expect: CTY0001

    public const string AdminClientId = "oc9is0j8ht9lgmxg9edn581u33"; // expect: CTY0001
    public const string AdminClientSecret = "cnqcnau0xltenc594e0gz9j8fkzr0st0dtw00bxmzzna1k1hfzx"; // expect: CTY0003

    public const string DefaultTemporaryPassword = "Welcome-2024!";
    public const string SmokeTestPassword = "Sm0ke!Test#Passw0rd";

    public const string PasswordKey = "PASSWORD";
    public const string NewPasswordKey = "NEW_PASSWORD";
    public const string UsernameKey = "USERNAME";
    public const string SecretHashKey = "SECRET_HASH";

    public const string ClientIdConfigKey = "Cognito:ClientId";
    public const string ClientSecretConfigKey = "Cognito:ClientSecret";
    public const string ClientIdEnvironmentVariable = "COGNITO_CLIENT_ID";
    public const string ClientSecretEnvironmentVariable = "COGNITO_CLIENT_SECRET";

    // 26 lowercase alphanumerics, but it is a build fingerprint, not a client id.
    public const string BuildFingerprint = "xtplpft75v2seh60kvj50ce9uv";
}

/// <summary>Values copied from the README quick-start.</summary>
public static class CognitoPlaceholders
{
    public const string ClientId = "YOUR_APP_CLIENT_ID";
    public const string ClientSecret = "YOUR_APP_CLIENT_SECRET";
    public const string PoolId = "us-east-1_XXXXXXXXX";
}
