using System.ComponentModel;
using CognitoTyped.Identity;

namespace CognitoTyped.Generated;

/// <summary>
/// The configuration keys the generated <c>AddCognitoTyped</c> reads, in one place:
/// <c>Cognito:{Pool}:Region|UserPoolId|IdentityPoolId|ServiceUrl|IdentityServiceUrl|AllowInsecureHttp</c> and
/// <c>Cognito:{Pool}:Clients:{Client}:ClientId|ClientSecret</c>. Takes a key lookup rather than <c>IConfiguration</c>, so
/// the runtime does not depend on Microsoft.Extensions.Configuration. Public for generated code only; its members may
/// change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoSettings
{
    /// <summary>The options of one app client of a pool.</summary>
    /// <param name="setting">Looks up a configuration key, e.g. <c>key =&gt; configuration[key]</c>.</param>
    /// <param name="pool">The pool's name in cognito.json.</param>
    /// <param name="client">The app client's name in cognito.json.</param>
    /// <returns>The options; an absent ID is empty, and the client reports it on first use.</returns>
    public static CognitoClientOptions ClientOptions(Func<string, string?> setting, string pool, string client)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var section = "Cognito:" + pool + ":";
        return new CognitoClientOptions
        {
            Region = Value(setting, section + "Region"),
            UserPoolId = Value(setting, section + "UserPoolId") ?? string.Empty,
            ClientId = Value(setting, section + "Clients:" + client + ":ClientId") ?? string.Empty,
            ClientSecret = Value(setting, section + "Clients:" + client + ":ClientSecret"),
            ServiceUrl = Url(setting, section + "ServiceUrl"),
            AllowInsecureHttp = Flag(setting, section + "AllowInsecureHttp"),
        };
    }

    /// <summary>The options of a pool's identity pool.</summary>
    /// <param name="setting">Looks up a configuration key, e.g. <c>key =&gt; configuration[key]</c>.</param>
    /// <param name="pool">The user pool's name in cognito.json.</param>
    /// <returns>The options; an absent ID is empty, and the identity pool reports it on first use.</returns>
    public static CognitoIdentityPoolOptions IdentityPoolOptions(Func<string, string?> setting, string pool)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var section = "Cognito:" + pool + ":";
        return new CognitoIdentityPoolOptions
        {
            Region = Value(setting, section + "Region"),
            IdentityPoolId = Value(setting, section + "IdentityPoolId") ?? string.Empty,
            UserPoolId = Value(setting, section + "UserPoolId") ?? string.Empty,
            ServiceUrl = Url(setting, section + "IdentityServiceUrl"),
            AllowInsecureHttp = Flag(setting, section + "AllowInsecureHttp"),
        };
    }

    private static string? Value(Func<string, string?> setting, string key) => setting(key) is { Length: > 0 } value ? value : null;

    // Only the literal "true" (any case) opts in to plain http://; anything else, a typo included, leaves it off.
    private static bool Flag(Func<string, string?> setting, string key) => string.Equals(Value(setting, key), "true", StringComparison.OrdinalIgnoreCase);

    private static Uri? Url(Func<string, string?> setting, string key) => Value(setting, key) is { } value ? new Uri(value, UriKind.Absolute) : null;
}
