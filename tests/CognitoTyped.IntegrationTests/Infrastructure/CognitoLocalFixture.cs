using Amazon.Runtime;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Sample.Emulator;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>
/// A real cognito-local (npm, pinned by the committed lock file) on 127.0.0.1, on a free port, with a fresh data folder
/// and a fixed confirmation code; one per test class. The launcher is the sample's own, linked in.
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

    /// <summary>Options for an app client of a pool on this emulator.</summary>
    public CognitoClientOptions ClientOptions(string userPoolId, string clientId, string? clientSecret = null) => new()
    {
        UserPoolId = userPoolId,
        ClientId = clientId,
        ClientSecret = clientSecret,
        ServiceUrl = Url,
    };
}
