namespace CognitoTyped.Shared.Tests;

/// <summary>
/// The boundary values of <c>CognitoCredentialShapes</c>, in one table compiled into both the analyzer tests and the
/// generator tests, so each shows that its component accepts and rejects exactly these.
/// </summary>
internal static class CredentialShapeCases
{
    /// <summary>Letters and digits mixed, as Cognito generates them; any prefix of it has both from length 2 on.</summary>
    private const string Generated = "4a3b2c1d0e9f8g7h6i5j4k3l2m1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x";

    /// <summary>(what the case is, the value, whether it has a client ID's shape, whether it has a client secret's).</summary>
    public static readonly (string Case, string Value, bool IsClientId, bool IsClientSecret)[] All =
    [
        ("client ID, 26 characters", Take(26), true, false),
        ("25 characters", Take(25), false, false),
        ("27 characters", Take(27), false, false),
        ("26 letters, no digit", "abcdefghijklmnopqrstuvwxyz", false, false),
        ("26 digits, no letter", "12345678901234567890123456", false, false),
        ("26 characters with an upper-case letter", Take(25) + "Q", false, false),
        ("26 characters with an underscore", Take(25) + "_", false, false),
        ("24 characters, the shortest custom secret", Take(24), false, false),
        ("50 characters", Take(50), false, false),
        ("client secret, 51 characters", Take(51), false, true),
        ("client secret, 52 characters", Take(52), false, true),
        ("53 characters", Take(53), false, false),
        ("51 letters, no digit", new string('k', 51), false, false),
        ("51 digits, no letter", new string('7', 51), false, false),
        ("51 characters with an upper-case letter", Take(50) + "Q", false, false),
        ("64 characters, the longest custom secret", Take(52) + Take(12), false, false),
    ];

    private static string Take(int length) => Generated.Substring(0, length);
}
