using System;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeldOut.Legacy;

/// <summary>
/// Refactoring in progress (#412): moving from constants to <see cref="CognitoClientOptions"/>.
/// Both paths live side by side until the feature flag is removed.
/// </summary>
public sealed class LegacyAuthService
{
    [Obsolete("Use CognitoClientOptions.ClientId")]
    internal const string ClientId = "b0pzcyc3edqmevxrvcqurtaebo"; // expect: CTY0001

    [Obsolete("Use CognitoClientOptions.ClientSecret")]
    internal const string ClientSecret = "2olds7qtuacojs106xdi5ocbdawtg7w8o0tinx4kiapj2gejrzq"; // expect: CTY0003

    private const string OldServicePassword = "0ld-Svc-Pass!";

    private readonly CognitoClientOptions _options;
    private readonly bool _useNewConfig;
    private readonly ILogger<LegacyAuthService> _logger;
#pragma warning disable CS0618
    private string _signingKey = ClientSecret;
#pragma warning restore CS0618

    public LegacyAuthService(IOptions<CognitoClientOptions> options, IConfiguration configuration, ILogger<LegacyAuthService> logger)
    {
        _options = options.Value;
        _useNewConfig = configuration.GetValue<bool>("Features:NewCognitoConfig");
        _logger = logger;
    }

    public void RotateKey(string rotated) => _signingKey = rotated;

#pragma warning disable CS0618
    public CognitoUserPool CreatePool(IAmazonCognitoIdentityProvider provider)
    {
        if (_useNewConfig)
        {
            return new CognitoUserPool(_options.UserPoolId, _options.ClientId, provider, _options.ClientSecret);
        }

        if (_options.ClientId == ClientId)
        {
            _logger.LogWarning("Options still point at the legacy client");
        }

        return new CognitoUserPool(
            "us-east-1_Q7xk2PzLm",
            ClientId, // expect: CTY0001
            provider,
            ClientSecret); // expect: CTY0003
    }
#pragma warning restore CS0618

    public CognitoUser CreateUser(string userId, CognitoUserPool pool, IAmazonCognitoIdentityProvider provider) =>
        new(userId, _options.ClientId, pool, provider, _signingKey);

    public Task MigrateServiceUserAsync(CognitoUser user, string newPassword) =>
        user.ChangePasswordAsync(OldServicePassword, newPassword); // expect: CTY0002
}
