using System;
using System.Threading;
using System.Threading.Tasks;
using CognitoTyped;
using HeldOut.Generated;
using Microsoft.Extensions.Options;

namespace HeldOut.Shop;

public interface IGuestVault
{
    bool TryGet(out string password);
}

/// <summary>Wraps the generated <see cref="ShopMobileClient"/>.</summary>
public sealed class CheckoutAuthenticator
{
    private readonly ShopMobileClient _client;

    public CheckoutAuthenticator(IOptions<CognitoClientOptions> options)
    {
        _client = new ShopMobileClient(options.Value.ClientId, options.Value.ClientSecret);
    }

    public Task<SignInResult> SignInAsync(string email, string password, CancellationToken ct) =>
        _client.SignInAsync(email, password, ct);
}

public static class ShopClientFactory
{
    public static ShopMobileClient ForStoreDemo() => new("store-demo-client"); // expect: CTY0001

    public static ShopMobileClient ForKiosk() => new(
        clientId: "rpyz21tbic145aez732pgojj7g", // expect: CTY0001
        clientSecret: "s3bjqzap10oolh31uqg0pzkq143b07luay5gcq8nkm7wg38n46b"); // expect: CTY0003

    public static ShopMobileClient FromEnvironment() => new(
        Environment.GetEnvironmentVariable("SHOP_CLIENT_ID") ?? throw new InvalidOperationException("SHOP_CLIENT_ID"),
        Environment.GetEnvironmentVariable("SHOP_CLIENT_SECRET"));
}

public sealed class GuestCheckout(ShopMobileClient client)
{
    private static readonly string ResetPassword = "R3set-" + "Shop!";

    public async Task<SignInResult> ContinueAsGuestAsync(CancellationToken ct)
    {
        var guestPassword = "Gu3st-Checkout!";
        return await client.SignInAsync("guest@shop.example", guestPassword, ct); // expect: CTY0002
    }

    public async Task<SignInResult> ContinueAsReturningGuestAsync(IGuestVault vault, CancellationToken ct)
    {
        var password = "Gu3st-Checkout!";
        if (vault.TryGet(out var stored))
        {
            password = stored;
        }

        return await client.SignInAsync("guest@shop.example", password, ct);
    }

    public Task<SignInResult> SignInTesterAsync(bool european, CancellationToken ct)
    {
        string password = "Tester-US!1";
        if (european)
        {
            password = "Tester-EU!1";
        }

        return client.SignInAsync(european ? "tester-eu" : "tester-us", password, ct); // expect: CTY0002
    }

    public Task RegisterAsync(string email, string password, CancellationToken ct) =>
        client.SignUpAsync(new ShopSignUp { Email = email }, password, ct);

    public Task RegisterDemoAsync(CancellationToken ct) =>
        client.SignUpAsync(new ShopSignUp { Email = "demo@shop.example", DisplayName = "Demo" }, "Dem0-Shopper!", ct); // expect: CTY0002

    public Task RotateAsync(string accessToken, string current, CancellationToken ct) =>
        client.ChangePasswordAsync(accessToken, current, "Rotated#2024", ct); // expect: CTY0002

    public Task RotateFixtureAsync(string accessToken, CancellationToken ct) =>
        client.ChangePasswordAsync(
            accessToken,
            "Old#Shop1", // expect: CTY0002
            "New#Shop2", // expect: CTY0002
            ct);

    public Task ResetAsync(string username, string code, CancellationToken ct) =>
        client.ConfirmForgotPasswordAsync(username, code, ResetPassword, ct); // expect: CTY0002

    public Task ResetWithUserChoiceAsync(string username, string code, string chosen, CancellationToken ct) =>
        client.ConfirmForgotPasswordAsync(username, code, chosen, ct);
}
