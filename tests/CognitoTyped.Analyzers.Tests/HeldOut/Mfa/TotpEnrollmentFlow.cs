using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace HeldOut.Mfa;

public interface ICognitoAppSettings
{
    string ClientId { get; }
}

internal sealed class StagingAppSettings : ICognitoAppSettings
{
    public string ClientId => "kok16zv0mwufxbv932byv7s6eh"; // expect: CTY0001
}

internal sealed class ConfiguredAppSettings(IConfiguration configuration) : ICognitoAppSettings
{
    public string ClientId => configuration["Cognito:ClientId"] ?? throw new InvalidOperationException("Cognito:ClientId is missing");
}

public sealed record EnrollmentStart(string SecretCode, string Session, Uri OtpAuthUri);

/// <summary>First sign-in with MFA_SETUP: associate an authenticator app, verify it, finish the challenge.</summary>
public sealed class TotpEnrollmentFlow(IAmazonCognitoIdentityProvider cognito, ICognitoAppSettings settings)
{
    public async Task<EnrollmentStart?> BeginAsync(string username, string password, CancellationToken ct)
    {
        var auth = await cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = settings.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new() { ["USERNAME"] = username, ["PASSWORD"] = password },
        }, ct);

        if (auth.ChallengeName != ChallengeNameType.MFA_SETUP)
        {
            return null;
        }

        var association = await cognito.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = auth.Session }, ct);
        var uri = new Uri($"otpauth://totp/Acme:{Uri.EscapeDataString(username)}?secret={association.SecretCode}&issuer=Acme");
        return new EnrollmentStart(association.SecretCode, association.Session, uri);
    }

    public async Task<AuthenticationResultType?> CompleteAsync(string username, EnrollmentStart start, string userCode, CancellationToken ct)
    {
        var verify = await cognito.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest
        {
            Session = start.Session,
            UserCode = userCode,
            FriendlyDeviceName = "Authenticator",
        }, ct);

        var done = await cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = settings.ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = verify.Session,
            ChallengeResponses = new() { ["USERNAME"] = username },
        }, ct);
        return done.AuthenticationResult;
    }

    public async Task<AuthenticationResultType?> FirstLoginAsync(string username, string session, string newPassword, CancellationToken ct)
    {
        var response = await cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = settings.ClientId,
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses = new() { ["USERNAME"] = username, ["NEW_PASSWORD"] = newPassword },
        }, ct);
        return response.AuthenticationResult;
    }

    public Task PreferTotpAsync(string accessToken, CancellationToken ct) =>
        cognito.SetUserMFAPreferenceAsync(new SetUserMFAPreferenceRequest
        {
            AccessToken = accessToken,
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true },
        }, ct);
}

/// <summary>QA automation user with MFA enabled; its TOTP seed is in the test vault.</summary>
public static class QaMfaUser
{
    public const string Username = "qa-mfa@example.com";
    public const string Password = "Qa-Mfa#Pass1";
    public const string TotpSeed = "JBSWY3DPEHPK3PXP";

    public static async Task<string> SignInAsync(IAmazonCognitoIdentityProvider cognito, string clientId, Func<string, string> totp)
    {
        var first = await cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new()
            {
                ["USERNAME"] = Username,
                ["PASSWORD"] = Password, // expect: CTY0002
            },
        });

        var second = await cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = clientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = first.Session,
            ChallengeResponses = new()
            {
                ["USERNAME"] = Username,
                ["SOFTWARE_TOKEN_MFA_CODE"] = totp(TotpSeed),
            },
        });
        return second.AuthenticationResult.AccessToken;
    }
}
