using System.Text.RegularExpressions;
using CognitoTyped.Identity;
using CognitoTyped.Protocol;
using Microsoft.Extensions.Options;

namespace CognitoTyped.Hosting;

/// <summary>
/// Checks the options of one app client when the host starts (<c>ValidateOnStart</c>) and on every reload: each failure names
/// the configuration key to fix. The client ID and secret are never quoted; pool IDs and URLs are not secrets and are.
/// </summary>
internal sealed class CognitoClientOptionsValidator(string name, string pool, string client, bool requiresSecret) : IValidateOptions<CognitoClientOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, CognitoClientOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(CognitoOptionsBinding.ErrorsOf(options));
        var poolKey = CognitoOptionsBinding.PoolSection(pool) + ":";
        var clientKey = CognitoOptionsBinding.ClientSection(pool, client) + ":";
        CognitoIds.CheckUserPoolId(options.UserPoolId, poolKey + "UserPoolId", failures);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{clientKey}ClientId is missing: the ID of app client {client} of user pool {pool}.");
        }
        else if (!CognitoIds.ClientId().IsMatch(options.ClientId))
        {
            failures.Add($"{clientKey}ClientId is not an app client ID (1 to 128 letters, digits, '_' or '+').");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret) && (requiresSecret || options.ClientSecret is not null))
        {
            failures.Add($"{clientKey}ClientSecret is missing: app client {client} is generated with a secret.");
        }

        CognitoIds.CheckCallSettings(poolKey, options.ServiceUrl, options.AllowInsecureHttp, options.RequestTimeout, options.Retry, options.MaxResponseBytes, AwsServiceEndpoint.IdentityProviderSigningName, "ServiceUrl", failures);
        if (string.IsNullOrWhiteSpace(options.Region) && CognitoClientOptions.RegionFromPoolId(options.UserPoolId) is null)
        {
            failures.Add($"{poolKey}Region is missing, and the user pool ID has no region prefix to take it from.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the options of a pool's identity pool at host start and on reload, naming the keys.</summary>
internal sealed class CognitoIdentityPoolOptionsValidator(string name, string pool) : IValidateOptions<CognitoIdentityPoolOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, CognitoIdentityPoolOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(CognitoOptionsBinding.ErrorsOf(options));
        var poolKey = CognitoOptionsBinding.PoolSection(pool) + ":";
        if (string.IsNullOrWhiteSpace(options.IdentityPoolId))
        {
            failures.Add($"{poolKey}IdentityPoolId is missing: the ID of the identity pool that trusts user pool {pool}.");
        }
        else if (!CognitoIds.IdentityPoolId().IsMatch(options.IdentityPoolId))
        {
            failures.Add($"{poolKey}IdentityPoolId '{options.IdentityPoolId}' is not an identity pool ID (like eu-west-1:0f4b…).");
        }

        CognitoIds.CheckUserPoolId(options.UserPoolId, poolKey + "UserPoolId", failures);
        CognitoIds.CheckCallSettings(poolKey, options.ServiceUrl, options.AllowInsecureHttp, options.RequestTimeout, options.Retry, CognitoServiceClientOptions.DefaultMaxResponseBytes, AwsServiceEndpoint.IdentitySigningName, "IdentityServiceUrl", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the options of a pool's low-level client (admin operations) at host start and on reload.</summary>
internal sealed class CognitoServiceClientOptionsValidator(string name, string pool) : IValidateOptions<CognitoServiceClientOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, CognitoServiceClientOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(CognitoOptionsBinding.ErrorsOf(options));
        var poolKey = CognitoOptionsBinding.PoolSection(pool) + ":";
        if (string.IsNullOrWhiteSpace(options.Region) && options.ServiceUrl is null)
        {
            failures.Add($"{poolKey}Region is missing (and {poolKey}UserPoolId has no region prefix to take it from).");
        }

        CognitoIds.CheckCallSettings(poolKey, options.ServiceUrl, options.AllowInsecureHttp, options.RequestTimeout, options.Retry, options.MaxResponseBytes, AwsServiceEndpoint.IdentityProviderSigningName, "ServiceUrl", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the options of a pool's token validator at host start and on reload.</summary>
internal sealed class CognitoTokenValidatorOptionsValidator(string name, string pool) : IValidateOptions<CognitoTokenValidatorOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, CognitoTokenValidatorOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(CognitoOptionsBinding.ErrorsOf(options));
        if (failures.Count == 0)
        {
            try
            {
                options.Validate();
            }
            catch (InvalidOperationException exception)
            {
                failures.Add($"{CognitoOptionsBinding.PoolSection(pool)}: {exception.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>The shapes of Cognito's IDs (from the service models' patterns) and the checks shared by the validators.</summary>
internal static partial class CognitoIds
{
    [GeneratedRegex(@"^[\w-]+_[0-9a-zA-Z]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex UserPoolId();

    [GeneratedRegex(@"^[\w+]{1,128}$", RegexOptions.CultureInvariant)]
    internal static partial Regex ClientId();

    [GeneratedRegex(@"^[\w-]+:[0-9a-f-]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdentityPoolId();

    internal static void CheckUserPoolId(string? userPoolId, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(userPoolId))
        {
            failures.Add($"{key} is missing: the user pool's ID, like eu-west-1_AbCdEf123.");
        }
        else if (userPoolId.Length > 55 || !UserPoolId().IsMatch(userPoolId))
        {
            failures.Add($"{key} '{userPoolId}' is not a user pool ID (like eu-west-1_AbCdEf123).");
        }
    }

    internal static void CheckCallSettings(string poolKey, Uri? serviceUrl, bool allowInsecureHttp, TimeSpan requestTimeout, CognitoRetryOptions? retry, int maxResponseBytes, string signingName, string urlSetting, List<string> failures)
    {
        if (requestTimeout <= TimeSpan.Zero && requestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{poolKey}RequestTimeout must be positive.");
        }

        if (maxResponseBytes < 1)
        {
            failures.Add($"{poolKey}MaxResponseBytes must be positive.");
        }

        if (retry is null)
        {
            failures.Add($"{poolKey}Retry is missing.");
        }
        else if (retry.MaxAttempts < 1)
        {
            failures.Add($"{poolKey}Retry:MaxAttempts must be at least 1 (1 turns retries off).");
        }
        else if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < TimeSpan.Zero)
        {
            failures.Add($"{poolKey}Retry:BaseDelay and Retry:MaxDelay cannot be negative.");
        }

        if (serviceUrl is not null)
        {
            try
            {
                AwsServiceEndpoint.RefuseInsecure(serviceUrl, allowInsecureHttp, signingName);
            }
            catch (InvalidOperationException exception)
            {
                failures.Add($"{poolKey}{urlSetting}: {exception.Message}");
            }
        }
    }
}

/// <summary>Checks an app client's managed login options at host start and on reload, naming the configuration keys.</summary>
internal sealed class CognitoManagedLoginOptionsValidator(string name, string pool, string client) : IValidateOptions<CognitoManagedLoginOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, CognitoManagedLoginOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(CognitoOptionsBinding.ErrorsOf(options));
        var poolKey = CognitoOptionsBinding.PoolSection(pool) + ":";
        if (options.Domain is null)
        {
            failures.Add($"{poolKey}Domain is missing: the managed login domain of user pool {pool} (https://{{prefix}}.auth.{{region}}.amazoncognito.com, or its custom domain), which app client {client} signs in through.");
        }
        else if (!options.Domain.IsAbsoluteUri || !(options.Domain.Scheme == Uri.UriSchemeHttps || (options.Domain.Scheme == Uri.UriSchemeHttp && (options.AllowInsecureHttp || AwsServiceEndpoint.IsLoopback(options.Domain)))))
        {
            failures.Add($"{poolKey}Domain must be an https:// URL (plain http only on loopback, or with AllowInsecureHttp for an emulator reached by name).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{CognitoOptionsBinding.ClientSection(pool, client)}:ClientId is missing: the ID of app client {client}.");
        }

        if (!string.IsNullOrWhiteSpace(options.UserPoolId))
        {
            CognitoIds.CheckUserPoolId(options.UserPoolId, poolKey + "UserPoolId", failures);
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{poolKey}RequestTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
