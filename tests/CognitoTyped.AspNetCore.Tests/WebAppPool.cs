using System.Globalization;
using System.Text.Json;
using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// The web app sample's pool on a real cognito-local: its <c>Web</c> client provisioned with the OAuth settings of the sample's
/// own cognito.json (code flow, scopes, callback and logout URLs, a secret), a second client <c>Other</c> with the same settings
/// that the app does not configure, group <c>admins</c>, and users alice (in it) and bob (not).
/// </summary>
public sealed class WebAppPool : IAsyncLifetime
{
    public const string Password = "Correct-horse-9";

    public CognitoLocalFixture Emulator { get; } = new();

    public string PoolId { get; private set; } = null!;

    public string WebClientId { get; private set; } = null!;

    public string WebClientSecret { get; private set; } = null!;

    public string OtherClientId { get; private set; } = null!;

    private string? otherClientSecret;

    /// <summary>The callback URL of the sample's cognito.json: the app's /signin-oidc on https://localhost:7081.</summary>
    public Uri CallbackUrl { get; private set; } = null!;

    /// <summary>The logout URL of the sample's cognito.json.</summary>
    public Uri LogoutUrl { get; private set; } = null!;

    /// <summary>Where the sample runs (scheme, host and port of its callback URL); the tests' requests go there.</summary>
    public Uri AppBaseAddress => new(CallbackUrl.GetLeftPart(UriPartial.Authority));

    public string Issuer => $"http://127.0.0.1:{Emulator.Url.Port.ToString(CultureInfo.InvariantCulture)}/{PoolId}";

    public async Task InitializeAsync()
    {
        await Emulator.InitializeAsync();
        using var cognitoJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "CognitoTyped.WebApp", "cognito.json")));
        var web = cognitoJson.RootElement.GetProperty("UserPools")[0].GetProperty("Clients").EnumerateArray()
            .Single(client => client.GetProperty("ClientName").GetString() == "Web");
        static List<string> Strings(JsonElement client, string name) => [.. client.GetProperty(name).EnumerateArray().Select(value => value.GetString()!)];

        Assert.Equal(["code"], Strings(web, "AllowedOAuthFlows"));
        var pool = await Emulator.Admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "webapp-" + Guid.NewGuid().ToString("N")[..8], UsernameAttributes = [] });
        PoolId = pool.UserPool!.Id!;
        CreateUserPoolClientRequest OAuthClient(string name) => new()
        {
            UserPoolId = PoolId,
            ClientName = name,
            GenerateSecret = web.GetProperty("GenerateSecret").GetBoolean(),
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = [OAuthFlowType.Code],
            AllowedOAuthScopes = Strings(web, "AllowedOAuthScopes"),
            CallbackURLs = Strings(web, "CallbackURLs"),
            LogoutURLs = Strings(web, "LogoutURLs"),
            SupportedIdentityProviders = Strings(web, "SupportedIdentityProviders"),
        };
        var webClient = (await Emulator.Admin.CreateUserPoolClientAsync(OAuthClient("Web"))).UserPoolClient!;
        WebClientId = webClient.ClientId!;
        WebClientSecret = webClient.ClientSecret ?? throw new InvalidOperationException("The sample's Web client has a secret; cognito-local gave none.");
        var otherClient = (await Emulator.Admin.CreateUserPoolClientAsync(OAuthClient("Other"))).UserPoolClient!;
        OtherClientId = otherClient.ClientId!;
        otherClientSecret = otherClient.ClientSecret;
        CallbackUrl = new Uri(Strings(web, "CallbackURLs").Single());
        LogoutUrl = new Uri(Strings(web, "LogoutURLs").Single());

        await Emulator.Admin.CreateGroupAsync(new CreateGroupRequest { UserPoolId = PoolId, GroupName = "admins" });
        await CreateUserAsync("alice", "Alice");
        await Emulator.Admin.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = PoolId, Username = "alice", GroupName = "admins" });
        await CreateUserAsync("bob", "Bob");
    }

    public Task DisposeAsync() => Emulator.DisposeAsync();

    /// <summary>The configuration the sample reads, for this pool on this emulator.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Configuration(string nonceValidation = "AllowMissing") =>
    [
        new("Cognito:Customers:Domain", Emulator.Url.AbsoluteUri),
        new("Cognito:Customers:UserPoolId", PoolId),
        new("Cognito:Customers:Issuer", Issuer),
        new("Cognito:Customers:ServiceUrl", Emulator.Url.AbsoluteUri),
        new("Cognito:Customers:Clients:Web:ClientId", WebClientId),
        new("Cognito:Customers:Clients:Web:ClientSecret", WebClientSecret),
        // cognito-local 5.3.0 puts no nonce in its ID tokens; a nonce it did put there would still have to match.
        new("Cognito:Customers:Clients:Web:NonceValidation", nonceValidation),
    ];

    /// <summary>A fresh sign-in of <paramref name="username"/> through the <c>Other</c> client (USER_PASSWORD_AUTH), for its ID token.</summary>
    public async Task<CognitoTokens> SignInThroughOtherClientAsync(string username)
    {
        using var client = new CognitoAuthClient(Emulator.ClientOptions(PoolId, OtherClientId, otherClientSecret));
        var signedIn = await client.SignInWithPasswordAsync(username, Password);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        return signedIn.Tokens!;
    }

    private async Task CreateUserAsync(string username, string givenName)
    {
        await Emulator.Admin.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = PoolId,
            Username = username,
            MessageAction = MessageActionType.Suppress,
            UserAttributes =
            [
                new AttributeType { Name = "email", Value = username + "@example.com" },
                new AttributeType { Name = "given_name", Value = givenName },
            ],
        });
        await Emulator.Admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = PoolId, Username = username, Password = Password, Permanent = true });
    }
}
