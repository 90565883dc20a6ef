// Operations of cognito-identity; one method each, named as AWS names them.
namespace CognitoTyped.Identity;

public sealed partial class CognitoIdentityClient
{
    /// <summary>Calls <c>GetId</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetId", request, IdentityJsonContext.Default.GetIdRequest, IdentityJsonContext.Default.GetIdResponse, false, cancellationToken);

    /// <summary>Calls <c>GetCredentialsForIdentity</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetCredentialsForIdentityResponse> GetCredentialsForIdentityAsync(GetCredentialsForIdentityRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetCredentialsForIdentity", request, IdentityJsonContext.Default.GetCredentialsForIdentityRequest, IdentityJsonContext.Default.GetCredentialsForIdentityResponse, false, cancellationToken);

    /// <summary>Calls <c>GetOpenIdToken</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetOpenIdTokenResponse> GetOpenIdTokenAsync(GetOpenIdTokenRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetOpenIdToken", request, IdentityJsonContext.Default.GetOpenIdTokenRequest, IdentityJsonContext.Default.GetOpenIdTokenResponse, false, cancellationToken);
}
