using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.ConsoleSignUpSample;

// Quick-start console sample: sign up, confirm and sign in a user against a user pool.
public static class Program
{
    private const string ClientId = "ujzde8gxd6ncf10epf91dhodzd"; // expect: CTY0001
    private const string UserPoolId = "us-east-1_Xq3Lm9TbZ";
    private const string Username = "demo.user@example.com";
    private const string Password = "Passw0rd!2024";

    public static async Task RunAsync(string[] args)
    {
        using var client = new AmazonCognitoIdentityProviderClient(RegionEndpoint.USEast1);

        var signUp = new SignUpRequest
        {
            ClientId = ClientId, // expect: CTY0001
            Username = Username,
            Password = Password, // expect: CTY0002
            UserAttributes = new List<AttributeType>
            {
                new AttributeType { Name = "email", Value = Username },
                new AttributeType { Name = "name", Value = "Demo User" },
            },
        };

        var signUpResponse = await client.SignUpAsync(signUp);
        Console.WriteLine($"User sub: {signUpResponse.UserSub}, confirmed: {signUpResponse.UserConfirmed}");

        Console.Write("Enter the confirmation code sent to your email: ");
        var code = Console.ReadLine() ?? string.Empty;

        await client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = ClientId, // expect: CTY0001
            Username = Username,
            ConfirmationCode = code,
        });

        var auth = await client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                { "USERNAME", Username },
                { "PASSWORD", Password }, // expect: CTY0002
            },
        });

        Console.WriteLine($"Pool {UserPoolId}: access token {auth.AuthenticationResult.AccessToken}");
    }
}
