using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.ConsoleSignInFromEnvironment;

// Reads everything from the environment / console. Nothing here is hard-coded.
public static class Program
{
    private const string ClientIdVariable = "COGNITO_CLIENT_ID";
    private const string RegionVariable = "AWS_REGION";

    public static async Task<int> RunAsync(string[] args)
    {
        var clientId = Environment.GetEnvironmentVariable(ClientIdVariable)
            ?? throw new InvalidOperationException($"{ClientIdVariable} is not set");
        var region = Environment.GetEnvironmentVariable(RegionVariable) ?? "us-east-1";

        Console.Write("Username: ");
        var username = Console.ReadLine();
        Console.Write("Password: ");
        var password = ReadPassword();

        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Username and password are required.");
            return 1;
        }

        if (password == "password" || password == "12345678")
        {
            Console.Error.WriteLine("Please choose a stronger password next time.");
        }

        using var client = new AmazonCognitoIdentityProviderClient(RegionEndpoint.GetBySystemName(region));
        var request = new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        };
        request.AuthParameters.Add("USERNAME", username);
        request.AuthParameters.Add("PASSWORD", password);

        try
        {
            var response = await client.InitiateAuthAsync(request);
            Console.WriteLine(response.AuthenticationResult?.IdToken ?? $"Challenge: {response.ChallengeName}");
            return 0;
        }
        catch (NotAuthorizedException)
        {
            Console.Error.WriteLine("Incorrect username or password.");
            return 2;
        }
    }

    private static string ReadPassword()
    {
        var password = string.Empty;
        ConsoleKeyInfo key;
        while ((key = Console.ReadKey(intercept: true)).Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password = password[..^1];
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password += key.KeyChar;
            }
        }
        Console.WriteLine();
        return password;
    }
}
