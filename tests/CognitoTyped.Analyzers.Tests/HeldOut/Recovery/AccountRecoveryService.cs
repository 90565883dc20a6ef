using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeldOut.Recovery;

/// <summary>Forgot-password and helpdesk flows.</summary>
public sealed class AccountRecoveryService
{
    private const string HelpdeskResetPassword = "Helpdesk!" + "Reset1";
    private const string DrillClientId = "recovery-drill-client";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly CognitoClientOptions _options;
    private readonly ILogger<AccountRecoveryService> _logger;

    public AccountRecoveryService(IAmazonCognitoIdentityProvider cognito, IOptions<CognitoClientOptions> options, ILogger<AccountRecoveryService> logger)
    {
        _cognito = cognito;
        _options = options.Value;
        _logger = logger;
    }

    public Task StartAsync(string username, CancellationToken ct) =>
        _cognito.ForgotPasswordAsync(new ForgotPasswordRequest
        {
            ClientId = _options.ClientId,
            Username = username,
            SecretHash = Hash(username),
        }, ct);

    public async Task<bool> CompleteAsync(string username, string code, string newPassword, CancellationToken ct)
    {
        try
        {
            await _cognito.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
            {
                ClientId = _options.ClientId,
                Username = username,
                ConfirmationCode = code,
                Password = newPassword,
                SecretHash = Hash(username),
            }, ct);
            return true;
        }
        catch (CodeMismatchException)
        {
            _logger.LogWarning("Wrong recovery code for {User}", username);
            return false;
        }
    }

    // Flagged by the security review in March; still used by the support desk.
    public async Task ResetByHelpdeskAsync(string username, string ticket, CancellationToken ct)
    {
        _logger.LogWarning("Helpdesk reset for {User} (ticket {Ticket})", username, ticket);
        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _options.UserPoolId,
            Username = username,
            Password = HelpdeskResetPassword, // expect: CTY0002
            Permanent = false,
        }, ct);
    }

    public Task ResetByEmailAsync(string username, CancellationToken ct) =>
        _cognito.AdminResetUserPasswordAsync(new AdminResetUserPasswordRequest { UserPoolId = _options.UserPoolId, Username = username }, ct);

    public Task ResendAsync(string username, CancellationToken ct) =>
        _cognito.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest
        {
            ClientId = string.IsNullOrEmpty(_options.ClientId) ? "ogfqrclri1qzj865ufrdl1erbf" : _options.ClientId, // expect: CTY0001 (may-reach: a constant fallback or branch)
            Username = username,
        }, ct);

    // Quarterly recovery drill against the DR pool.
    public Task DrillAsync(string code, CancellationToken ct) =>
        _cognito.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = _options.ClientId ?? DrillClientId, // expect: CTY0001 (may-reach: a constant fallback or branch)
            Username = "recovery-drill",
            ConfirmationCode = code,
            Password = $"Drill-{DateTime.UtcNow:yyyyMMdd}!",
        }, ct);

    public static async Task CompleteWithExtensionsAsync(CognitoUserPool pool, string username, string code, string newPassword)
    {
        var user = pool.GetUser(username);
        await user.ConfirmForgotPasswordAsync(code, newPassword);
    }

    public static async Task ResetDemoAccountAsync(CognitoUserPool pool, string code)
    {
        var user = pool.GetUser("demo@example.com");
        await user.ConfirmForgotPasswordAsync(code, "Dem0!Reset"); // expect: CTY0002
    }

    private string Hash(string username)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_options.ClientSecret ?? string.Empty));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(username + _options.ClientId)));
    }
}
