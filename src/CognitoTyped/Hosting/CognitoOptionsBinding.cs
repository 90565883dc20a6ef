using System.Runtime.CompilerServices;
using CognitoTyped.Identity;
using Microsoft.Extensions.Configuration;

namespace CognitoTyped.Hosting;

/// <summary>
/// Binds each kind of options from <c>Cognito:{Pool}…</c>, every setting by its own key. Values that cannot be read are kept
/// aside (per options instance) for the validators, which report them at host start with the key's name.
/// </summary>
internal static class CognitoOptionsBinding
{
    private static readonly ConditionalWeakTable<object, List<string>> Errors = new();

    internal static string PoolSection(string pool) => "Cognito:" + pool;

    internal static string ClientSection(string pool, string client) => PoolSection(pool) + ":Clients:" + client;

    /// <summary>What could not be read into <paramref name="options"/>.</summary>
    internal static IReadOnlyList<string> ErrorsOf(object options) => Errors.TryGetValue(options, out var errors) ? errors : [];

    internal static void AddError(object options, string error) => Errors.GetValue(options, _ => []).Add(error);

    private static CognitoConfigurationReader Reader(IConfiguration configuration, object options, params string[] sections)
        => new(configuration, Errors.GetValue(options, _ => []), sections);

    internal static void BindClient(IConfiguration configuration, string pool, string client, CognitoClientOptions options)
    {
        var settings = Reader(configuration, options, ClientSection(pool, client), PoolSection(pool));
        options.Region = settings.String("Region") ?? options.Region;
        options.UserPoolId = settings.String("UserPoolId") ?? options.UserPoolId;
        options.ClientId = settings.String("ClientId") ?? options.ClientId;
        options.ClientSecret = settings.String("ClientSecret") ?? options.ClientSecret;
        options.ServiceUrl = settings.Url("ServiceUrl") ?? options.ServiceUrl;
        options.AllowInsecureHttp = settings.Flag("AllowInsecureHttp") ?? options.AllowInsecureHttp;
        options.RequestTimeout = settings.Duration("RequestTimeout") ?? options.RequestTimeout;
        options.MaxResponseBytes = settings.Integer("MaxResponseBytes") ?? options.MaxResponseBytes;
        options.Retry = settings.Retry(options.Retry);
    }

    internal static void BindManagedLogin(IConfiguration configuration, string pool, string client, CognitoManagedLoginOptions options)
    {
        var settings = Reader(configuration, options, ClientSection(pool, client), PoolSection(pool));
        options.Domain = settings.Url("Domain") ?? options.Domain;
        options.Region = settings.String("Region") ?? options.Region;
        options.UserPoolId = settings.String("UserPoolId") ?? options.UserPoolId;
        options.ClientId = settings.String("ClientId") ?? options.ClientId;
        options.ClientSecret = settings.String("ClientSecret") ?? options.ClientSecret;
        options.Issuer = settings.String("Issuer") ?? options.Issuer;
        options.JwksUri = settings.Url("JwksUri") ?? options.JwksUri;
        options.AllowInsecureHttp = settings.Flag("AllowInsecureHttp") ?? options.AllowInsecureHttp;
        options.RequestTimeout = settings.Duration("RequestTimeout") ?? options.RequestTimeout;
        switch (settings.String("NonceValidation"))
        {
            case null:
                break;
            case var value when Enum.TryParse<CognitoNonceValidation>(value, ignoreCase: true, out var nonce) && Enum.IsDefined(nonce) && !value.All(char.IsDigit):
                options.NonceValidation = nonce;
                break;
            default:
                settings.Errors.Add($"{settings.KeyOf("NonceValidation")} must be Required or AllowMissing.");
                break;
        }
    }

    internal static void BindIdentityPool(IConfiguration configuration, string pool, CognitoIdentityPoolOptions options)
    {
        var settings = Reader(configuration, options, PoolSection(pool));
        options.Region = settings.String("Region") ?? options.Region;
        options.UserPoolId = settings.String("UserPoolId") ?? options.UserPoolId;
        options.IdentityPoolId = settings.String("IdentityPoolId") ?? options.IdentityPoolId;
        options.ServiceUrl = settings.Url("IdentityServiceUrl") ?? options.ServiceUrl;
        options.AllowInsecureHttp = settings.Flag("AllowInsecureHttp") ?? options.AllowInsecureHttp;
        options.RequestTimeout = settings.Duration("RequestTimeout") ?? options.RequestTimeout;
        options.Retry = settings.Retry(options.Retry);
    }

    internal static void BindService(IConfiguration configuration, string pool, CognitoServiceClientOptions options)
    {
        var settings = Reader(configuration, options, PoolSection(pool));
        options.Region = settings.String("Region") ?? CognitoClientOptions.RegionFromPoolId(settings.String("UserPoolId")) ?? options.Region;
        options.ServiceUrl = settings.Url("ServiceUrl") ?? options.ServiceUrl;
        options.AllowInsecureHttp = settings.Flag("AllowInsecureHttp") ?? options.AllowInsecureHttp;
        options.RequestTimeout = settings.Duration("RequestTimeout") ?? options.RequestTimeout;
        options.MaxResponseBytes = settings.Integer("MaxResponseBytes") ?? options.MaxResponseBytes;
        options.Retry = settings.Retry(options.Retry);
    }

    internal static void BindAdminPool(IConfiguration configuration, string pool, CognitoAdminPoolOptions options)
        => options.UserPoolId = Reader(configuration, options, PoolSection(pool)).String("UserPoolId") ?? options.UserPoolId;

    internal static void BindTokenValidator(IConfiguration configuration, string pool, CognitoTokenValidatorOptions options)
    {
        var settings = Reader(configuration, options, PoolSection(pool));
        options.Region = settings.String("Region") ?? options.Region;
        options.UserPoolId = settings.String("UserPoolId") ?? options.UserPoolId;
        options.Issuer = settings.String("Issuer") ?? options.Issuer;
        options.JwksUri = settings.Url("JwksUri") ?? options.JwksUri;
        options.ClockSkew = settings.Duration("ClockSkew") ?? options.ClockSkew;
        options.AllowInsecureHttp = settings.Flag("AllowInsecureHttp") ?? options.AllowInsecureHttp;
    }
}
