using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corpus.CognitoAuthService;

public sealed class CognitoSettings
{
    public const string SectionName = "Cognito";

    public string Region { get; set; } = "us-east-1";
    public string UserPoolId { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = "";
    public string? Domain { get; set; }
}

public interface IAuthService
{
    Task<string> RegisterAsync(string email, string password, CancellationToken ct = default);
    Task<AuthenticationResultType?> LoginAsync(string email, string password, CancellationToken ct = default);
    Task ConfirmAsync(string email, string code, CancellationToken ct = default);
    Task ResetPasswordAsync(string email, string code, string newPassword, CancellationToken ct = default);
}

// Typical options-based wrapper: everything secret comes from IOptions<CognitoSettings>.
public sealed class CognitoAuthService : IAuthService
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly CognitoSettings _settings;
    private readonly ILogger<CognitoAuthService> _logger;

    public CognitoAuthService(IAmazonCognitoIdentityProvider cognito, IOptions<CognitoSettings> options, ILogger<CognitoAuthService> logger)
    {
        _cognito = cognito;
        _settings = options.Value;
        _logger = logger;
    }

    public async Task<string> RegisterAsync(string email, string password, CancellationToken ct = default)
    {
        var request = new SignUpRequest
        {
            ClientId = _settings.ClientId,
            SecretHash = ComputeSecretHash(email),
            Username = email,
            Password = password,
        };
        request.UserAttributes.Add(new AttributeType { Name = "email", Value = email });

        var response = await _cognito.SignUpAsync(request, ct);
        _logger.LogInformation("Registered {Email} with client {ClientId}", email, _settings.ClientId);
        return response.UserSub;
    }

    public async Task<AuthenticationResultType?> LoginAsync(string email, string password, CancellationToken ct = default)
    {
        var request = new InitiateAuthRequest
        {
            ClientId = _settings.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters =
            {
                ["USERNAME"] = email,
                ["PASSWORD"] = password,
                ["SECRET_HASH"] = ComputeSecretHash(email),
            },
        };

        try
        {
            var response = await _cognito.InitiateAuthAsync(request, ct);
            return response.AuthenticationResult;
        }
        catch (NotAuthorizedException ex)
        {
            _logger.LogWarning("Login failed for {Email}: {Message}", email, ex.Message);
            return null;
        }
    }

    public Task ConfirmAsync(string email, string code, CancellationToken ct = default) =>
        _cognito.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = _settings.ClientId,
            SecretHash = ComputeSecretHash(email),
            Username = email,
            ConfirmationCode = code,
        }, ct);

    public Task ResetPasswordAsync(string email, string code, string newPassword, CancellationToken ct = default) =>
        _cognito.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = _settings.ClientId,
            SecretHash = ComputeSecretHash(email),
            Username = email,
            ConfirmationCode = code,
            Password = newPassword,
        }, ct);

    private string ComputeSecretHash(string username)
    {
        var key = Encoding.UTF8.GetBytes(_settings.ClientSecret);
        using var hmac = new HMACSHA256(key);
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(username + _settings.ClientId));
        return Convert.ToBase64String(hash);
    }
}
