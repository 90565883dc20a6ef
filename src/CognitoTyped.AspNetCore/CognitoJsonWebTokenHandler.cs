using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// JwtBearer's token handler with two steps first: the header must say RS256 (<c>ValidAlgorithms</c> refuses other signed
/// algorithms too, but an unsigned <c>alg: none</c> token would only fail as a missing signature; checking the header here
/// names the real reason and refuses before any key is looked up), and the pool's keys are fetched, or refetched for a
/// <c>kid</c> not seen yet, before the signature is checked.
/// </summary>
internal sealed class CognitoJsonWebTokenHandler(CognitoSigningKeys signingKeys) : JsonWebTokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaximumTokenSizeInBytes || !CanReadToken(token))
        {
            return Refused(new CognitoTokenRejectedException(CognitoTokenCheck.Malformed, "malformed: the bearer token is not a JWT."));
        }

        JsonWebToken jwt;
        try
        {
            jwt = ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Refused(new CognitoTokenRejectedException(CognitoTokenCheck.Malformed, "malformed: the bearer token is not a JWT."));
        }

        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return Refused(new CognitoTokenRejectedException(CognitoTokenCheck.Algorithm, "algorithm: only RS256 tokens are accepted."));
        }

        // JwtBearer hands each request its own copy of the parameters: the keys set here are this request's.
        validationParameters.IssuerSigningKeys = await signingKeys.GetKeysAsync(jwt.Kid).ConfigureAwait(false);
        return await base.ValidateTokenAsync(jwt, validationParameters).ConfigureAwait(false);
    }

    private static TokenValidationResult Refused(Exception exception) => new() { IsValid = false, Exception = exception };
}
