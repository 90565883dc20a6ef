using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>
/// Reads a pool's JWKS straight from its URL into the configuration JwtBearer's <c>ConfigurationManager</c> caches and refreshes
/// (periodically and on an unknown <c>kid</c>). No discovery document: cognito-local's <c>openid-configuration</c> points at a
/// hard-coded localhost:9229, and the issuer is checked against the configured forms, never taken from a fetched document.
/// </summary>
internal sealed class JwksConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var document = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var keySet = new JsonWebKeySet(document);
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = keySet, JwksUri = address };
        foreach (var key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
