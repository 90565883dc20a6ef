using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Hard2.Generated;

namespace Hard2.Mobile;

public static class AppConstants
{
    public const string Region = "us-west-2";
    public const string PoolId = "us-west-2_M0b1leP0l";
    public static readonly string AppClientId = Environment.GetEnvironmentVariable("APP_CLIENT_ID") ?? "m0b1leapp1b2c3d4e5f6g7h8i9"; // expect: CTY0001
}

public sealed record DemoLogin(string Email = "demo@mobile.example", string Password = "Dem0-M0bile-App!"); // expect: CTY0002

public sealed class LoginPageModel
{
    private readonly ShopMobileClient _client;
    private readonly IAmazonCognitoIdentityProvider _provider;

    public LoginPageModel(ShopMobileClient client, IAmazonCognitoIdentityProvider provider)
    {
        _client = client;
        _provider = provider;
    }

    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool UseDemo { get; set; }

    public async Task<string?> LoginAsync()
    {
        var demo = new DemoLogin();
        var result = UseDemo
            ? await _client.SignInAsync(demo.Email, demo.Password) // expect: CTY0002
            : await _client.SignInAsync(Email, Password);
        if (!result.Succeeded)
        {
            Console.WriteLine($"Login failed for {Email}, challenge {result.ChallengeName}");
            return null;
        }

        return result.AccessToken;
    }

    public CognitoUserPool CreatePool() =>
        new CognitoUserPool(AppConstants.PoolId, AppConstants.AppClientId, _provider); // expect: CTY0001

    public Task SrpAsync(CognitoUser user, string? typed) =>
        user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = typed ?? "Srp-Fallback-Pass1" }); // expect: CTY0002

    public void ShowSession(AuthFlowResponse response) =>
        Console.WriteLine("Session: " + response.SessionID); // expect: CTY0005
}
