using CognitoTyped.IdentityProvider;
using CognitoTyped.Srp;

namespace CognitoTyped;

/// <summary>
/// The user-facing flows of one Cognito app client, with attributes as strings keyed by their Cognito names.
/// The generated typed clients wrap this class; use it directly when there is no cognito.json.
/// SECRET_HASH is added to every call that needs it when <see cref="CognitoClientOptions.ClientSecret"/> is set.
/// </summary>
public sealed class CognitoAuthClient : IDisposable
{
    private readonly CognitoClientOptions _options;
    private readonly CognitoIdentityProviderClient _service;
    private readonly TimeProvider _time;

    /// <summary>Creates the client.</summary>
    /// <param name="options">The pool, the app client and, for emulators, the endpoint.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with; null creates one the client owns.</param>
    public CognitoAuthClient(CognitoClientOptions options, HttpClient? httpClient = null)
        : this(options, httpClient, TimeProvider.System)
    {
    }

    internal CognitoAuthClient(CognitoClientOptions options, HttpClient? httpClient, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _service = new CognitoIdentityProviderClient(options.ToServiceOptions(), httpClient);
        _time = time;
    }

    /// <summary>The options this client was created with.</summary>
    public CognitoClientOptions Options => _options;

    /// <summary>The low-level client underneath, for operations this class does not wrap.</summary>
    public CognitoIdentityProviderClient Service => _service;

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
                SecretHash = SecretHashFor(username),
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
                SecretHash = SecretHashFor(username),
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
            new ResendConfirmationCodeRequest { ClientId = _options.ClientId, SecretHash = SecretHashFor(username), Username = username },
            cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }

    /// <summary>Signs in with USER_PASSWORD_AUTH (the password travels over TLS to Cognito).</summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for next.</returns>
    public async Task<SignInResult> SignInWithPasswordAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["PASSWORD"] = password,
        };
        AddSecretHash(parameters, username);
        var response = await _service.InitiateAuthAsync(
            new InitiateAuthRequest { AuthFlow = "USER_PASSWORD_AUTH", ClientId = _options.ClientId, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        return ToResult(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, username);
    }

    /// <summary>
    /// Signs in with USER_SRP_AUTH: the password never leaves this process; the PASSWORD_VERIFIER challenge is
    /// answered here with Cognito's SRP-6a.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for after the password (MFA, new password, …).</returns>
    public async Task<SignInResult> SignInWithSrpAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var srp = SrpSession.Create();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["SRP_A"] = srp.LargeAHex,
        };
        AddSecretHash(parameters, username);
        var initiated = await _service.InitiateAuthAsync(
            new InitiateAuthRequest { AuthFlow = "USER_SRP_AUTH", ClientId = _options.ClientId, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        if (initiated.ChallengeName != "PASSWORD_VERIFIER")
        {
            return ToResult(initiated.AuthenticationResult, initiated.ChallengeName, initiated.ChallengeParameters, initiated.Session, username);
        }

        var challenge = initiated.ChallengeParameters ?? new Dictionary<string, string>();
        var userIdForSrp = Required(challenge, "USER_ID_FOR_SRP");
        var secretBlock = Required(challenge, "SECRET_BLOCK");
        var claim = srp.ComputeClaim(
            _options.UserPoolId,
            userIdForSrp,
            password,
            Required(challenge, "SRP_B"),
            Required(challenge, "SALT"),
            secretBlock,
            _time.GetUtcNow());
        var responses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = userIdForSrp,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["PASSWORD_CLAIM_SIGNATURE"] = claim.Signature,
            ["TIMESTAMP"] = claim.Timestamp,
        };
        AddSecretHash(responses, userIdForSrp);
        var answered = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = "PASSWORD_VERIFIER", ClientId = _options.ClientId, ChallengeResponses = responses, Session = initiated.Session },
            cancellationToken).ConfigureAwait(false);
        return ToResult(answered.AuthenticationResult, answered.ChallengeName, answered.ChallengeParameters, answered.Session, userIdForSrp);
    }

    /// <summary>Answers NEW_PASSWORD_REQUIRED with the new password and the attributes the challenge requires.</summary>
    /// <param name="challenge">The NEW_PASSWORD_REQUIRED challenge.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="requiredAttributes">Values for <see cref="CognitoChallenge.RequiredAttributes"/>, keyed by Cognito name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToNewPasswordRequiredAsync(CognitoChallenge challenge, [CognitoPassword] string newPassword, IEnumerable<KeyValuePair<string, string>>? requiredAttributes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(newPassword);
        ExpectChallenge(challenge, "NEW_PASSWORD_REQUIRED");
        var responses = new Dictionary<string, string>(StringComparer.Ordinal) { ["NEW_PASSWORD"] = newPassword };
        foreach (var attribute in requiredAttributes ?? Array.Empty<KeyValuePair<string, string>>())
        {
            responses["userAttributes." + attribute.Key] = attribute.Value;
        }

        return RespondToChallengeAsync(challenge, responses, cancellationToken);
    }

    /// <summary>Answers an MFA code challenge: SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP.</summary>
    /// <param name="challenge">The challenge.</param>
    /// <param name="code">The code the user received or their authenticator shows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToMfaCodeAsync(CognitoChallenge challenge, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var key = challenge.Name switch
        {
            "SMS_MFA" => "SMS_MFA_CODE",
            "SOFTWARE_TOKEN_MFA" => "SOFTWARE_TOKEN_MFA_CODE",
            "EMAIL_OTP" => "EMAIL_OTP_CODE",
            "SMS_OTP" => "SMS_OTP_CODE",
            _ => throw new InvalidOperationException($"{challenge.Name} is not an MFA code challenge."),
        };
        return RespondToChallengeAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { [key] = code }, cancellationToken);
    }

    /// <summary>
    /// Answers any challenge with the given responses (RespondToAuthChallenge). USERNAME and SECRET_HASH are added;
    /// the challenge's Session is spent, so a second answer throws.
    /// </summary>
    /// <param name="challenge">The challenge.</param>
    /// <param name="responses">The ChallengeResponses, keyed as Cognito documents them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public async Task<SignInResult> RespondToChallengeAsync(CognitoChallenge challenge, IReadOnlyDictionary<string, string> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(responses);
        var session = challenge.SpendSession();
        var all = new Dictionary<string, string>(responses, StringComparer.Ordinal);
        all.TryAdd("USERNAME", challenge.Username);
        AddSecretHash(all, all["USERNAME"]);
        var response = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = challenge.Name, ClientId = _options.ClientId, ChallengeResponses = all, Session = session },
            cancellationToken).ConfigureAwait(false);
        return ToResult(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, challenge.Username);
    }

    /// <summary>
    /// Gets new ID and access tokens with the refresh token (REFRESH_TOKEN_AUTH). With a client secret, SECRET_HASH
    /// uses the user's Cognito username read from the tokens, not the alias they signed in with.
    /// </summary>
    /// <param name="tokens">The current tokens; their refresh token is used.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens, keeping the refresh token unless Cognito rotated it.</returns>
    public async Task<CognitoTokens> RefreshAsync(CognitoTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            throw new InvalidOperationException("These tokens have no refresh token to refresh with.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["REFRESH_TOKEN"] = tokens.RefreshToken };
        if (_options.ClientSecret is not null)
        {
            var username = tokens.Username ?? throw new InvalidOperationException("The tokens carry no username to compute SECRET_HASH with.");
            parameters["SECRET_HASH"] = SecretHash.Compute(username, _options.ClientId, _options.ClientSecret);
            parameters["USERNAME"] = username;
        }

        var response = await _service.InitiateAuthAsync(
            new InitiateAuthRequest { AuthFlow = "REFRESH_TOKEN_AUTH", ClientId = _options.ClientId, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        var result = response.AuthenticationResult
            ?? throw new CognitoProtocolException($"REFRESH_TOKEN_AUTH answered with the {response.ChallengeName ?? "(none)"} challenge instead of tokens.");
        return tokens.WithRefreshed(
            result.IdToken ?? throw new CognitoProtocolException("REFRESH_TOKEN_AUTH returned no ID token."),
            result.AccessToken ?? throw new CognitoProtocolException("REFRESH_TOKEN_AUTH returned no access token."),
            result.RefreshToken,
            ExpiresAt(result));
    }

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
            new ForgotPasswordRequest { ClientId = _options.ClientId, SecretHash = SecretHashFor(username), Username = username },
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
                SecretHash = SecretHashFor(username),
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

    /// <summary>Disposes the <see cref="HttpClient"/> when the client created it.</summary>
    public void Dispose() => _service.Dispose();

    internal static DateTimeOffset ExpiresAt(AuthenticationResultType result, DateTimeOffset? now = null)
        => (now ?? DateTimeOffset.UtcNow).AddSeconds(result.ExpiresIn is > 0 ? result.ExpiresIn.Value : 3600);

    internal static List<AttributeType> ToAttributeList(IEnumerable<KeyValuePair<string, string>> attributes)
        => attributes.Select(a => new AttributeType { Name = a.Key, Value = a.Value }).ToList();

    internal static IReadOnlyDictionary<string, string> ToDictionary(IEnumerable<AttributeType>? attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes ?? Enumerable.Empty<AttributeType>())
        {
            if (attribute.Name is not null)
            {
                result[attribute.Name] = attribute.Value ?? string.Empty;
            }
        }

        return result;
    }

    private SignInResult ToResult(AuthenticationResultType? result, string? challengeName, Dictionary<string, string>? challengeParameters, string? session, string username)
    {
        if (result is not null)
        {
            var tokens = new CognitoTokens(
                result.IdToken ?? throw new CognitoProtocolException("Sign-in returned no ID token."),
                result.AccessToken ?? throw new CognitoProtocolException("Sign-in returned no access token."),
                result.RefreshToken,
                ExpiresAt(result, _time.GetUtcNow()),
                result.TokenType ?? "Bearer");
            return SignInResult.SignedIn(tokens, result.NewDeviceMetadata);
        }

        if (string.IsNullOrEmpty(challengeName))
        {
            throw new CognitoProtocolException("Sign-in returned neither tokens nor a challenge.");
        }

        var parameters = challengeParameters ?? new Dictionary<string, string>();
        var challengeUser = parameters.TryGetValue("USER_ID_FOR_SRP", out var userIdForSrp) && !string.IsNullOrEmpty(userIdForSrp) ? userIdForSrp : username;
        return SignInResult.Challenged(new CognitoChallenge(challengeName, parameters, session, challengeUser));
    }

    private static void ExpectChallenge(CognitoChallenge challenge, string name)
    {
        if (!string.Equals(challenge.Name, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"This answers {name}, but the challenge is {challenge.Name}.");
        }
    }

    private static string Required(Dictionary<string, string> parameters, string name)
        => parameters.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new CognitoProtocolException($"The PASSWORD_VERIFIER challenge has no {name}.");

    private string? SecretHashFor(string username)
        => _options.ClientSecret is null ? null : SecretHash.Compute(username, _options.ClientId, _options.ClientSecret);

    private void AddSecretHash(Dictionary<string, string> parameters, string username)
    {
        if (_options.ClientSecret is not null)
        {
            parameters["SECRET_HASH"] = SecretHash.Compute(username, _options.ClientId, _options.ClientSecret);
        }
    }
}
