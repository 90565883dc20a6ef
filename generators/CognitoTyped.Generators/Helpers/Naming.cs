using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoTyped.Generators.Helpers;

/// <summary>How cognito.json names become C# names: deterministic, culture-invariant, always valid identifiers.</summary>
internal static class Naming
{
    /// <summary>
    /// PascalCase of a name: split at every character that cannot be part of a C# identifier (and at '_'), upper-case the
    /// first letter of each piece, keep the rest as written (<c>tenant_id</c> → <c>TenantId</c>, <c>tenantID</c> →
    /// <c>TenantID</c>). A name that starts with a digit gets a leading '_'. Returns "" when nothing usable is left.
    /// </summary>
    /// <param name="name">The name as written in cognito.json.</param>
    /// <param name="startsIdentifier">False when the result is appended to another name (a client after its pool), so no '_' is needed.</param>
    public static string ToPascalCase(string name, bool startsIdentifier = true)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (startsIdentifier && builder.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        // The first character is upper-cased, '_' or a caseless letter, so the result is never a (lower-case) keyword.
        return builder.ToString();
    }

    /// <summary>Whether a dotted name is a valid C# namespace.</summary>
    public static bool IsValidNamespace(string value, out string reason)
    {
        if (value.Length == 0)
        {
            reason = "it is empty";
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part))
            {
                reason = "'" + part + "' is not a C# identifier";
                return false;
            }

            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                reason = "'" + part + "' is a C# keyword";
                return false;
            }
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>The first of <c>name</c>, <c>name + suffix</c>, <c>name + suffix + 2</c>, … that is not taken; marks it taken.</summary>
    public static string Unique(string name, string suffix, ISet<string> taken)
    {
        if (taken.Add(name))
        {
            return name;
        }

        var candidate = name + suffix;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + suffix + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A hint name made only of ASCII letters, digits, '.' and '_', so it is a valid file name on every OS.</summary>
    public static string HintName(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The closest of the candidates by edit distance, when close enough to be a likely misspelling.</summary>
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var list = candidates as IReadOnlyCollection<string> ?? new List<string>(candidates);
        if (value.Length >= 3)
        {
            // A truncated or extended name (ALLOW_USER_SRP for ALLOW_USER_SRP_AUTH) beats an edit-distance neighbour.
            string? containing = null;
            foreach (var candidate in list)
            {
                if ((candidate.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf(candidate, StringComparison.OrdinalIgnoreCase) >= 0)
                    && (containing is null || Math.Abs(candidate.Length - value.Length) < Math.Abs(containing.Length - value.Length)))
                {
                    containing = candidate;
                }
            }

            if (containing is not null)
            {
                return containing;
            }
        }

        foreach (var candidate in list)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
