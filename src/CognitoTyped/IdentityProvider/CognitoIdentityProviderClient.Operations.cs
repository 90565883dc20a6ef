// Operations of cognito-idp; one method each, named as AWS names them.
namespace CognitoTyped.IdentityProvider;

public sealed partial class CognitoIdentityProviderClient
{
    /// <summary>Calls <c>SignUp</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("SignUp", request, IdentityProviderJsonContext.Default.SignUpRequest, IdentityProviderJsonContext.Default.SignUpResponse, false, cancellationToken);

    /// <summary>Calls <c>ConfirmSignUp</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ConfirmSignUp", request, IdentityProviderJsonContext.Default.ConfirmSignUpRequest, IdentityProviderJsonContext.Default.ConfirmSignUpResponse, false, cancellationToken);

    /// <summary>Calls <c>ResendConfirmationCode</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ResendConfirmationCode", request, IdentityProviderJsonContext.Default.ResendConfirmationCodeRequest, IdentityProviderJsonContext.Default.ResendConfirmationCodeResponse, false, cancellationToken);

    /// <summary>Calls <c>InitiateAuth</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("InitiateAuth", request, IdentityProviderJsonContext.Default.InitiateAuthRequest, IdentityProviderJsonContext.Default.InitiateAuthResponse, false, cancellationToken);

    /// <summary>Calls <c>RespondToAuthChallenge</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("RespondToAuthChallenge", request, IdentityProviderJsonContext.Default.RespondToAuthChallengeRequest, IdentityProviderJsonContext.Default.RespondToAuthChallengeResponse, false, cancellationToken);

    /// <summary>Calls <c>GetTokensFromRefreshToken</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(GetTokensFromRefreshTokenRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetTokensFromRefreshToken", request, IdentityProviderJsonContext.Default.GetTokensFromRefreshTokenRequest, IdentityProviderJsonContext.Default.GetTokensFromRefreshTokenResponse, false, cancellationToken);

    /// <summary>Calls <c>ForgotPassword</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ForgotPassword", request, IdentityProviderJsonContext.Default.ForgotPasswordRequest, IdentityProviderJsonContext.Default.ForgotPasswordResponse, false, cancellationToken);

    /// <summary>Calls <c>ConfirmForgotPassword</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ConfirmForgotPassword", request, IdentityProviderJsonContext.Default.ConfirmForgotPasswordRequest, IdentityProviderJsonContext.Default.ConfirmForgotPasswordResponse, false, cancellationToken);

    /// <summary>Calls <c>ChangePassword</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ChangePassword", request, IdentityProviderJsonContext.Default.ChangePasswordRequest, IdentityProviderJsonContext.Default.ChangePasswordResponse, false, cancellationToken);

    /// <summary>Calls <c>GetUser</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetUserResponse> GetUserAsync(GetUserRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetUser", request, IdentityProviderJsonContext.Default.GetUserRequest, IdentityProviderJsonContext.Default.GetUserResponse, false, cancellationToken);

    /// <summary>Calls <c>UpdateUserAttributes</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<UpdateUserAttributesResponse> UpdateUserAttributesAsync(UpdateUserAttributesRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("UpdateUserAttributes", request, IdentityProviderJsonContext.Default.UpdateUserAttributesRequest, IdentityProviderJsonContext.Default.UpdateUserAttributesResponse, false, cancellationToken);

    /// <summary>Calls <c>DeleteUserAttributes</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<DeleteUserAttributesResponse> DeleteUserAttributesAsync(DeleteUserAttributesRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("DeleteUserAttributes", request, IdentityProviderJsonContext.Default.DeleteUserAttributesRequest, IdentityProviderJsonContext.Default.DeleteUserAttributesResponse, false, cancellationToken);

    /// <summary>Calls <c>GetUserAttributeVerificationCode</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCodeAsync(GetUserAttributeVerificationCodeRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GetUserAttributeVerificationCode", request, IdentityProviderJsonContext.Default.GetUserAttributeVerificationCodeRequest, IdentityProviderJsonContext.Default.GetUserAttributeVerificationCodeResponse, false, cancellationToken);

    /// <summary>Calls <c>VerifyUserAttribute</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<VerifyUserAttributeResponse> VerifyUserAttributeAsync(VerifyUserAttributeRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("VerifyUserAttribute", request, IdentityProviderJsonContext.Default.VerifyUserAttributeRequest, IdentityProviderJsonContext.Default.VerifyUserAttributeResponse, false, cancellationToken);

    /// <summary>Calls <c>GlobalSignOut</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("GlobalSignOut", request, IdentityProviderJsonContext.Default.GlobalSignOutRequest, IdentityProviderJsonContext.Default.GlobalSignOutResponse, false, cancellationToken);

    /// <summary>Calls <c>RevokeToken</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("RevokeToken", request, IdentityProviderJsonContext.Default.RevokeTokenRequest, IdentityProviderJsonContext.Default.RevokeTokenResponse, false, cancellationToken);

    /// <summary>Calls <c>DeleteUser</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has answered.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task DeleteUserAsync(DeleteUserRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("DeleteUser", request, IdentityProviderJsonContext.Default.DeleteUserRequest, false, cancellationToken);

    /// <summary>Calls <c>AssociateSoftwareToken</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AssociateSoftwareToken", request, IdentityProviderJsonContext.Default.AssociateSoftwareTokenRequest, IdentityProviderJsonContext.Default.AssociateSoftwareTokenResponse, false, cancellationToken);

    /// <summary>Calls <c>VerifySoftwareToken</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("VerifySoftwareToken", request, IdentityProviderJsonContext.Default.VerifySoftwareTokenRequest, IdentityProviderJsonContext.Default.VerifySoftwareTokenResponse, false, cancellationToken);

    /// <summary>Calls <c>SetUserMFAPreference</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<SetUserMFAPreferenceResponse> SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("SetUserMFAPreference", request, IdentityProviderJsonContext.Default.SetUserMFAPreferenceRequest, IdentityProviderJsonContext.Default.SetUserMFAPreferenceResponse, false, cancellationToken);

    /// <summary>Calls <c>ConfirmDevice</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ConfirmDeviceResponse> ConfirmDeviceAsync(ConfirmDeviceRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ConfirmDevice", request, IdentityProviderJsonContext.Default.ConfirmDeviceRequest, IdentityProviderJsonContext.Default.ConfirmDeviceResponse, false, cancellationToken);

    /// <summary>Calls <c>ForgetDevice</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has answered.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task ForgetDeviceAsync(ForgetDeviceRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ForgetDevice", request, IdentityProviderJsonContext.Default.ForgetDeviceRequest, false, cancellationToken);

    /// <summary>Calls <c>CreateUserPool</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<CreateUserPoolResponse> CreateUserPoolAsync(CreateUserPoolRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("CreateUserPool", request, IdentityProviderJsonContext.Default.CreateUserPoolRequest, IdentityProviderJsonContext.Default.CreateUserPoolResponse, true, cancellationToken);

    /// <summary>Calls <c>CreateUserPoolClient</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<CreateUserPoolClientResponse> CreateUserPoolClientAsync(CreateUserPoolClientRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("CreateUserPoolClient", request, IdentityProviderJsonContext.Default.CreateUserPoolClientRequest, IdentityProviderJsonContext.Default.CreateUserPoolClientResponse, true, cancellationToken);

    /// <summary>Calls <c>CreateGroup</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<CreateGroupResponse> CreateGroupAsync(CreateGroupRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("CreateGroup", request, IdentityProviderJsonContext.Default.CreateGroupRequest, IdentityProviderJsonContext.Default.CreateGroupResponse, true, cancellationToken);

    /// <summary>Calls <c>DescribeUserPool</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<DescribeUserPoolResponse> DescribeUserPoolAsync(DescribeUserPoolRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("DescribeUserPool", request, IdentityProviderJsonContext.Default.DescribeUserPoolRequest, IdentityProviderJsonContext.Default.DescribeUserPoolResponse, true, cancellationToken);

    /// <summary>Calls <c>DescribeUserPoolClient</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("DescribeUserPoolClient", request, IdentityProviderJsonContext.Default.DescribeUserPoolClientRequest, IdentityProviderJsonContext.Default.DescribeUserPoolClientResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminCreateUser</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminCreateUser", request, IdentityProviderJsonContext.Default.AdminCreateUserRequest, IdentityProviderJsonContext.Default.AdminCreateUserResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminConfirmSignUp</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminConfirmSignUp", request, IdentityProviderJsonContext.Default.AdminConfirmSignUpRequest, IdentityProviderJsonContext.Default.AdminConfirmSignUpResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminGetUser</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminGetUser", request, IdentityProviderJsonContext.Default.AdminGetUserRequest, IdentityProviderJsonContext.Default.AdminGetUserResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminSetUserPassword</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminSetUserPassword", request, IdentityProviderJsonContext.Default.AdminSetUserPasswordRequest, IdentityProviderJsonContext.Default.AdminSetUserPasswordResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminInitiateAuth</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminInitiateAuth", request, IdentityProviderJsonContext.Default.AdminInitiateAuthRequest, IdentityProviderJsonContext.Default.AdminInitiateAuthResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminRespondToAuthChallenge</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminRespondToAuthChallenge", request, IdentityProviderJsonContext.Default.AdminRespondToAuthChallengeRequest, IdentityProviderJsonContext.Default.AdminRespondToAuthChallengeResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminAddUserToGroup</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has answered.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminAddUserToGroup", request, IdentityProviderJsonContext.Default.AdminAddUserToGroupRequest, true, cancellationToken);

    /// <summary>Calls <c>AdminUpdateUserAttributes</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributesAsync(AdminUpdateUserAttributesRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminUpdateUserAttributes", request, IdentityProviderJsonContext.Default.AdminUpdateUserAttributesRequest, IdentityProviderJsonContext.Default.AdminUpdateUserAttributesResponse, true, cancellationToken);

    /// <summary>Calls <c>AdminDeleteUser</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has answered.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("AdminDeleteUser", request, IdentityProviderJsonContext.Default.AdminDeleteUserRequest, true, cancellationToken);

    /// <summary>Calls <c>ListUsers</c> (SigV4-signed with AWS credentials).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's response.</returns>
    /// <exception cref="global::CognitoTyped.CognitoServiceException">The service answered with an error (a subclass named as AWS names the error).</exception>
    public Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken = default)
        => _transport.SendAsync("ListUsers", request, IdentityProviderJsonContext.Default.ListUsersRequest, IdentityProviderJsonContext.Default.ListUsersResponse, true, cancellationToken);
}
