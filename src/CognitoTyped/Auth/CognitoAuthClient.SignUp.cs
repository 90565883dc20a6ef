using CognitoTyped.IdentityProvider;

namespace CognitoTyped;

// Sign-up: registering a user and confirming the registration.
public sealed partial class CognitoAuthClient
{
    /// <summary>Registers a user (SignUp).</summary>
    /// <param name="username">The username (or email/phone when the pool signs in by them).</param>
    /// <param name="password">The password.</param>
    /// <param name="attributes">The user attributes keyed by Cognito name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the user is confirmed already, its <c>sub</c> and where the code went.</returns>
    public Task<SignUpResponse> SignUpAsync(string username, [CognitoPassword] string password, IEnumerable<KeyValuePair<string, string>> attributes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentNullException.ThrowIfNull(attributes);
        return _service.SignUpAsync(
            new SignUpRequest
            {
                ClientId = _options.ClientId,
                SecretHash = _options.SecretHashFor(username),
                Username = username,
                Password = password,
                UserAttributes = ToAttributeList(attributes),
            },
            cancellationToken);
    }

    /// <summary>Confirms a sign-up with the code the user received (ConfirmSignUp).</summary>
    /// <param name="username">The username.</param>
    /// <param name="confirmationCode">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is confirmed.</returns>
    public async Task ConfirmSignUpAsync(string username, string confirmationCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(confirmationCode);
        _ = await _service.ConfirmSignUpAsync(
            new ConfirmSignUpRequest
            {
                ClientId = _options.ClientId,
                SecretHash = _options.SecretHashFor(username),
                Username = username,
                ConfirmationCode = confirmationCode,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the sign-up confirmation code again (ResendConfirmationCode).</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    public async Task<CodeDeliveryDetailsType?> ResendConfirmationCodeAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        var response = await _service.ResendConfirmationCodeAsync(
            new ResendConfirmationCodeRequest { ClientId = _options.ClientId, SecretHash = _options.SecretHashFor(username), Username = username },
            cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }
}
