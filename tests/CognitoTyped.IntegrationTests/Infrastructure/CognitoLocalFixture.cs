using Amazon.Runtime;
using CognitoTyped.Emulator;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>
/// A real cognito-local (npm, pinned by the committed lock file) on 127.0.0.1, on a free port, with a fresh data folder
/// and a fixed confirmation code; one per test class. The launcher is the sample's own (CognitoTyped.Emulator).
/// </summary>
public sealed class CognitoLocalFixture : IAsyncLifetime
{
    /// <summary>The code cognito-local sends for every confirmation (its CODE setting).</summary>
    public const string ConfirmationCode = "123456";

    private CognitoLocalProcess? _emulator;

    public Uri Url => _emulator?.Url ?? throw new InvalidOperationException("cognito-local is not started.");

    public CognitoIdentityProviderClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _emulator = await CognitoLocalProcess.StartAsync(RepositoryPaths.CognitoLocalPackage, ConfirmationCode);
        Admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = Url,
            Credentials = new BasicAWSCredentials("local", "local"),
        });
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>
    /// Creates a user pool with a fresh name (usernames are plain usernames unless <paramref name="configure"/> says otherwise)
    /// and one public app client that allows USER_PASSWORD_AUTH and refresh.
    /// </summary>
    /// <param name="namePrefix">The start of the pool's name, to tell the test's pools apart.</param>
    /// <param name="configure">Changes to the pool request, e.g. its MFA configuration.</param>
    /// <returns>The pool ID and the app client ID.</returns>
    public async Task<(string PoolId, string ClientId)> CreatePasswordPoolAsync(string namePrefix, Action<CreateUserPoolRequest>? configure = null)
    {
        var request = new CreateUserPoolRequest { PoolName = namePrefix + "-" + Guid.NewGuid().ToString("N")[..8], UsernameAttributes = [] };
        configure?.Invoke(request);
        var pool = await Admin.CreateUserPoolAsync(request);
        var poolId = pool.UserPool!.Id!;
        var client = await Admin.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientName = "web",
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        });
        return (poolId, client.UserPoolClient!.ClientId!);
    }

    /// <summary>Options for an app client of a pool on this emulator.</summary>
    public CognitoClientOptions ClientOptions(string userPoolId, string clientId, string? clientSecret = null) => new()
    {
        UserPoolId = userPoolId,
        ClientId = clientId,
        ClientSecret = clientSecret,
        ServiceUrl = Url,
    };
}
