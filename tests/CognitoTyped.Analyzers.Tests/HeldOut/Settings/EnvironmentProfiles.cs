using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace HeldOut.Settings.Profiles;

public enum DeploymentStage
{
    Dev,
    Staging,
    Prod,
}

/// <summary>Builds requests for whichever stage the process runs in.</summary>
public static class EnvironmentProfiles
{
    private const string Org = "acme";
    private const string Suffix = "7q";
    private const string SecretHead = "zq0k2c8m1v";
    private const string SecretTail = "x7r4p9t2w6y3h5j8k1n0b4d6f2g9s3a7e5u1i8o6q2z4c9v7m";

    public static InitiateAuthRequest SignInRequest(DeploymentStage stage, string user, string password) => new()
    {
        ClientId = stage switch // expect: CTY0001
        {
            DeploymentStage.Dev => "dev-" + Org + "-spa",
            DeploymentStage.Staging => $"stg-{Org}-spa",
            _ => $"{Org}-spa-{Suffix}",
        },
        AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        AuthParameters = new() { ["USERNAME"] = user, ["PASSWORD"] = password },
    };

    public static SignUpRequest SignUpRequest(DeploymentStage stage, string email, string password) => new()
    {
        ClientId = ResolveAppClient(stage),
        Username = email,
        Password = password,
    };

    public static AdminSetUserPasswordRequest SeedUser(DeploymentStage stage, string poolId, string username) => new()
    {
        UserPoolId = poolId,
        Username = username,
        Password = stage is DeploymentStage.Dev ? "Dev-S33d!" : "Stg-S33d!", // expect: CTY0002
        Permanent = true,
    };

    public static AdminSetUserPasswordRequest SeedUserPerStage(DeploymentStage stage, string poolId, string username) => new()
    {
        UserPoolId = poolId,
        Username = username,
        Password = $"{Org}-{stage}-Seed!",
        Permanent = true,
    };

    public static RevokeTokenRequest Revoke(string token, DeploymentStage stage) => new()
    {
        ClientId = ResolveAppClient(stage),
        ClientSecret = $"{SecretHead}{SecretTail}", // expect: CTY0003
        Token = token,
    };

    private static string ResolveAppClient(DeploymentStage stage) => stage switch
    {
        DeploymentStage.Dev => "g43yq15i5latjpuu3xf6mzkp0e",
        DeploymentStage.Staging => "a4o2xcsohdmmex6l2qagwncxvj",
        _ => "0xzmas6en5mtmo3oqsg5lo50dj",
    };
}
