using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Lambda.Core;

namespace Corpus.LambdaUserProvisioning;

public sealed class ProvisionEvent
{
    public string Email { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
}

internal static class ProvisioningDefaults
{
    public const string UserPoolId = "us-east-2_P7rTq0LmN";
    public static readonly string ServiceClientId = "provisioning-service-client";
    public static readonly string InitialPassword = "Tenant#Start1";
}

// Provisions a tenant admin and immediately verifies the credentials work.
public class ProvisioningFunction
{
    private readonly IAmazonCognitoIdentityProvider _cognito = new AmazonCognitoIdentityProviderClient();

    public async Task<string> Handler(ProvisionEvent input, ILambdaContext context)
    {
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = ProvisioningDefaults.UserPoolId,
            Username = input.Email,
            TemporaryPassword = ProvisioningDefaults.InitialPassword, // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes =
            {
                new AttributeType { Name = "email", Value = input.Email },
                new AttributeType { Name = "custom:tenant_id", Value = input.TenantId },
            },
        });

        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = ProvisioningDefaults.UserPoolId,
            Username = input.Email,
            Password = ProvisioningDefaults.InitialPassword, // expect: CTY0002
            Permanent = true,
        });

        var auth = new AdminInitiateAuthRequest
        {
            UserPoolId = ProvisioningDefaults.UserPoolId,
            ClientId = ProvisioningDefaults.ServiceClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
        };
        auth.AuthParameters.Add("USERNAME", input.Email);
        auth.AuthParameters.Add("PASSWORD", ProvisioningDefaults.InitialPassword); // expect: CTY0002

        var result = await _cognito.AdminInitiateAuthAsync(auth);
        context.Logger.LogLine($"Provisioned {input.Email}; token issued: {result.AuthenticationResult is not null}");
        return input.Email;
    }
}
