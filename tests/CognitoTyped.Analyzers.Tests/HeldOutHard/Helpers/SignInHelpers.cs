using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Hard.Generated;
using Microsoft.Extensions.Configuration;

namespace Hard.Helpers;

/// <summary>Helpers the QA team uses from their test projects and from the admin console.</summary>
public sealed class QaCognitoHelpers
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public QaCognitoHelpers(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    public Task CreateQaUserAsync(string poolId, string username, string temporaryPassword = "Qa-Temp-Passw0rd!", CancellationToken ct = default) => // expect: CTY0002
        _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = poolId,
            Username = username,
            TemporaryPassword = temporaryPassword, // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
        }, ct);

    public Task<SignInResult> SignInQaAsync(ShopMobileClient client, string username = "qa@shop.example", string secret = "Qa-Shop-Passw0rd!") => // expect: CTY0002
        client.SignInAsync(username, secret); // expect: CTY0002

    public Task<InitiateAuthResponse> SignInAsync(string username, string password, string flow = "USER_PASSWORD_AUTH", CancellationToken ct = default) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:Qa:ClientId"],
            AuthFlow = new AuthFlowType(flow),
            AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
        }, ct);

    public Task<SignUpResponse> SignUpAsync(string email, bool useFixture, string? password, CancellationToken ct) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = _configuration["Cognito:Qa:ClientId"],
            Username = email,
            Password = useFixture ? "Fixture-Passw0rd!" : password, // expect: CTY0002
        }, ct);

    public CognitoUserPool Pool(string environment, IAmazonCognitoIdentityProvider provider) =>
        new CognitoUserPool(
            _configuration["Cognito:Qa:UserPoolId"],
            environment switch // expect: CTY0001
            {
                "ci" => "c1qap00la1b2c3d4e5f6g7h8i9",
                _ => _configuration["Cognito:Qa:ClientId"],
            },
            provider);

    public Task<SignUpResponse> SignUpFromInputAsync(string email, CancellationToken ct) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = _configuration["Cognito:Qa:ClientId"],
            Username = email,
            Password = Console.ReadLine() ?? string.Empty,
        }, ct);

    public void Describe(string label = "Qa-Label-Not-A-Password") => Console.WriteLine(label);
}
