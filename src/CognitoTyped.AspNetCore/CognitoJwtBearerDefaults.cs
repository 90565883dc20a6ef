namespace CognitoTyped.AspNetCore;

/// <summary>Names shared by <c>AddCognitoJwtBearer</c> and the code generated for a pool.</summary>
public static class CognitoJwtBearerDefaults
{
    /// <summary>The start of every authentication type set by <c>AddCognitoJwtBearer</c>: <c>CognitoTyped:</c>.</summary>
    public const string AuthenticationTypePrefix = "CognitoTyped:";

    /// <summary>
    /// The <see cref="System.Security.Claims.ClaimsIdentity.AuthenticationType"/> of identities validated for a pool,
    /// <c>CognitoTyped:{userPool}</c>; generated code finds the pool's identity in a principal by it.
    /// </summary>
    /// <param name="userPool">The pool's name in configuration and cognito.json, e.g. <c>Customers</c>.</param>
    /// <returns>The authentication type.</returns>
    public static string AuthenticationType(string userPool)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPool);
        return AuthenticationTypePrefix + userPool;
    }
}
