using Microsoft.Extensions.Options;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Checks a scheme's options when the host starts (<c>ValidateOnStart</c>): each failure names the configuration key to fix.
/// Client IDs are not quoted; pool IDs and URLs are not secrets and are.
/// </summary>
internal sealed class CognitoJwtBearerOptionsValidator(string authenticationScheme, string userPool) : IValidateOptions<CognitoJwtBearerOptions>
{
    public ValidateOptionsResult Validate(string? name, CognitoJwtBearerOptions options)
    {
        if (name != authenticationScheme)
        {
            return ValidateOptionsResult.Skip;
        }

        var section = CognitoJwtBearerConfiguration.PoolSection(userPool);
        var failures = new List<string>(options.ConfigurationErrors);
        if (string.IsNullOrWhiteSpace(options.UserPoolId))
        {
            failures.Add($"{section}:UserPoolId is missing: the ID of user pool {userPool}, like eu-west-1_AbCdEf123.");
        }
        else if (options.UserPoolId.Length > 55 || !CognitoJwtBearerConfiguration.UserPoolIdPattern().IsMatch(options.UserPoolId))
        {
            failures.Add($"{section}:UserPoolId '{options.UserPoolId}' is not a user pool ID (like eu-west-1_AbCdEf123).");
        }

        if (options.ClientIds.Count > 0)
        {
            if (options.ClientIds.Any(id => id is null || !CognitoJwtBearerConfiguration.ClientIdPattern().IsMatch(id)))
            {
                failures.Add($"CognitoJwtBearerOptions.ClientIds of scheme {authenticationScheme} holds a value that is not an app client ID (1 to 128 letters, digits, '_' or '+').");
            }
        }
        else if (options.ConfiguredClientIds.Count == 0)
        {
            failures.Add($"{section}:Clients:{{Client}}:ClientId is missing: no app client of user pool {userPool} is configured, so no token could be accepted (or set CognitoJwtBearerOptions.ClientIds).");
        }
        else
        {
            foreach (var (key, clientId) in options.ConfiguredClientIds)
            {
                if (!CognitoJwtBearerConfiguration.ClientIdPattern().IsMatch(clientId))
                {
                    failures.Add($"{key} is not an app client ID (1 to 128 letters, digits, '_' or '+').");
                }
            }
        }

        if (!Enum.IsDefined(options.TokenUse))
        {
            failures.Add($"CognitoJwtBearerOptions.TokenUse of scheme {authenticationScheme} is neither Access nor Id.");
        }

        if (options.RequiredScopes.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"CognitoJwtBearerOptions.RequiredScopes of scheme {authenticationScheme} holds a blank scope.");
        }

        if (options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add($"{section}:ClockSkew cannot be negative.");
        }

        if (failures.Count == 0)
        {
            var jwks = CognitoJwtBearerConfiguration.JwksUri(options);
            if (CognitoJwtBearerConfiguration.JwksTransportFailure(jwks, options.JwksUri is not null, options.AllowInsecureHttp, section, "tokens") is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
