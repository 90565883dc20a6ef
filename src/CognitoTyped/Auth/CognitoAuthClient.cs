using CognitoTyped.Diagnostics;
using CognitoTyped.IdentityProvider;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>
/// The user-facing flows of one Cognito app client, with attributes as strings keyed by their Cognito names.
/// The generated typed clients wrap this class; use it directly when there is no cognito.json.
/// SECRET_HASH is added to every call that needs it when <see cref="CognitoClientOptions.ClientSecret"/> is set.
/// </summary>
// One partial file per flow (SignUp, SignIn with refresh, Challenges, Mfa, Devices, Profile); this one holds the shared plumbing.
// Every sign-in answer goes through ChallengeResponder, which owns the Session, SRP and device-SRP steps.
public sealed partial class CognitoAuthClient : IDisposable
{
    private readonly CognitoClientOptions _options;
    private readonly CognitoIdentityProviderClient _service;
    private IDisposable? _reloads;
    private readonly ChallengeResponder _responder;
    private readonly ILogger _logger;

    /// <summary>Creates the client.</summary>
    /// <param name="options">The pool, the app client and, for emulators, the endpoint.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with; null creates one the client owns.</param>
    public CognitoAuthClient(CognitoClientOptions options, HttpClient? httpClient = null)
        : this(options, httpClient, TimeProvider.System)
    {
    }

    internal CognitoAuthClient(CognitoClientOptions options, HttpClient? httpClient, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _service = new CognitoIdentityProviderClient(options.ToServiceOptions(), httpClient);
        _responder = new ChallengeResponder(options, _service, time);
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(CognitoLog.AuthCategory);
    }

    /// <summary>The options this client was created with.</summary>
    public CognitoClientOptions Options => _options;

    /// <summary>The low-level client underneath, for operations this class does not wrap.</summary>
    public CognitoIdentityProviderClient Service => _service;

    /// <summary>Disposes the <see cref="HttpClient"/> when the client created it.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _reloads, null)?.Dispose();
        _service.Dispose();
    }

    /// <summary>Keeps the subscription to configuration reloads for as long as this client lives.</summary>
    internal void FollowReloads(IDisposable? subscription) => _reloads = subscription;

    /// <summary>
    /// Takes a reloaded configuration: the per-call settings apply to the next calls; the names of settings that cannot change
    /// under a running client (its pool, app client, secret, region, endpoint) are logged, never their values.
    /// </summary>
    internal void Reload(CognitoClientOptions changed, string optionsName)
    {
        var logger = (_options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(CognitoLog.HostingCategory);
        var fixedSettings = new List<string>();
        Compare(nameof(CognitoClientOptions.UserPoolId), _options.UserPoolId, changed.UserPoolId);
        Compare(nameof(CognitoClientOptions.ClientId), _options.ClientId, changed.ClientId);
        Compare(nameof(CognitoClientOptions.ClientSecret), _options.ClientSecret, changed.ClientSecret);
        Compare(nameof(CognitoClientOptions.Region), _options.Region, changed.Region);
        Compare(nameof(CognitoClientOptions.ServiceUrl), _options.ServiceUrl?.AbsoluteUri, changed.ServiceUrl?.AbsoluteUri);
        Compare(nameof(CognitoClientOptions.AllowInsecureHttp), _options.AllowInsecureHttp ? "true" : null, changed.AllowInsecureHttp ? "true" : null);
        if (fixedSettings.Count > 0)
        {
            CognitoLog.ReloadNeedsRestart(logger, optionsName, string.Join(", ", fixedSettings));
        }

        _service.Transport.Reconfigure(changed.RequestTimeout, changed.Retry, changed.MaxResponseBytes);
        CognitoLog.SettingsReloaded(logger, optionsName);

        void Compare(string setting, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                fixedSettings.Add(setting);
            }
        }
    }

    internal static DateTimeOffset ExpiresAt(AuthenticationResultType result, DateTimeOffset? now = null)
        => (now ?? DateTimeOffset.UtcNow).AddSeconds(result.ExpiresIn is > 0 ? result.ExpiresIn.Value : 3600);

    internal static List<AttributeType> ToAttributeList(IEnumerable<KeyValuePair<string, string>> attributes)
        => attributes.Select(a => new AttributeType { Name = a.Key, Value = a.Value }).ToList();

    internal static IReadOnlyDictionary<string, string> ToDictionary(IEnumerable<AttributeType>? attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes ?? Enumerable.Empty<AttributeType>())
        {
            if (attribute.Name is not null)
            {
                result[attribute.Name] = attribute.Value ?? string.Empty;
            }
        }

        return result;
    }

    private static void ExpectChallenge(CognitoChallenge challenge, string name)
    {
        if (!string.Equals(challenge.Name, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"This answers {name}, but the challenge is {challenge.Name}.");
        }
    }
}
