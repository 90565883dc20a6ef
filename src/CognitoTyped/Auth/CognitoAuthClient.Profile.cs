using CognitoTyped.IdentityProvider;

namespace CognitoTyped;

// The signed-in user: attributes, password change and reset, sign-out, token revocation, deletion.
public sealed partial class CognitoAuthClient
{
    /// <summary>Reads the signed-in user (GetUser).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The username and attributes.</returns>
    public async Task<CognitoUserData> GetUserAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var response = await _service.GetUserAsync(new GetUserRequest { AccessToken = accessToken }, cancellationToken).ConfigureAwait(false);
        return new CognitoUserData(
            response.Username ?? string.Empty,
            ToDictionary(response.UserAttributes),
            response.PreferredMfaSetting,
            response.UserMFASettingList);
    }

    /// <summary>Updates the signed-in user's attributes (UpdateUserAttributes).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="attributes">The attributes to set, keyed by Cognito name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where verification codes went for changed email/phone attributes.</returns>
    public async Task<IReadOnlyList<CodeDeliveryDetailsType>> UpdateUserAttributesAsync(string accessToken, IEnumerable<KeyValuePair<string, string>> attributes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(attributes);
        var response = await _service.UpdateUserAttributesAsync(
            new UpdateUserAttributesRequest { AccessToken = accessToken, UserAttributes = ToAttributeList(attributes) },
            cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetailsList ?? (IReadOnlyList<CodeDeliveryDetailsType>)Array.Empty<CodeDeliveryDetailsType>();
    }

    /// <summary>Deletes attributes of the signed-in user (DeleteUserAttributes).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="attributeNames">The Cognito names of the attributes to delete.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when they are deleted.</returns>
    public async Task DeleteUserAttributesAsync(string accessToken, IEnumerable<string> attributeNames, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(attributeNames);
        _ = await _service.DeleteUserAttributesAsync(
            new DeleteUserAttributesRequest { AccessToken = accessToken, UserAttributeNames = attributeNames.ToList() },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the signed-in user's password (ChangePassword).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="previousPassword">The current password.</param>
    /// <param name="proposedPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is changed.</returns>
    public async Task ChangePasswordAsync(string accessToken, [CognitoPassword] string previousPassword, [CognitoPassword] string proposedPassword, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(proposedPassword);
        _ = await _service.ChangePasswordAsync(
            new ChangePasswordRequest { AccessToken = accessToken, PreviousPassword = previousPassword, ProposedPassword = proposedPassword },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a password reset: Cognito sends the user a code (ForgotPassword).</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    public async Task<CodeDeliveryDetailsType?> ForgotPasswordAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        var response = await _service.ForgotPasswordAsync(
            new ForgotPasswordRequest { ClientId = _options.ClientId, SecretHash = _options.SecretHashFor(username), Username = username },
            cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }

    /// <summary>Completes a password reset with the code (ConfirmForgotPassword).</summary>
    /// <param name="username">The username.</param>
    /// <param name="confirmationCode">The code the user received.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is reset.</returns>
    public async Task ConfirmForgotPasswordAsync(string username, string confirmationCode, [CognitoPassword] string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(confirmationCode);
        ArgumentException.ThrowIfNullOrEmpty(newPassword);
        _ = await _service.ConfirmForgotPasswordAsync(
            new ConfirmForgotPasswordRequest
            {
                ClientId = _options.ClientId,
                SecretHash = _options.SecretHashFor(username),
                Username = username,
                ConfirmationCode = confirmationCode,
                Password = newPassword,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a code to verify an attribute such as <c>email</c> (GetUserAttributeVerificationCode).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="attributeName">The Cognito name of the attribute.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    public async Task<CodeDeliveryDetailsType?> GetUserAttributeVerificationCodeAsync(string accessToken, string attributeName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(attributeName);
        var response = await _service.GetUserAttributeVerificationCodeAsync(
            new GetUserAttributeVerificationCodeRequest { AccessToken = accessToken, AttributeName = attributeName },
            cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }

    /// <summary>Verifies an attribute with the code the user received (VerifyUserAttribute).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="attributeName">The Cognito name of the attribute.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attribute is verified.</returns>
    public async Task VerifyUserAttributeAsync(string accessToken, string attributeName, string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(attributeName);
        ArgumentException.ThrowIfNullOrEmpty(code);
        _ = await _service.VerifyUserAttributeAsync(
            new VerifyUserAttributeRequest { AccessToken = accessToken, AttributeName = attributeName, Code = code },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Signs the user out of every device: all their refresh tokens are revoked (GlobalSignOut).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is signed out.</returns>
    public async Task GlobalSignOutAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        _ = await _service.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = accessToken }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a refresh token and the access tokens issued with it (RevokeToken).</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the token is revoked.</returns>
    public async Task RevokeTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        _ = await _service.RevokeTokenAsync(
            new RevokeTokenRequest { Token = refreshToken, ClientId = _options.ClientId, ClientSecret = _options.ClientSecret },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the signed-in user (DeleteUser).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is deleted.</returns>
    public Task DeleteUserAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return _service.DeleteUserAsync(new DeleteUserRequest { AccessToken = accessToken }, cancellationToken);
    }
}
