using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using MyShop.Identity.Generated;

namespace Corpus.ConfidentialClientSetup;

// Back-end for front-end service using a confidential app client.
public sealed class BffAuthGateway
{
    private const string UserPoolId = "us-east-1_Bff7Gw8Ys";
    private const string BffClientId = "bff-gateway";
    private const string ClientSecret = "qpno35ye4scmejvqtia4d5rgn5s7s333h9mtf4bs3e62rynnefj"; // expect: CTY0003

    private readonly IAmazonCognitoIdentityProvider _provider;
    private readonly CustomersWebClient _customers;

    public BffAuthGateway(IAmazonCognitoIdentityProvider provider)
    {
        _provider = provider;
        _customers = new CustomersWebClient(
            BffClientId, // expect: CTY0001
            ClientSecret); // expect: CTY0003
    }

    public CognitoUserPool CreatePool() =>
        new CognitoUserPool(UserPoolId, BffClientId, _provider, ClientSecret); // expect: CTY0001, CTY0003

    public CognitoUser CreateUser(string username) =>
        new CognitoUser(username, BffClientId, CreatePool(), _provider, clientSecret: ClientSecret); // expect: CTY0001, CTY0003

    public Task RevokeAsync(string refreshToken) =>
        _provider.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = BffClientId, // expect: CTY0001
            ClientSecret = ClientSecret, // expect: CTY0003
            Token = refreshToken,
        });

    public Task<SignInResult> SignInAsync(string username, string password) => _customers.SignInAsync(username, password);
}
