using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CognitoTyped.Hosting;

/// <summary>
/// Reads CognitoTyped's settings from configuration by hand, key by key: no reflection (the library is trimmable and AOT-safe,
/// which <c>ConfigurationBinder</c> is not), and a malformed value becomes an error that names its key, reported when the
/// host starts, instead of an exception at the first call. A setting of an app client is looked up under
/// <c>Cognito:{Pool}:Clients:{Client}</c> first, then under <c>Cognito:{Pool}</c>.
/// </summary>
internal sealed class CognitoConfigurationReader(IConfiguration root, List<string> errors, params string[] sectionPaths)
{
    internal List<string> Errors => errors;

    /// <summary>The key a setting is reported under: the most specific section's.</summary>
    internal string KeyOf(string setting) => sectionPaths[0] + ":" + setting;

    internal string? String(string setting)
    {
        foreach (var section in sectionPaths)
        {
            if (root[section + ":" + setting] is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private (string Key, string Value)? Raw(string setting)
    {
        foreach (var section in sectionPaths)
        {
            var key = section + ":" + setting;
            if (root[key] is { Length: > 0 } value)
            {
                return (key, value.Trim());
            }
        }

        return null;
    }

    internal Uri? Url(string setting)
    {
        if (Raw(setting) is not var (key, value))
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        errors.Add($"{key} is not an absolute http:// or https:// URL.");
        return null;
    }

    internal bool? Flag(string setting)
    {
        if (Raw(setting) is not var (key, value))
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        errors.Add($"{key} must be true or false.");
        return null;
    }

    internal TimeSpan? Duration(string setting)
    {
        if (Raw(setting) is not var (key, value))
        {
            return null;
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration))
        {
            return duration;
        }

        errors.Add($"{key} is not a duration (like 00:00:30 for 30 seconds).");
        return null;
    }

    internal int? Integer(string setting)
    {
        if (Raw(setting) is not var (key, value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add($"{key} is not a whole number.");
        return null;
    }

    /// <summary>Reads <c>Retry:MaxAttempts|BaseDelay|MaxDelay</c> over <paramref name="retry"/>; returns the options to use.</summary>
    internal CognitoRetryOptions Retry(CognitoRetryOptions retry)
    {
        var maxAttempts = Integer("Retry:MaxAttempts");
        var baseDelay = Duration("Retry:BaseDelay");
        var maxDelay = Duration("Retry:MaxDelay");
        if (maxAttempts is null && baseDelay is null && maxDelay is null)
        {
            return retry;
        }

        return new CognitoRetryOptions
        {
            MaxAttempts = maxAttempts ?? retry.MaxAttempts,
            BaseDelay = baseDelay ?? retry.BaseDelay,
            MaxDelay = maxDelay ?? retry.MaxDelay,
        };
    }
}
