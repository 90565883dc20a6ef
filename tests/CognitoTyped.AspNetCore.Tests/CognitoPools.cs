using System.Globalization;
using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// Two user pools on one real cognito-local, with real users and real tokens: <c>Customers</c> (app clients <c>web</c>, which
/// the apps configure, <c>other</c>, which they do not, and <c>short</c>, whose tokens live three seconds; group <c>admins</c>
/// with alice in it, bob not) and <c>Partners</c> (client <c>web</c>, user carol).
/// </summary>
public sealed class CognitoPools : IAsyncLifetime
{
    public const string Password = "Correct-horse-9";

    /// <summary>Access tokens of client <c>short</c> expire this long after issue.</summary>
    public static readonly TimeSpan ShortTokenLifetime = TimeSpan.FromSeconds(3);

    public CognitoLocalFixture Emulator { get; } = new();

    public Pool Customers { get; private set; } = null!;

    public Pool Partners { get; private set; } = null!;

    public string CustomersOtherClientId { get; private set; } = null!;

    public string CustomersShortClientId { get; private set; } = null!;

    /// <summary>Alice's tokens from Customers' <c>web</c> client; she is in <c>admins</c>.</summary>
    public CognitoTokens Alice { get; private set; } = null!;

    /// <summary>Bob's tokens from Customers' <c>web</c> client; he is in no group.</summary>
    public CognitoTokens Bob { get; private set; } = null!;

    /// <summary>Alice's tokens from Customers' <c>other</c> client (same pool, a client the apps do not configure).</summary>
    public CognitoTokens AliceViaOtherClient { get; private set; } = null!;

    /// <summary>Carol's tokens from Partners' <c>web</c> client.</summary>
    public CognitoTokens Carol { get; private set; } = null!;

    public sealed record Pool(string Name, string PoolId, string WebClientId);

    public async Task InitializeAsync()
    {
        await Emulator.InitializeAsync();
        var (customersId, customersWeb) = await Emulator.CreatePasswordPoolAsync("customers");
        Customers = new Pool("Customers", customersId, customersWeb);
        CustomersOtherClientId = await AddClientAsync(customersId, "other");
        CustomersShortClientId = await AddClientAsync(customersId, "short", request =>
        {
            request.AccessTokenValidity = (int)ShortTokenLifetime.TotalSeconds;
            request.TokenValidityUnits = new TokenValidityUnitsType { AccessToken = TimeUnitsType.Seconds };
        });
        await Emulator.Admin.CreateGroupAsync(new CreateGroupRequest { UserPoolId = customersId, GroupName = "admins" });
        Alice = await SignUpAndSignInAsync(customersId, customersWeb, "alice");
        await Emulator.Admin.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = customersId, Username = "alice", GroupName = "admins" });
        // Signed in again after joining the group, so the token carries cognito:groups.
        Alice = await SignInAsync(customersId, customersWeb, "alice");
        Bob = await SignUpAndSignInAsync(customersId, customersWeb, "bob");
        AliceViaOtherClient = await SignInAsync(customersId, CustomersOtherClientId, "alice");

        var (partnersId, partnersWeb) = await Emulator.CreatePasswordPoolAsync("partners");
        Partners = new Pool("Partners", partnersId, partnersWeb);
        Carol = await SignUpAndSignInAsync(partnersId, partnersWeb, "carol");
    }

    public Task DisposeAsync() => Emulator.DisposeAsync();

    /// <summary>The issuer cognito-local writes into its tokens: the address it was called on, then the pool ID.</summary>
    public string IssuerOf(string poolId) => $"http://127.0.0.1:{Emulator.Url.Port.ToString(CultureInfo.InvariantCulture)}/{poolId}";

    /// <summary>Configuration <c>Cognito:{Pool}</c> for a pool of this emulator, its <c>web</c> client configured.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationOf(Pool pool) =>
    [
        new($"Cognito:{pool.Name}:UserPoolId", pool.PoolId),
        new($"Cognito:{pool.Name}:Issuer", IssuerOf(pool.PoolId)),
        new($"Cognito:{pool.Name}:ServiceUrl", Emulator.Url.AbsoluteUri),
        new($"Cognito:{pool.Name}:Clients:Web:ClientId", pool.WebClientId),
    ];

    /// <summary>A fresh sign-in of <paramref name="username"/> through any client of the pool.</summary>
    public async Task<CognitoTokens> SignInAsync(string poolId, string clientId, string username)
    {
        using var client = new CognitoAuthClient(Emulator.ClientOptions(poolId, clientId));
        var signedIn = await client.SignInWithPasswordAsync(username, Password);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        return signedIn.Tokens!;
    }

    private async Task<CognitoTokens> SignUpAndSignInAsync(string poolId, string clientId, string username)
    {
        using var client = new CognitoAuthClient(Emulator.ClientOptions(poolId, clientId));
        await client.SignUpAsync(username, Password, [new("email", username + "@example.com")]);
        await Emulator.Admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = poolId, Username = username });
        return await SignInAsync(poolId, clientId, username);
    }

    private async Task<string> AddClientAsync(string poolId, string name, Action<CreateUserPoolClientRequest>? configure = null)
    {
        var request = new CreateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientName = name,
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        };
        configure?.Invoke(request);
        var created = await Emulator.Admin.CreateUserPoolClientAsync(request);
        return created.UserPoolClient!.ClientId!;
    }
}
