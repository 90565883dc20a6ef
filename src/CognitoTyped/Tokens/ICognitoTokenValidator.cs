namespace CognitoTyped;

/// <summary>
/// Checks tokens of one user pool: signature against the pool's keys, issuer, expiry, <c>token_use</c> and app client.
/// Implemented by <see cref="CognitoTokenValidator"/>; <c>AddCognitoTyped</c> registers one per pool, keyed by the pool's name.
/// </summary>
public interface ICognitoTokenValidator
{
    /// <summary>Validates an access token.</summary>
    /// <param name="accessToken">The token.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    Task<CognitoValidatedToken> ValidateAccessTokenAsync(string accessToken, CancellationToken cancellationToken = default);

    /// <summary>Validates an ID token.</summary>
    /// <param name="idToken">The token.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    Task<CognitoValidatedToken> ValidateIdTokenAsync(string idToken, CancellationToken cancellationToken = default);

    /// <summary>Validates a token of the expected kind.</summary>
    /// <param name="token">The token.</param>
    /// <param name="expectedUse">Whether an ID or an access token is expected.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>The token's claims.</returns>
    /// <exception cref="CognitoTokenValidationException">The token is refused; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    Task<CognitoValidatedToken> ValidateAsync(string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default);
}
