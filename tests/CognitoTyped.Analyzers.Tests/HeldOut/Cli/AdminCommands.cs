using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using HeldOut.Shared;

namespace HeldOut.Cli.Commands;

/// <summary>Entry points of the <c>cogadmin</c> tool; Program.cs just forwards args here.</summary>
public static class AdminCommands
{
    public static async Task<int> RunAsync(string[] args, IAmazonCognitoIdentityProvider cognito)
    {
        var command = args.Length > 0 ? args[0] : "help";
        return command switch
        {
            "create-tester" when args.Length > 1 => await CreateTesterAsync(cognito, args[1]),
            "unlock" when args.Length > 2 => await UnlockAsync(cognito, args[1], args[2]),
            "smoke" => await SmokeAsync(cognito),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.WriteLine("cogadmin create-tester <email> | unlock <user> <password> | smoke");
        return 2;
    }

    private static async Task<int> CreateTesterAsync(IAmazonCognitoIdentityProvider cognito, string email)
    {
        await cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            Username = email,
            TemporaryPassword = @"Tester\Pass1!", // expect: CTY0002
            DesiredDeliveryMediums = new List<string> { DeliveryMediumType.EMAIL },
        });

        // Testers skip the FORCE_CHANGE_PASSWORD state.
        await cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            Username = email,
            Password = """Tester"Perm4nent!""", // expect: CTY0002
            Permanent = true,
        });
        return 0;
    }

    private static async Task<int> UnlockAsync(IAmazonCognitoIdentityProvider cognito, string username, string password)
    {
        await cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            Username = username,
            Password = password,
            Permanent = true,
        });
        return 0;
    }

    private static async Task<int> SmokeAsync(IAmazonCognitoIdentityProvider cognito)
    {
        const string smokeUser = "smoke@example.com";
        var request = new AdminInitiateAuthRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = CognitoDefaults.AdminClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
        };
        request.AuthParameters.Add(CognitoDefaults.UsernameKey, smokeUser);
        request.AuthParameters.Add(CognitoDefaults.PasswordKey, CognitoDefaults.SmokeTestPassword); // expect: CTY0002
        request.AuthParameters.Add(CognitoDefaults.SecretHashKey, Hash(smokeUser, Environment.GetEnvironmentVariable("COGNITO_ADMIN_SECRET") ?? ""));

        var response = await cognito.AdminInitiateAuthAsync(request);
        Console.WriteLine(response.AuthenticationResult is null ? "FAIL" : "OK");
        return response.AuthenticationResult is null ? 1 : 0;
    }

    private static string Hash(string username, string key)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(username + CognitoDefaults.AdminClientId));
        return Convert.ToBase64String(digest);
    }
}
