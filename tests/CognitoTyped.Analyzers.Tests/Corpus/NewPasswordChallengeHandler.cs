using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Options;

namespace Corpus.NewPasswordChallengeHandler;

public sealed class ChallengeOptions
{
    public string ClientId { get; set; } = string.Empty;
}

public static class ChallengeKeys
{
    public const string Username = "USERNAME";
    public const string NewPassword = "NEW_PASSWORD";
    public const string Password = "PASSWORD";
    public const string SecretHash = "SECRET_HASH";
}

public sealed class NewPasswordChallengeHandler
{
    private const string KioskPassword = "Kiosk-Mode-2024";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly ChallengeOptions _options;

    public NewPasswordChallengeHandler(IAmazonCognitoIdentityProvider cognito, IOptions<ChallengeOptions> options)
    {
        _cognito = cognito;
        _options = options.Value;
    }

    public Task<RespondToAuthChallengeResponse> CompleteAsync(string username, string session, string newPassword, CancellationToken ct)
    {
        var responses = new Dictionary<string, string>
        {
            [ChallengeKeys.Username] = username,
            [ChallengeKeys.NewPassword] = newPassword,
        };

        return _cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = _options.ClientId,
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses = responses,
        }, ct);
    }

    // Kiosk devices are provisioned with a known password on first boot.
    public Task<RespondToAuthChallengeResponse> CompleteKioskAsync(string username, string session, CancellationToken ct)
    {
        var responses = new Dictionary<string, string>();
        responses[ChallengeKeys.Username] = username;
        responses[ChallengeKeys.NewPassword] = KioskPassword; // expect: CTY0002

        return _cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = _options.ClientId,
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses = responses,
        }, ct);
    }

    public async Task<AuthenticationResultType?> KioskSignInAsync(string username, CancellationToken ct)
    {
        var parameters = new Dictionary<string, string>();
        parameters.Add(ChallengeKeys.Username, username);
        parameters.Add(ChallengeKeys.Password, KioskPassword); // expect: CTY0002

        var response = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _options.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = parameters,
        }, ct);
        return response.AuthenticationResult;
    }
}
