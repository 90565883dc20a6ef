using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoTyped;
using Microsoft.Extensions.Logging;

namespace Hard.Logging;

/// <summary>Sign-in with diagnostics for the support team.</summary>
public sealed partial class DiagnosticSignIn
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly ILogger<DiagnosticSignIn> _logger;

    public DiagnosticSignIn(IAmazonCognitoIdentityProvider cognito, ILogger<DiagnosticSignIn> logger)
    {
        _cognito = cognito;
        _logger = logger;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Issued tokens for {User}: {AccessToken}")]
    private static partial void LogIssued(ILogger logger, string user, string accessToken);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Signed in {User}, expires in {Seconds}s")]
    private static partial void LogSignedIn(ILogger logger, string user, int seconds);

    public async Task<AuthenticationResultType?> SignInAsync(string clientId, string user, string password, CancellationToken ct)
    {
        _logger.LogDebug("Signing in {User} with client {ClientId}", user, clientId);
        try
        {
            var response = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = clientId,
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = { ["USERNAME"] = user, ["PASSWORD"] = password },
            }, ct);

            if (response.AuthenticationResult is { } result)
            {
                LogSignedIn(_logger, user, result.ExpiresIn ?? 0);
                LogIssued(_logger, user, result.AccessToken); // expect: CTY0005
                _logger.LogInformation("Refresh token for {User}: {Refresh}", user, result.RefreshToken); // expect: CTY0005
                _logger.LogInformation("Token type {Type}, id token length {Length}", result.TokenType, result.IdToken?.Length ?? 0);
                return result;
            }

            _logger.LogWarning("Challenge {Challenge} for {User}, session {Session}", response.ChallengeName, user, response.Session); // expect: CTY0005
            return null;
        }
        catch (NotAuthorizedException ex)
        {
            _logger.LogWarning(ex.Message);
            throw new InvalidOperationException($"Sign-in refused for {user} (password length {password.Length})", ex);
        }
    }

    public void Dump(CognitoTokens tokens)
    {
        var header = "tokens: " + tokens.IdToken;
        Console.WriteLine(header); // expect: CTY0005
        Debug.WriteLine($"expires {tokens.ExpiresAt:O}");
        Trace.TraceInformation("refresh={0}", tokens.RefreshToken); // expect: CTY0005
        using (_logger.BeginScope("Dump for {Hash}", tokens.AccessToken.GetHashCode()))
        {
            _logger.LogDebug("Has refresh token: {Has}", tokens.RefreshToken is not null);
        }
    }

    public void Fail(CognitoTokens tokens, string reason) =>
        throw new UnauthorizedAccessException($"Token rejected ({reason}): {tokens.AccessToken}"); // expect: CTY0005

    public void AuditPasswordChange(string user, [CognitoPassword] string newPassword)
    {
        _logger.LogInformation("Password changed for {User}", user);
        Console.Error.WriteLine("debug: " + newPassword); // expect: CTY0005
        Console.WriteLine("new password: {0}", newPassword); // expect: CTY0005
    }
}
