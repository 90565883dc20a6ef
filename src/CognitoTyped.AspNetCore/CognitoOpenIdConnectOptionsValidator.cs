using Microsoft.Extensions.Options;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Checks a sign-in scheme's options when the host starts (<c>ValidateOnStart</c>): each failure names the configuration key
/// to fix. The client ID and secret are never quoted; pool IDs and URLs are not secrets and are.
/// </summary>
internal sealed class CognitoOpenIdConnectOptionsValidator(string authenticationScheme, string userPool, string client) : IValidateOptions<CognitoOpenIdConnectOptions>
{
    public ValidateOptionsResult Validate(string? name, CognitoOpenIdConnectOptions options)
    {
        if (name != authenticationScheme)
        {
            return ValidateOptionsResult.Skip;
        }

        var pool = CognitoJwtBearerConfiguration.PoolSection(userPool);
        var clientSection = CognitoOpenIdConnectConfiguration.ClientSection(userPool, client);
        var failures = new List<string>(options.ConfigurationErrors);
        if (options.Domain is null)
        {
            failures.Add($"{pool}:Domain is missing: the user pool's managed login domain, like https://contoso.auth.eu-west-1.amazoncognito.com.");
        }
        else if (!CognitoJwtBearerConfiguration.IsTransportAllowed(options.Domain, options.AllowInsecureHttp))
        {
            failures.Add($"{pool}:Domain {options.Domain.GetLeftPart(UriPartial.Authority)} is plain http:// and not loopback: codes and tokens would cross the network in clear. Use https://, or, for an emulator reached by name, set {pool}:AllowInsecureHttp = true (insecure; never in production).");
        }

        if (string.IsNullOrWhiteSpace(options.UserPoolId))
        {
            failures.Add($"{pool}:UserPoolId is missing: the ID of user pool {userPool}, like eu-west-1_AbCdEf123.");
        }
        else if (options.UserPoolId.Length > 55 || !CognitoJwtBearerConfiguration.UserPoolIdPattern().IsMatch(options.UserPoolId))
        {
            failures.Add($"{pool}:UserPoolId '{options.UserPoolId}' is not a user pool ID (like eu-west-1_AbCdEf123).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{clientSection}:ClientId is missing: the ID of app client {client} of user pool {userPool}.");
        }
        else if (!CognitoJwtBearerConfiguration.ClientIdPattern().IsMatch(options.ClientId))
        {
            failures.Add($"{clientSection}:ClientId is not an app client ID (1 to 128 letters, digits, '_' or '+').");
        }

        if (options.Scopes.Any(string.IsNullOrWhiteSpace) || options.Scopes.Any(scope => scope.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            failures.Add($"CognitoOpenIdConnectOptions.Scopes of scheme {authenticationScheme} holds a blank scope or one with a space (give each scope on its own).");
        }

        if (options.LogoutUri is { } logoutUri && !CognitoOpenIdConnectConfiguration.IsValidLogoutUri(logoutUri))
        {
            failures.Add($"{clientSection}:LogoutUri must be an absolute http(s) URL or a path of the app starting with '/'.");
        }

        if (!Enum.IsDefined(options.NonceValidation))
        {
            failures.Add($"CognitoOpenIdConnectOptions.NonceValidation of scheme {authenticationScheme} is neither Required nor AllowMissing.");
        }

        if (options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add($"{pool}:ClockSkew cannot be negative.");
        }

        if (failures.Count == 0)
        {
            var jwks = CognitoOpenIdConnectConfiguration.JwksUri(options);
            if (CognitoJwtBearerConfiguration.JwksTransportFailure(jwks, options.JwksUri is not null, options.AllowInsecureHttp, pool, "ID tokens") is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
