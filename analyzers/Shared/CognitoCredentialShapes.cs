namespace CognitoTyped.Shared;

/// <summary>
/// What an app client ID and an app client secret that Cognito generated look like. One definition, compiled into both
/// the source generator (which refuses a secret in cognito.json) and the analyzer (which reports a value with the shape
/// of one under a name like "ClientId" or "ClientSecret"), so the two cannot disagree about the same string.
/// </summary>
/// <remarks>
/// The API model (cognito-idp 2016-04-18) accepts far more: ClientIdType is <c>[\w+]+</c> of 1 to 128 characters and
/// ClientSecretType <c>[\w+]+</c> of 24 to 64, because both also take values that callers choose (a custom secret
/// given to CreateUserPoolClient or AddUserPoolClientSecret). A shape that wide matches every identifier and word in
/// a program, so it cannot tell a credential from anything else; such values are found only where they reach a
/// Cognito API. The shapes here are the generated ones, exactly, with no slack: a client ID is 26 characters of
/// [a-z0-9] and a secret 51 or 52. Both must also mix letters and digits: 26 random base-36 characters have no digit
/// with a chance of about 2 in 10,000 (51 characters: 6 in 100,000,000), while words, alphabets and long numbers,
/// the usual strings of these lengths that are no credential, have only one of the two.
/// Nothing here allocates: the analyzer calls it for every candidate literal in a compilation.
/// </remarks>
internal static class CognitoCredentialShapes
{
    /// <summary>The length of a generated app client ID.</summary>
    public const int ClientIdLength = 26;

    /// <summary>The shortest generated app client secret.</summary>
    public const int ClientSecretMinLength = 51;

    /// <summary>The longest generated app client secret.</summary>
    public const int ClientSecretMaxLength = 52;

    /// <summary>Whether <paramref name="value"/> has the shape of an app client ID that Cognito generated.</summary>
    public static bool IsClientId(string value) => IsLettersAndDigits(value, ClientIdLength, ClientIdLength);

    /// <summary>Whether <paramref name="value"/> has the shape of an app client secret that Cognito generated.</summary>
    public static bool IsClientSecret(string value) => IsLettersAndDigits(value, ClientSecretMinLength, ClientSecretMaxLength);

    /// <summary>Whether <paramref name="c"/> can appear in a generated client ID or secret: [a-z0-9].</summary>
    public static bool IsShapeCharacter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    /// <summary><paramref name="minLength"/> to <paramref name="maxLength"/> characters of [a-z0-9], at least one of them a letter and one a digit.</summary>
    private static bool IsLettersAndDigits(string value, int minLength, int maxLength)
    {
        if (value.Length < minLength || value.Length > maxLength)
        {
            return false;
        }

        var hasLetter = false;
        var hasDigit = false;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (c is >= '0' and <= '9')
            {
                hasDigit = true;
            }
            else
            {
                return false;
            }
        }

        return hasLetter && hasDigit;
    }
}
