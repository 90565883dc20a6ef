using System;
using System.Threading;
using System.Threading.Tasks;
using CognitoTyped;
using MyShop.Identity.Generated;

namespace Corpus.CognitoTypedClientUsage;

// Console tool that exercises the generated CustomersWebClient against the dev pool.
public static class DevSmokeTool
{
    public static async Task RunAsync(CancellationToken ct)
    {
        var client = new CustomersWebClient("qfoeqh3av90ric7phkqdlmtt7n"); // expect: CTY0001

        await client.SignUpAsync(new CustomersSignUp { Username = "smoke1", Email = "smoke1@example.com" }, "Sm0ke-Test-Pass!", ct); // expect: CTY0002
        var result = await client.SignInAsync("smoke1", "Sm0ke-Test-Pass!", ct); // expect: CTY0002

        if (result.Succeeded && result.AccessToken is { } token)
        {
            await client.ChangePasswordAsync(token, "Sm0ke-Test-Pass!", "Sm0ke-Test-Pass-2!", ct); // expect: CTY0002, CTY0002
        }

        var confidential = new CustomersWebClient("storefront-backend", "j7g3f9caioctiq71hget7myqoaa8t3rup47p9pb0tdbm50fqo1x"); // expect: CTY0001, CTY0003
        var withNamedSecret = new CustomersWebClient(
            clientSecret: "staging-secret", // expect: CTY0003
            clientId: "staging-client"); // expect: CTY0001

        await confidential.ConfirmForgotPasswordAsync("smoke1", "000000", "Res3t-Passw0rd!", ct); // expect: CTY0002
        await withNamedSecret.ForgotPasswordAsync("smoke1", ct);
    }
}

// Production code: everything arrives from the caller or configuration.
public sealed class CustomerAccountService
{
    private readonly CustomersWebClient _client;

    public CustomerAccountService(CognitoClientOptions options)
    {
        _client = new CustomersWebClient(options.ClientId, options.ClientSecret);
    }

    public Task<SignInResult> SignInAsync(string username, string password, CancellationToken ct) =>
        _client.SignInAsync(username, password, ct);

    public Task RegisterAsync(CustomersSignUp model, string password, CancellationToken ct)
    {
        if (password.Contains(model.Username, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Password must not contain the username.", nameof(password));
        }
        return _client.SignUpAsync(model, password, ct);
    }

    public Task ChangePasswordAsync(string accessToken, string current, string proposed, CancellationToken ct) =>
        _client.ChangePasswordAsync(accessToken, previousPassword: current, proposedPassword: proposed, ct: ct);

    public Task SignInWithoutPasswordAsync(string username, CancellationToken ct) =>
        _client.SignInAsync(username, string.Empty, ct);
}
