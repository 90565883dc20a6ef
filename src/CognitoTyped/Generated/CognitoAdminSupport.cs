using System.ComponentModel;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Generated;

/// <summary>
/// What every generated <c>{Pool}AdminClient</c> calls: the low-level client from <see cref="CognitoAdminOptions"/> and the
/// conversions between AWS's attribute lists and name/value pairs. Public for generated code only; its members may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoAdminSupport
{
    /// <summary>The user pool ID of the options; throws when it is missing.</summary>
    /// <param name="options">The admin options.</param>
    /// <returns>The pool ID.</returns>
    /// <exception cref="ArgumentException"><see cref="CognitoAdminOptions.UserPoolId"/> is not set.</exception>
    public static string UserPoolIdOf(CognitoAdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.UserPoolId))
        {
            throw new ArgumentException("CognitoAdminOptions.UserPoolId is required.", nameof(options));
        }

        return options.UserPoolId;
    }

    /// <summary>The low-level client an admin client created from options sends with.</summary>
    /// <param name="options">The admin options.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with; null creates one the client owns.</param>
    /// <returns>The client.</returns>
    public static CognitoIdentityProviderClient CreateServiceClient(CognitoAdminOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CognitoIdentityProviderClient(options.ToServiceClientOptions(), httpClient);
    }

    /// <summary>AWS's attributes as name/value pairs (a missing value reads as empty).</summary>
    /// <param name="attributes">The attributes, or null.</param>
    /// <returns>The pairs.</returns>
    public static IEnumerable<KeyValuePair<string, string>> ToPairs(IEnumerable<AttributeType>? attributes)
        => attributes is null
            ? []
            : attributes.Where(a => a?.Name is not null).Select(a => new KeyValuePair<string, string>(a.Name!, a.Value ?? string.Empty));

    /// <summary>Name/value pairs as AWS's attributes.</summary>
    /// <param name="attributes">The pairs.</param>
    /// <returns>The attributes.</returns>
    public static List<AttributeType> ToAttributeTypes(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return attributes.Select(a => new AttributeType { Name = a.Key, Value = a.Value }).ToList();
    }
}
