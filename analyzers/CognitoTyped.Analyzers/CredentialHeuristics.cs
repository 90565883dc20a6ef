using System;
using CognitoTyped.Shared;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Name and value-shape tests for code that reaches no known Cognito API: a member, local, parameter or
/// configuration key named like a client ID or secret counts only when its value also has the shape of one.
/// Nothing here allocates: these run on every candidate in the compilation.
/// </summary>
internal static class CredentialHeuristics
{
    /// <summary>The shortest string that can have the shape of a client ID or secret.</summary>
    public const int MinShapedLength = CognitoCredentialShapes.ClientIdLength;

    /// <summary>The longest string that can have the shape of a client ID or secret.</summary>
    public const int MaxShapedLength = CognitoCredentialShapes.ClientSecretMaxLength;

    /// <summary>
    /// The kind a name suggests: "ClientId", "_appClientId", "COGNITO_CLIENT_ID", "Cognito:Clients:Web:ClientId" (the last
    /// segment of a configuration key) name a client ID; "ClientSecret", "cognito_secret" a client secret.
    /// </summary>
    public static CredentialKind? KindFromName(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return null;
        }

        // Every name below ends in "id" or "secret": most names are ruled out by their last two letters.
        var last = name.Length - 1;
        while (last > 0 && IsSeparator(name[last]))
        {
            last--;
        }

        var beforeLast = last - 1;
        while (beforeLast > 0 && IsSeparator(name[beforeLast]))
        {
            beforeLast--;
        }

        if (beforeLast < 0)
        {
            return null;
        }

        var ending = (char.ToLowerInvariant(name[beforeLast]), char.ToLowerInvariant(name[last]));
        if (ending is not (('i', 'd') or ('e', 't')))
        {
            return null;
        }

        var segmentStart = LastKeySegmentStart(name);
        if (EndsWithNormalized(name, segmentStart, "clientid"))
        {
            return CredentialKind.ClientId;
        }

        if (EndsWithNormalized(name, segmentStart, "clientsecret")
            || EndsWithNormalized(name, segmentStart, "appsecret")
            || EqualsNormalized(name, segmentStart, "secret")
            || (ContainsIgnoreCase(name, segmentStart, "cognito") && EndsWithNormalized(name, segmentStart, "secret")))
        {
            return CredentialKind.ClientSecret;
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> looks like a real credential of <paramref name="kind"/> (see <see cref="CognitoCredentialShapes"/>).</summary>
    public static bool HasShapeOf(CredentialKind kind, string value) => kind switch
    {
        CredentialKind.ClientId => CognitoCredentialShapes.IsClientId(value),
        CredentialKind.ClientSecret => CognitoCredentialShapes.IsClientSecret(value),
        _ => false,
    };

    /// <summary>Whether <paramref name="value"/> looks like a real client ID or client secret.</summary>
    public static bool HasAnyShape(string value) =>
        CognitoCredentialShapes.IsClientId(value) || CognitoCredentialShapes.IsClientSecret(value);

    /// <summary>
    /// Whether a string is a configuration key or path that names a credential ("Cognito:ClientId",
    /// "Cognito__Clients__Web__ClientSecret") rather than being one.
    /// </summary>
    public static bool IsConfigurationKeyName(string value)
    {
        var separated = value.IndexOf(':') > 0 || value.IndexOf("__", StringComparison.Ordinal) > 0;
        if (!separated || value.IndexOf(' ') >= 0)
        {
            return false;
        }

        var segmentStart = LastKeySegmentStart(value);
        return KindFromName(value) is not null
            || EndsWithNormalized(value, segmentStart, "password")
            || EndsWithNormalized(value, segmentStart, "clientid");
    }

    /// <summary>Where the last segment of a configuration key starts: after the last ':' or "__".</summary>
    private static int LastKeySegmentStart(string name)
    {
        for (var i = name.Length - 1; i >= 0; i--)
        {
            if (name[i] == ':')
            {
                return i + 1;
            }

            if (name[i] == '_' && i > 0 && name[i - 1] == '_')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsSeparator(char c) => c is '_' or '-' or '.' or '@';

    /// <summary>Compares the end of <paramref name="name"/> (from <paramref name="start"/>) with a lower-case word, ignoring case and separators.</summary>
    private static bool EndsWithNormalized(string name, int start, string lowerWord)
    {
        var i = name.Length - 1;
        var j = lowerWord.Length - 1;
        while (j >= 0)
        {
            while (i >= start && IsSeparator(name[i]))
            {
                i--;
            }

            if (i < start || char.ToLowerInvariant(name[i]) != lowerWord[j])
            {
                return false;
            }

            i--;
            j--;
        }

        return true;
    }

    private static bool EqualsNormalized(string name, int start, string lowerWord)
    {
        if (!EndsWithNormalized(name, start, lowerWord))
        {
            return false;
        }

        var letters = 0;
        for (var i = start; i < name.Length; i++)
        {
            if (!IsSeparator(name[i]))
            {
                letters++;
            }
        }

        return letters == lowerWord.Length;
    }

    private static bool ContainsIgnoreCase(string name, int start, string lowerWord)
    {
        for (var i = start; i + lowerWord.Length <= name.Length; i++)
        {
            var k = 0;
            while (k < lowerWord.Length && char.ToLowerInvariant(name[i + k]) == lowerWord[k])
            {
                k++;
            }

            if (k == lowerWord.Length)
            {
                return true;
            }
        }

        return false;
    }
}
