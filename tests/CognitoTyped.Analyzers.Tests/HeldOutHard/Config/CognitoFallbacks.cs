using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoTyped;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hard.Config;

/// <summary>Sign-in for the partner portal; settings come from appsettings with "sensible" defaults for local runs.</summary>
public sealed class PartnerPortalAuth
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public PartnerPortalAuth(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    public Task<InitiateAuthResponse> SignInAsync(string email, string password, CancellationToken ct) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:ClientId"] ?? "3n4b5kq8r2t6v9x1z3c5e7g9i0", // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = email, ["PASSWORD"] = password },
        }, ct);

    public Task<SignUpResponse> RegisterSmokeUserAsync(CancellationToken ct) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = _configuration["Cognito:ClientId"] ?? throw new InvalidOperationException("Cognito:ClientId is not configured."),
            Username = "smoke+" + Guid.NewGuid().ToString("N") + "@partners.example",
            Password = Environment.GetEnvironmentVariable("SMOKE_PASSWORD") ?? "Sm0ke-Test-2024!", // expect: CTY0002
        }, ct);

    public Task ResetPartnerAsync(string poolId, string username, CancellationToken ct)
    {
        var temporary = _configuration.GetValue<string>("Portal:TemporaryPassword");
        temporary ??= "Partner#Welcome1";
        return _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = poolId,
            Username = username,
            Password = temporary, // expect: CTY0002
            Permanent = false,
        }, ct);
    }

    public Task ResetWithBlankFallbackAsync(string poolId, string username, CancellationToken ct) =>
        _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = poolId,
            Username = username,
            Password = _configuration["Portal:ResetPassword"] ?? string.Empty,
            Permanent = false,
        }, ct);
}

public static class PartnerPortalRegistration
{
    private static readonly string LocalClientId =
        Environment.GetEnvironmentVariable("PORTAL_CLIENT_ID") ?? "q8w7e6r5t4y3u2i1o0p9a8s7d6"; // expect: CTY0001 (label added after the first run: named like a client ID and shaped, so reported at its declaration too, as docs/rules/CTY0001.md says)

    public static IServiceCollection AddPartnerPortal(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCognitoTyped(options =>
        {
            options.UserPoolId = configuration["Cognito:UserPoolId"] ?? "eu-west-1_Partn3rs";
            options.Region = configuration["Cognito:Region"] ?? "eu-west-1";
            options.ClientId = LocalClientId; // expect: CTY0001
            options.ClientSecret ??= "k2j4h6g8f0d2s4a6p8o0i2u4y6t8r0e2w4q6z8x0c2v4b6n8m0l"; // expect: CTY0003
        });

    public static IServiceCollection AddPartnerPortalFromEnvironment(this IServiceCollection services) =>
        services.AddCognitoTyped(options =>
        {
            options.UserPoolId = Environment.GetEnvironmentVariable("PORTAL_POOL_ID") ?? "eu-west-1_Partn3rs";
            options.ClientId = Environment.GetEnvironmentVariable("PORTAL_CLIENT_ID") ?? throw new InvalidOperationException("PORTAL_CLIENT_ID");
            options.ClientSecret = Environment.GetEnvironmentVariable("PORTAL_CLIENT_SECRET");
        });
}
