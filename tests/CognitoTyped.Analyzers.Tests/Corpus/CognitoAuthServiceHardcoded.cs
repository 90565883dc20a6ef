using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.CognitoAuthServiceHardcoded;

// "Works on my machine" version of an auth wrapper, copied from a tutorial.
public class CognitoUserService
{
    private const string PoolId = "eu-west-1_Jk8Pz2QwE";
    private const string AppClientId = "YOUR_APP_CLIENT_ID";
    private const string AppClientSecret = "qxi6rhxo55zbka52ztj0wyuhvauvzhmasqxezyex1rdrgdsjpr1"; // expect: CTY0003

    private readonly AmazonCognitoIdentityProviderClient _provider =
        new AmazonCognitoIdentityProviderClient(RegionEndpoint.EUWest1);

    public async Task<bool> SignUpAsync(string email, string password)
    {
        var response = await _provider.SignUpAsync(new SignUpRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            SecretHash = GetSecretHash(email),
            Username = email,
            Password = password,
        });
        return response.UserConfirmed == true;
    }

    public async Task<string?> SignInAsync(string email, string password)
    {
        var response = await _provider.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                { "USERNAME", email },
                { "PASSWORD", password },
                { "SECRET_HASH", GetSecretHash(email) },
            },
        });
        return response.AuthenticationResult?.AccessToken;
    }

    public Task ConfirmAsync(string email, string code) =>
        _provider.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            SecretHash = GetSecretHash(email),
            Username = email,
            ConfirmationCode = code,
        });

    public Task ForgotPasswordAsync(string email) =>
        _provider.ForgotPasswordAsync(new ForgotPasswordRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            SecretHash = GetSecretHash(email),
            Username = email,
        });

    public Task ConfirmForgotPasswordAsync(string email, string code, string newPassword) =>
        _provider.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            SecretHash = GetSecretHash(email),
            Username = email,
            ConfirmationCode = code,
            Password = newPassword,
        });

    public Task ResendCodeAsync(string email) =>
        _provider.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest
        {
            ClientId = AppClientId, // expect: CTY0001
            SecretHash = GetSecretHash(email),
            Username = email,
        });

    private static string GetSecretHash(string username)
    {
        var message = Encoding.UTF8.GetBytes(username + AppClientId);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(AppClientSecret));
        return Convert.ToBase64String(hmac.ComputeHash(message));
    }

    public override string ToString() => $"CognitoUserService({PoolId})";
}
