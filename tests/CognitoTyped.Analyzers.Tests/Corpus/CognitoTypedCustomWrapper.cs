using System.Threading;
using System.Threading.Tasks;
using CognitoTyped;
using MyShop.Identity.Generated;

namespace Corpus.CognitoTypedCustomWrapper;

// Hand-written wrapper that opts into the CognitoTyped annotations so callers get checked too.
public sealed class BackOfficeSession
{
    [CognitoClientId] private readonly string _clientId;
    [CognitoClientSecret] private readonly string _signingSecret = "backoffice-signing-secret"; // expect: CTY0003

    public BackOfficeSession([CognitoClientId] string clientId) => _clientId = clientId;

    [CognitoPassword] public string? BreakGlassPassword { get; set; }

    public Task<bool> LoginAsync(string username, [CognitoPassword] string password, CancellationToken ct = default) =>
        Task.FromResult(password.Length > 0 && _clientId.Length > 0 && _signingSecret.Length > 0);
}

public static class BackOfficeBootstrap
{
    public static async Task RunAsync(string clientIdFromVault, string operatorPassword)
    {
        var session = new BackOfficeSession("backoffice-ui"); // expect: CTY0001
        var configured = new BackOfficeSession(clientIdFromVault);

        await session.LoginAsync("operator", "Op3rator!"); // expect: CTY0002
        await configured.LoginAsync("operator", operatorPassword);

        session.BreakGlassPassword = "Br3ak-Gl4ss!"; // expect: CTY0002
        configured.BreakGlassPassword = operatorPassword;

        var admin = new BackOfficeAdminClient("backoffice-admin", "us-east-1_Tg5Fr4De3"); // expect: CTY0001
        await admin.CreateUserAsync("new.hire", "new.hire@contoso.com", "Welcome-2024!"); // expect: CTY0002
        await admin.SetPasswordAsync("new.hire", operatorPassword);
        await admin.SetPasswordAsync("svc-reporting", password: "Rep0rting!Svc", permanent: true); // expect: CTY0002
    }
}
