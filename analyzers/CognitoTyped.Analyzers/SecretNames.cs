using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Analyzers;

/// <summary>
/// The names a Cognito secret goes by in code (<c>AccessToken</c>, <c>Password</c>, <c>[CognitoPassword]</c>, …), and a
/// scan of source text for them as whole words. CTY0005 analyzes a log write only in a type whose text names one: every
/// source it follows is named there.
/// </summary>
/// <remarks>
/// The scan reads text, not tokens: walking a large type's tokens realizes every syntax node in it, which cost more than
/// all the rest of the rule on a Newtonsoft.Json compile. A name in a comment or string counts too, which only means
/// that type's writes are analyzed: it never hides a report.
/// </remarks>
internal static class SecretNames
{
    private static readonly string[] s_names =
    [
        "AccessToken", "IdToken", "RefreshToken", "ClientSecret", "Password", "TemporaryPassword", "PreviousPassword",
        "ProposedPassword", "NewPassword", "ConfirmationCode", "Session", "SessionID", "SecretHash", "CognitoPassword",
        "CognitoClientSecret", "CognitoPasswordAttribute", "CognitoClientSecretAttribute", "AuthenticationResult", "CognitoTokens",
    ];

    /// <summary>Lengths some name has, as bits: most words are rejected by their length alone.</summary>
    private static readonly ulong s_lengths = Lengths();

    /// <summary>
    /// A part of every name, rare in other code: the text is searched for these (a vectorized search), and only the word
    /// around each hit is compared with the names.
    /// </summary>
    private static readonly string[] s_anchors = ["Token", "Secret", "Password", "Code", "Session", "AuthenticationResult"];

    /// <summary>Whether <paramref name="span"/> of <paramref name="tree"/>'s text has one of the names as a whole word.</summary>
    public static bool AnyIn(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        if (!tree.TryGetText(out var text))
        {
            text = tree.GetText(cancellationToken);
        }

        var content = text.ToString(TextSpan.FromBounds(Math.Min(span.Start, text.Length), Math.Min(span.End, text.Length)));
        foreach (var anchor in s_anchors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var hit = content.IndexOf(anchor, StringComparison.Ordinal); hit >= 0; hit = content.IndexOf(anchor, hit + anchor.Length, StringComparison.Ordinal))
            {
                var start = hit;
                while (start > 0 && IsWordCharacter(content[start - 1]))
                {
                    start--;
                }

                var end = hit + anchor.Length;
                while (end < content.Length && IsWordCharacter(content[end]))
                {
                    end++;
                }

                if (IsName(content.AsSpan(start, end - start)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => c == '_' || char.IsLetterOrDigit(c);

    /// <summary>Whether <paramref name="word"/> is one of the names.</summary>
    public static bool IsName(ReadOnlySpan<char> word)
    {
        if (word.Length >= 64 || (s_lengths & (1UL << word.Length)) == 0)
        {
            return false;
        }

        foreach (var name in s_names)
        {
            if (name.Length == word.Length && word.SequenceEqual(name.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Lengths()
    {
        var lengths = 0UL;
        foreach (var name in s_names)
        {
            lengths |= 1UL << name.Length;
        }

        return lengths;
    }
}
