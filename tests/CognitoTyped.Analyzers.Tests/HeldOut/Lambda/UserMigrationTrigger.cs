using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Lambda.CognitoEvents;
using Amazon.Lambda.Core;

namespace HeldOut.Lambda.Migration;

/// <summary>User Migration trigger: lazily moves users from the 2019 pool into the new one.</summary>
public sealed class UserMigrationTrigger
{
    private const string LegacyPoolId = "eu-west-1_OldPool01";
    private const string LegacyClientId = "9m2i0hz2uep1enthjxjqi3ogz5"; // expect: CTY0001
    private static readonly string LegacyClientSecret = Environment.GetEnvironmentVariable("LEGACY_CLIENT_SECRET") ?? string.Empty;

    private readonly IAmazonCognitoIdentityProvider _legacyPool = new AmazonCognitoIdentityProviderClient(RegionEndpoint.EUWest1);

    private string MigratedPassword { get; } = "Migr@ted-" + "Svc2024";

    public async Task<CognitoUserMigrationEvent> HandleAsync(CognitoUserMigrationEvent input, ILambdaContext context)
    {
        context.Logger.LogLine($"{input.TriggerSource} for {input.UserName}");

        if (input.TriggerSource == "UserMigration_Authentication")
        {
            var auth = await _legacyPool.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
            {
                UserPoolId = LegacyPoolId,
                ClientId = LegacyClientId, // expect: CTY0001
                AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string>
                {
                    ["USERNAME"] = input.UserName,
                    ["PASSWORD"] = input.Request.Password,
                    ["SECRET_HASH"] = SecretHash(input.UserName),
                },
            });
            if (auth.AuthenticationResult is null)
            {
                throw new InvalidOperationException("Bad password");
            }
        }

        var legacyUser = await _legacyPool.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = LegacyPoolId, Username = input.UserName });
        input.Response.UserAttributes = legacyUser.UserAttributes
            .Where(a => a.Name is "email" or "given_name" or "family_name")
            .ToDictionary(a => a.Name, a => a.Value);
        input.Response.UserAttributes["email_verified"] = "true";
        input.Response.FinalUserStatus = "CONFIRMED";
        input.Response.MessageAction = "SUPPRESS";
        return input;
    }

    /// <summary>One-off: service accounts cannot go through the trigger, so they are copied with a known password.</summary>
    public async Task MigrateServiceAccountsAsync(IAmazonCognitoIdentityProvider newPool, string newPoolId, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            await newPool.AdminCreateUserAsync(new AdminCreateUserRequest
            {
                UserPoolId = newPoolId,
                Username = name,
                MessageAction = MessageActionType.SUPPRESS,
            });
            await newPool.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
            {
                UserPoolId = newPoolId,
                Username = name,
                Password = MigratedPassword, // expect: CTY0002
                Permanent = false,
            });
        }
    }

    private static string SecretHash(string username)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(LegacyClientSecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(username + LegacyClientId)));
    }
}
