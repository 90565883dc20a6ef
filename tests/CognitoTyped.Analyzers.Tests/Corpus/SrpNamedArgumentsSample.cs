using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;

namespace Corpus.SrpNamedArgumentsSample;

public class AccountFlows
{
    private readonly IAmazonCognitoIdentityProvider _provider;

    public AccountFlows(IAmazonCognitoIdentityProvider provider) => _provider = provider;

    public async Task RegisterTestUsersAsync()
    {
        var pool = new CognitoUserPool(
            poolID: "eu-central-1_Q9wE8rT7y",
            clientID: "mobile-app",                                       // expect: CTY0001
            provider: _provider,
            clientSecret: "rtaebog43yq15i5latjpuu3xf6mzkp0ec498uk1geqfng052loi"); // expect: CTY0003

        var attributes = new Dictionary<string, string>
        {
            ["email"] = "qa+1@example.org",
            ["given_name"] = "QA",
        };

        await pool.SignUpAsync("qa-user-1", "Qa-Passw0rd-1", attributes, new Dictionary<string, string>()); // expect: CTY0002
        await pool.SignUpAsync(userID: "qa-user-2", password: "Qa-Passw0rd-2", userAttributes: attributes, validationData: null!); // expect: CTY0002
    }

    public async Task RotateQaPasswordAsync(CognitoUserPool pool)
    {
        var user = new CognitoUser(
            userID: "qa-user-1",
            clientID: pool.ClientID,
            pool: pool,
            provider: _provider,
            clientSecret: "03p8hssrrxqqm2plppjsmuezqp67og3cga4o2xcsohdmmex6l2q", // expect: CTY0003
            username: "qa-user-1");

        await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = "Qa-Passw0rd-1" }); // expect: CTY0002
        await user.ChangePasswordAsync("Qa-Passw0rd-1", "Qa-Passw0rd-1b"); // expect: CTY0002, CTY0002
    }

    public async Task CompleteResetAsync(CognitoUser user, string code)
    {
        await user.ConfirmForgotPasswordAsync(code, "Qa-Reset-Passw0rd"); // expect: CTY0002
    }

    public async Task CompleteResetAsync(CognitoUser user, string code, string newPassword)
    {
        await user.ConfirmForgotPasswordAsync(confirmationCode: code, newPassword: newPassword);
        await user.ConfirmForgotPasswordAsync(newPassword: newPassword, confirmationCode: "123456");
    }

    public Task SignUpAsync(CognitoUserPool pool, string username, string password, string email) =>
        pool.SignUpAsync(username, password, new Dictionary<string, string> { ["email"] = email }, null!);

    public Task ChangeAsync(CognitoUser user, string oldPassword, string newPassword) =>
        user.ChangePasswordAsync(oldPass: oldPassword, newPass: newPassword);
}
