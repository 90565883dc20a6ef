using System;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;

namespace Corpus.ConstantExpressions;

// Seasonal demo accounts for the sales team; passwords are built from constants.
public class SalesDemoAccounts
{
    private const string Season = "Spring";
    private const string Year = "2024";
    private const string Symbol = "!";
    private const string ClientPrefix = "sales-";
    private const string ClientSuffix = "demo";
    private const string SecretStem = "sales-demo";

    private readonly IAmazonCognitoIdentityProvider _cognito;

    public SalesDemoAccounts(IAmazonCognitoIdentityProvider cognito) => _cognito = cognito;

    public Task ResetAsync(string poolId, string username) =>
        _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = poolId,
            Username = username,
            Password = Season + Year + Symbol, // expect: CTY0002
            Permanent = true,
        });

    public Task SignUpAsync(string username) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientPrefix + ClientSuffix, // expect: CTY0001
            Username = username,
            Password = $"{Season}{Year}{Symbol}", // expect: CTY0002
        });

    public Task SignUpWithYearAsync(string username) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = $"{ClientPrefix}{ClientSuffix}", // expect: CTY0001
            Username = username,
            Password = Season + DateTime.UtcNow.Year + Symbol,
        });

    public Task SignUpWithConcatAsync(string username, string suffix) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientPrefix + suffix,
            Username = username,
            Password = string.Concat(Season, Year, Symbol),
        });

    public CognitoUserPool CreatePool(IAmazonCognitoIdentityProvider provider) =>
        new CognitoUserPool("us-east-1_S4l3sD3m0", ClientPrefix + ClientSuffix, provider, SecretStem + "-" + Year); // expect: CTY0001, CTY0003

    public CognitoUserPool CreatePoolWithInterpolatedSecret(IAmazonCognitoIdentityProvider provider) =>
        new CognitoUserPool("us-east-1_S4l3sD3m0", ClientPrefix + ClientSuffix, provider, $"{SecretStem}-{Year}"); // expect: CTY0001, CTY0003

    public CognitoUserPool CreatePoolWithRuntimeSecret(IAmazonCognitoIdentityProvider provider, string environment) =>
        new CognitoUserPool("us-east-1_S4l3sD3m0", $"{ClientPrefix}{environment}", provider, $"{SecretStem}-{environment}");
}
