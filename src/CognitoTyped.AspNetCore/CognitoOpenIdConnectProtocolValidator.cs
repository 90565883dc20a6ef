using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// OpenID Connect's protocol checks with the nonce rule of <see cref="CognitoNonceValidation"/>. The nonce is always sent (and
/// its cookie written). <see cref="CognitoNonceValidation.Required"/> is IdentityModel's own check unchanged.
/// <see cref="CognitoNonceValidation.AllowMissing"/> accepts an ID token that carries no <c>nonce</c> at all (emulators that do
/// not echo it); a token that does carry one goes through the same check, so it must match the nonce cookie of this browser.
/// </summary>
internal sealed class CognitoOpenIdConnectProtocolValidator(CognitoNonceValidation nonceValidation) : OpenIdConnectProtocolValidator
{
    internal CognitoNonceValidation NonceValidation { get; } = nonceValidation;

    protected override void ValidateNonce(OpenIdConnectProtocolValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (NonceValidation == CognitoNonceValidation.AllowMissing
            && validationContext.ValidatedIdToken is { } idToken
            && string.IsNullOrEmpty(idToken.Payload.Nonce))
        {
            return;
        }

        base.ValidateNonce(validationContext);
    }
}
