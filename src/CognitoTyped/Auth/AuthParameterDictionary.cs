using CognitoTyped.Srp;
using Key = CognitoTyped.CognitoAuthParameterNames;

namespace CognitoTyped;

/// <summary>
/// What AuthParameters and ChallengeResponses carry besides their own keys: DEVICE_KEY on a remembered device, SECRET_HASH
/// when the app client has a secret.
/// </summary>
internal static class AuthParameterDictionary
{
    /// <summary>A dictionary keyed as Cognito keys it (ordinal), starting with USERNAME.</summary>
    internal static Dictionary<string, string> ForUser(string username)
        => new(StringComparer.Ordinal) { [Key.Username] = username };

    internal static void AddDeviceKey(this Dictionary<string, string> parameters, CognitoDevice? device)
    {
        if (device is not null)
        {
            parameters[Key.DeviceKey] = device.DeviceKey;
        }
    }

    internal static void AddSecretHash(this Dictionary<string, string> parameters, CognitoClientOptions options, string username)
    {
        if (options.SecretHashFor(username) is { } secretHash)
        {
            parameters[Key.SecretHash] = secretHash;
        }
    }

    /// <summary>The SECRET_HASH for <paramref name="username"/>, or null when the app client has no secret.</summary>
    internal static string? SecretHashFor(this CognitoClientOptions options, string username)
        => options.ClientSecret is null ? null : SecretHash.Compute(username, options.ClientId, options.ClientSecret);
}
