namespace CognitoTyped.Protocol;

/// <summary>
/// The check the generated operations make before sending: a member the model marks required and the caller left unset is
/// the caller's mistake, reported as one before a round trip the service would reject anyway.
/// </summary>
internal static class RequiredMember
{
    /// <summary>Throws when <paramref name="value"/> is null (an empty string is left for the service to judge).</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The member as <c>XxxRequest.Member</c>.</param>
    /// <param name="parameterName">The operation's parameter that holds the request.</param>
    public static void ThrowIfMissing(object? value, string member, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentException($"{member} is required.", parameterName);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is null; the message names the member by its path from the request.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="path">Where the structure that holds the member is, e.g. <c>SignUpRequest.UserAttributes[1]</c>.</param>
    /// <param name="member">The member's property name.</param>
    /// <param name="parameterName">The operation's parameter that holds the request.</param>
    public static void ThrowIfMissing(object? value, string path, string member, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentException($"{path}.{member} is required.", parameterName);
        }
    }
}
