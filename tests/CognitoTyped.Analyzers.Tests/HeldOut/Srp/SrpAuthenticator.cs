using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Options;

namespace HeldOut.Srp;

public interface ISecretSource
{
    Task<string> GetAsync(string name);
}

/// <summary>SRP sign-in through Amazon.Extensions.CognitoAuthentication.</summary>
public sealed class SrpAuthenticator(IAmazonCognitoIdentityProvider provider, IOptions<CognitoClientOptions> options)
{
    private static class SupportBot
    {
        public const string UserId = "support-bot";
        public const string Password = "Supp0rt!Bot";
    }

    private CognitoUserPool Pool => new(options.Value.UserPoolId, options.Value.ClientId, provider, options.Value.ClientSecret);

    public Task<AuthFlowResponse> SignInAsync(string username, string password)
    {
        var user = new CognitoUser(username, options.Value.ClientId, Pool, provider, options.Value.ClientSecret);
        return user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = password });
    }

    public Task<AuthFlowResponse> SignInSupportBotAsync()
    {
        var user = new CognitoUser(
            provider: provider,
            pool: Pool,
            clientSecret: "s0srpf8s3oym9x39t44tbpvom68yzawkpu9u5rsnsdbk9ew2d7y", // expect: CTY0003
            clientID: options.Value.ClientId,
            userID: SupportBot.UserId,
            username: "support-bot@example.com");
        return user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = SupportBot.Password }); // expect: CTY0002
    }

    public Task<AuthFlowResponse> CompleteFirstLoginAsync(CognitoUser user, AuthFlowResponse previous, string chosenPassword) =>
        user.RespondToNewPasswordRequiredAsync(new RespondToNewPasswordRequiredRequest
        {
            SessionID = previous.SessionID,
            NewPassword = chosenPassword,
        });

    public Task<AuthFlowResponse> CompleteFirstLoginForBotAsync(CognitoUser user, AuthFlowResponse previous) =>
        user.RespondToNewPasswordRequiredAsync(new RespondToNewPasswordRequiredRequest
        {
            SessionID = previous.SessionID,
            NewPassword = SupportBot.Password + "!", // expect: CTY0002
        });

    public Task<AuthFlowResponse> AdminNoSrpAsync(string username)
    {
        var user = new CognitoUser(username, options.Value.ClientId, Pool, provider);
        return user.StartWithAdminNoSrpAuthAsync(new InitiateAdminNoSrpAuthRequest { Password = "Adm!nNoSrp1" }); // expect: CTY0002
    }

    public async Task<CognitoUserPool> PoolWithManagedSecretAsync(ISecretSource secrets) =>
        new(options.Value.UserPoolId, options.Value.ClientId, provider, await secrets.GetAsync("cognito/app-secret"));

    public CognitoUserPool PoolWithSecretLiteral() => new(
        poolID: options.Value.UserPoolId,
        clientID: options.Value.ClientId,
        provider: provider,
        clientSecret: "exm8eygpnnhccfs4gignsuv1qbwqsdxu64sb0b17gw4d8nfsk1a"); // expect: CTY0003

    public CognitoUserPool PoolWithoutSecret() => new(
        poolID: options.Value.UserPoolId,
        clientID: options.Value.ClientId,
        provider: provider,
        clientSecret: null);
}
