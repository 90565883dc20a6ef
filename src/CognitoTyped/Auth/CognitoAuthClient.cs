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
    public Task<SignInResult> SignInWithPasswordAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default)
        => SignInWithPasswordAsync(username, password, null, cancellationToken);

    /// <summary>
    /// Signs in with USER_PASSWORD_AUTH on a remembered device: DEVICE_KEY is sent and DEVICE_SRP_AUTH is answered with the
    /// device's SRP proof, so Cognito can skip MFA for it.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="device">The device confirmed earlier (<see cref="ConfirmDeviceAsync(SignInResult, string?, CancellationToken)"/>), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for next.</returns>
    public async Task<SignInResult> SignInWithPasswordAsync(string username, [CognitoPassword] string password, CognitoDevice? device, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["PASSWORD"] = password,
        };
        AddDeviceKey(parameters, device);
        AddSecretHash(parameters, username);
        var response = await _service.InitiateAuthAsync(
            new InitiateAuthRequest { AuthFlow = "USER_PASSWORD_AUTH", ClientId = _options.ClientId, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, username, username, null, device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Signs in with USER_SRP_AUTH: the password never leaves this process; the PASSWORD_VERIFIER challenge is
    /// answered here with Cognito's SRP-6a.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for after the password (MFA, new password, …).</returns>
    public Task<SignInResult> SignInWithSrpAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default)
        => SignInWithSrpAsync(username, password, null, cancellationToken);

    /// <summary>
    /// Signs in with USER_SRP_AUTH on a remembered device: DEVICE_KEY is sent with the password proof and DEVICE_SRP_AUTH /
    /// DEVICE_PASSWORD_VERIFIER are answered with the device's SRP proof, so Cognito can skip MFA for it.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="device">The device confirmed earlier, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for after the password (MFA, new password, …).</returns>
    public async Task<SignInResult> SignInWithSrpAsync(string username, [CognitoPassword] string password, CognitoDevice? device, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var srp = SrpSession.Create();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["SRP_A"] = srp.LargeAHex,
        };
        AddDeviceKey(parameters, device);
        AddSecretHash(parameters, username);
        var initiated = await _service.InitiateAuthAsync(
            new InitiateAuthRequest { AuthFlow = "USER_SRP_AUTH", ClientId = _options.ClientId, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        if (initiated.ChallengeName != CognitoChallengeNames.PasswordVerifier)
        {
            return await FinishStepAsync(initiated.AuthenticationResult, initiated.ChallengeName, initiated.ChallengeParameters, initiated.Session, username, username, null, device, cancellationToken).ConfigureAwait(false);
        }

        return await AnswerPasswordVerifierAsync(srp, password, initiated.ChallengeParameters, initiated.Session, username, device, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Answers a code challenge: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, or SMS_OTP of the USER_AUTH flow.</summary>
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
    /// Answers any challenge with the given responses (RespondToAuthChallenge). USERNAME and SECRET_HASH are added (and
    /// DEVICE_KEY on a remembered device, whose DEVICE_SRP_AUTH is then answered too); the challenge's Session is spent, so a
    /// second answer throws.
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
        AddDeviceKey(all, challenge.Device);
        AddSecretHash(all, all["USERNAME"]);
        var response = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = challenge.Name, ClientId = _options.ClientId, ChallengeResponses = all, Session = session },
            cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, challenge.Username, challenge.SignInName, null, challenge.Device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gets new ID and access tokens with the refresh token (REFRESH_TOKEN_AUTH). With a client secret, SECRET_HASH
    /// uses the user's Cognito username read from the tokens, not the alias they signed in with.
    /// </summary>
    /// <param name="tokens">The current tokens; their refresh token is used.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens, keeping the refresh token unless Cognito rotated it.</returns>
    public Task<CognitoTokens> RefreshAsync(CognitoTokens tokens, CancellationToken cancellationToken = default)
        => RefreshCoreAsync(tokens, null, cancellationToken);

    private async Task<CognitoTokens> RefreshCoreAsync(CognitoTokens tokens, CognitoDevice? device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            throw new InvalidOperationException("These tokens have no refresh token to refresh with.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["REFRESH_TOKEN"] = tokens.RefreshToken };
        AddDeviceKey(parameters, device);
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

    /// <summary>
    /// Starts adding an authenticator app to a signed-in user's account (AssociateSoftwareToken with the access token): returns
    /// the secret and an <c>otpauth://</c> URI to show as a QR code. Confirm it with
    /// <see cref="VerifySoftwareTokenAsync(string, string, string?, CancellationToken)"/>, then turn it on with
    /// <see cref="SetMfaPreferenceAsync"/>. (During sign-in, MFA_SETUP uses the challenge overload instead.)
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="issuer">The name the authenticator app shows for your service (no ':').</param>
    /// <param name="accountName">The account label in the app, usually the user's email or username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret and its URI.</returns>
    public async Task<CognitoSoftwareTokenSecret> AssociateSoftwareTokenAsync(string accessToken, string issuer, string accountName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);

        var response = await _service.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = accessToken }, cancellationToken).ConfigureAwait(false);
        var secret = response.SecretCode ?? throw new CognitoProtocolException("AssociateSoftwareToken returned no SecretCode.");
        return new CognitoSoftwareTokenSecret(secret, CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, accountName, secret));
    }

    /// <summary>
    /// Confirms the authenticator app associated with <see cref="AssociateSoftwareTokenAsync(string, string, string, CancellationToken)"/>
    /// with a code it shows (VerifySoftwareToken with the access token). A wrong code throws <see cref="CodeMismatchException"/>.
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="code">The six-digit code the app shows.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, shown to the user later; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Cognito has accepted the code.</returns>
    public async Task VerifySoftwareTokenAsync(string accessToken, string code, string? friendlyDeviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var verified = await _service.VerifySoftwareTokenAsync(
            new VerifySoftwareTokenRequest { AccessToken = accessToken, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(verified.Status, "SUCCESS", StringComparison.Ordinal))
        {
            throw new CognitoProtocolException($"VerifySoftwareToken answered {verified.Status ?? "(no status)"} instead of SUCCESS.");
        }
    }

    /// <summary>
    /// Turns a second factor on or off for the signed-in user and optionally makes it the one Cognito asks for
    /// (SetUserMFAPreference). The pool's MFA configuration must allow it (OPTIONAL or ON).
    /// </summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="factor">The factor to change.</param>
    /// <param name="enabled">Whether the factor is on.</param>
    /// <param name="preferred">Whether it is the factor Cognito asks for first; only meaningful when <paramref name="enabled"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the preference is saved.</returns>
    public async Task SetMfaPreferenceAsync(string accessToken, CognitoMfaFactor factor, bool enabled, bool preferred = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        if (preferred && !enabled)
        {
            throw new ArgumentException("A factor that is turned off cannot be the preferred one.", nameof(preferred));
        }

        var request = new SetUserMFAPreferenceRequest { AccessToken = accessToken };
        switch (factor)
        {
            case CognitoMfaFactor.SoftwareToken:
                request.SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            case CognitoMfaFactor.Sms:
                request.SMSMfaSettings = new SMSMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            case CognitoMfaFactor.Email:
                request.EmailMfaSettings = new EmailMfaSettingsType { Enabled = enabled, PreferredMfa = preferred };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown MFA factor.");
        }

        _ = await _service.SetUserMFAPreferenceAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers SELECT_MFA_TYPE with the MFA type the user picked.</summary>
    /// <param name="challenge">The SELECT_MFA_TYPE challenge.</param>
    /// <param name="mfaType">One of <see cref="CognitoChallenge.MfasCanChoose"/>: <c>SMS_MFA</c>, <c>SOFTWARE_TOKEN_MFA</c> or <c>EMAIL_OTP</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The challenge of the chosen type (a code challenge).</returns>
    /// <exception cref="ArgumentException">Cognito did not offer <paramref name="mfaType"/> (the Session is not spent).</exception>
    public Task<SignInResult> RespondToSelectMfaTypeAsync(CognitoChallenge challenge, string mfaType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(mfaType);
        ExpectChallenge(challenge, CognitoChallengeNames.SelectMfaType);
        var offered = challenge.MfasCanChoose;
        if (offered.Count > 0 && !offered.Contains(mfaType, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Cognito offered {string.Join(", ", offered)}, not {mfaType}.", nameof(mfaType));
        }

        return RespondToChallengeAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = mfaType }, cancellationToken);
    }

    /// <summary>
    /// Starts answering MFA_SETUP with an authenticator app (AssociateSoftwareToken with the challenge's Session): returns the
    /// secret and an <c>otpauth://</c> URI to show as a QR code. Finish with <see cref="RespondToMfaSetupAsync"/>.
    /// </summary>
    /// <param name="challenge">The MFA_SETUP challenge; its Session is spent.</param>
    /// <param name="issuer">The name the authenticator app shows for your service (no ':').</param>
    /// <param name="accountName">The account label in the app; null uses the name the user signed in with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret, the URI and the Session for the next step.</returns>
    public async Task<CognitoSoftwareTokenSetup> AssociateSoftwareTokenAsync(CognitoChallenge challenge, string issuer, string? accountName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);

        ExpectChallenge(challenge, CognitoChallengeNames.MfaSetup);
        var session = challenge.SpendSession();
        var response = await _service.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = session }, cancellationToken).ConfigureAwait(false);
        var secret = response.SecretCode ?? throw new CognitoProtocolException("AssociateSoftwareToken returned no SecretCode.");
        var label = string.IsNullOrWhiteSpace(accountName) ? challenge.SignInName : accountName;
        return new CognitoSoftwareTokenSetup(secret, CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, label, secret), response.Session, challenge.Username, challenge.Device);
    }

    /// <summary>
    /// Finishes MFA_SETUP: verifies the first code of the authenticator app (VerifySoftwareToken with the setup's Session), then
    /// answers MFA_SETUP with the Session that returns. The setup's Session is spent.
    /// </summary>
    /// <param name="setup">The setup from <see cref="AssociateSoftwareTokenAsync(CognitoChallenge, string, string?, CancellationToken)"/>.</param>
    /// <param name="code">The six-digit code the app shows.</param>
    /// <param name="friendlyDeviceName">A name for the authenticator, shown to the user later; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public async Task<SignInResult> RespondToMfaSetupAsync(CognitoSoftwareTokenSetup setup, string code, string? friendlyDeviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var session = setup.SpendSession();
        var verified = await _service.VerifySoftwareTokenAsync(
            new VerifySoftwareTokenRequest { Session = session, UserCode = code, FriendlyDeviceName = friendlyDeviceName },
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(verified.Status, "SUCCESS", StringComparison.Ordinal))
        {
            throw new CognitoProtocolException($"VerifySoftwareToken answered {verified.Status ?? "(no status)"} instead of SUCCESS.");
        }

        var responses = new Dictionary<string, string>(StringComparer.Ordinal) { ["USERNAME"] = setup.Username };
        AddDeviceKey(responses, setup.Device);
        AddSecretHash(responses, setup.Username);
        var response = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = CognitoChallengeNames.MfaSetup, ClientId = _options.ClientId, ChallengeResponses = responses, Session = verified.Session },
            cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, setup.Username, setup.Username, null, setup.Device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers MFA_SETUP by choosing email MFA with the address to send codes to; Cognito answers with EMAIL_OTP.</summary>
    /// <param name="challenge">The MFA_SETUP challenge (<see cref="CognitoChallenge.MfasCanSetup"/> lists <c>EMAIL_OTP</c>).</param>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The EMAIL_OTP challenge, or the tokens.</returns>
    public Task<SignInResult> RespondToMfaSetupWithEmailAsync(CognitoChallenge challenge, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(email);
        ExpectChallenge(challenge, CognitoChallengeNames.MfaSetup);
        return RespondToChallengeAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { ["EMAIL"] = email }, cancellationToken);
    }

    /// <summary>Starts CUSTOM_AUTH: the pool's Lambda triggers decide the challenges (CUSTOM_CHALLENGE).</summary>
    /// <param name="username">The username or an alias.</param>
    /// <param name="clientMetadata">Values for the Lambda triggers; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The first challenge, or the tokens.</returns>
    public async Task<SignInResult> SignInWithCustomAuthAsync(string username, IReadOnlyDictionary<string, string>? clientMetadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["USERNAME"] = username };
        AddSecretHash(parameters, username);
        var response = await _service.InitiateAuthAsync(
            new InitiateAuthRequest
            {
                AuthFlow = "CUSTOM_AUTH",
                ClientId = _options.ClientId,
                AuthParameters = parameters,
                ClientMetadata = clientMetadata is null ? null : new Dictionary<string, string>(clientMetadata, StringComparer.Ordinal),
            },
            cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, username, username, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers CUSTOM_CHALLENGE with the user's answer.</summary>
    /// <param name="challenge">The CUSTOM_CHALLENGE challenge (its <see cref="CognitoChallenge.Parameters"/> are the Lambda's).</param>
    /// <param name="answer">The answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next custom challenge, or the tokens.</returns>
    public Task<SignInResult> RespondToCustomChallengeAsync(CognitoChallenge challenge, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(answer);
        ExpectChallenge(challenge, CognitoChallengeNames.CustomChallenge);
        return RespondToChallengeAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = answer }, cancellationToken);
    }

    /// <summary>
    /// Starts the choice-based USER_AUTH flow. Without a preference Cognito answers SELECT_CHALLENGE with the first factors the user
    /// may use (<see cref="CognitoChallenge.AvailableChallenges"/>); with <c>EMAIL_OTP</c> or <c>SMS_OTP</c> it sends the code at once
    /// when it can. For <c>PASSWORD</c> or <c>PASSWORD_SRP</c> use the overload that takes the password.
    /// </summary>
    /// <param name="username">The username or an alias.</param>
    /// <param name="preferredChallenge">null, <c>EMAIL_OTP</c> or <c>SMS_OTP</c> (<see cref="CognitoChallengeNames"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>SELECT_CHALLENGE, a code challenge, or the tokens.</returns>
    public async Task<SignInResult> SignInWithUserAuthAsync(string username, string? preferredChallenge = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        if (preferredChallenge is CognitoChallengeNames.Password or CognitoChallengeNames.PasswordSrp)
        {
            throw new ArgumentException($"{preferredChallenge} needs the password: call the overload that takes it.", nameof(preferredChallenge));
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["USERNAME"] = username };
        if (!string.IsNullOrEmpty(preferredChallenge))
        {
            parameters["PREFERRED_CHALLENGE"] = preferredChallenge;
        }

        AddSecretHash(parameters, username);
        var response = await InitiateUserAuthAsync(parameters, cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, username, username, response.AvailableChallenges, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts USER_AUTH with the password as the preferred first factor: <c>PASSWORD</c> sends it, <c>PASSWORD_SRP</c> proves it with
    /// SRP (the PASSWORD_VERIFIER step is answered here). If the pool does not allow that factor for the user, Cognito answers
    /// SELECT_CHALLENGE instead.
    /// </summary>
    /// <param name="username">The username or an alias.</param>
    /// <param name="preferredChallenge"><c>PASSWORD</c> or <c>PASSWORD_SRP</c>.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, SELECT_CHALLENGE, or the challenge after the password (MFA, …).</returns>
    public async Task<SignInResult> SignInWithUserAuthAsync(string username, string preferredChallenge, [CognitoPassword] string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["PREFERRED_CHALLENGE"] = preferredChallenge,
        };
        SrpSession? srp = null;
        switch (preferredChallenge)
        {
            case CognitoChallengeNames.Password:
                parameters["PASSWORD"] = password;
                break;
            case CognitoChallengeNames.PasswordSrp:
                srp = SrpSession.Create();
                parameters["SRP_A"] = srp.LargeAHex;
                break;
            default:
                throw new ArgumentException($"With a password the preferred challenge is PASSWORD or PASSWORD_SRP, not {preferredChallenge}.", nameof(preferredChallenge));
        }

        AddSecretHash(parameters, username);
        var response = await InitiateUserAuthAsync(parameters, cancellationToken).ConfigureAwait(false);
        if (srp is not null && response.ChallengeName == CognitoChallengeNames.PasswordVerifier)
        {
            return await AnswerPasswordVerifierAsync(srp, password, response.ChallengeParameters, response.Session, username, null, cancellationToken).ConfigureAwait(false);
        }

        return await FinishStepAsync(response.AuthenticationResult, response.ChallengeName, response.ChallengeParameters, response.Session, username, username, response.AvailableChallenges, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers SELECT_CHALLENGE with a code factor (<c>EMAIL_OTP</c> or <c>SMS_OTP</c>): Cognito sends the code and asks for it.</summary>
    /// <param name="challenge">The SELECT_CHALLENGE challenge.</param>
    /// <param name="answer">One of <see cref="CognitoChallenge.AvailableChallenges"/> that needs no password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code challenge (answer it with <see cref="RespondToMfaCodeAsync"/>), or the tokens.</returns>
    /// <exception cref="ArgumentException">The answer needs the password, or Cognito did not offer it (the Session is not spent).</exception>
    public Task<SignInResult> RespondToSelectChallengeAsync(CognitoChallenge challenge, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(answer);
        if (answer is CognitoChallengeNames.Password or CognitoChallengeNames.PasswordSrp)
        {
            throw new ArgumentException($"{answer} needs the password: call RespondToSelectChallengeWithPasswordAsync or RespondToSelectChallengeWithPasswordSrpAsync.", nameof(answer));
        }

        ExpectSelectable(challenge, answer);
        return RespondToChallengeAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = answer }, cancellationToken);
    }

    /// <summary>Answers SELECT_CHALLENGE with <c>PASSWORD</c>: the password travels over TLS to Cognito.</summary>
    /// <param name="challenge">The SELECT_CHALLENGE challenge.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge (MFA, …).</returns>
    public Task<SignInResult> RespondToSelectChallengeWithPasswordAsync(CognitoChallenge challenge, [CognitoPassword] string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ExpectSelectable(challenge, CognitoChallengeNames.Password);
        return RespondToChallengeAsync(
            challenge,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = CognitoChallengeNames.Password, ["PASSWORD"] = password },
            cancellationToken);
    }

    /// <summary>Answers SELECT_CHALLENGE with <c>PASSWORD_SRP</c>: the password never leaves this process; PASSWORD_VERIFIER is answered here.</summary>
    /// <param name="challenge">The SELECT_CHALLENGE challenge.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge (MFA, …).</returns>
    public async Task<SignInResult> RespondToSelectChallengeWithPasswordSrpAsync(CognitoChallenge challenge, [CognitoPassword] string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ExpectSelectable(challenge, CognitoChallengeNames.PasswordSrp);
        var srp = SrpSession.Create();
        var step = await RespondToChallengeAsync(
            challenge,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["ANSWER"] = CognitoChallengeNames.PasswordSrp, ["SRP_A"] = srp.LargeAHex },
            cancellationToken).ConfigureAwait(false);
        if (step.Challenge is not { Kind: CognitoChallengeKind.PasswordVerifier } verifier)
        {
            return step;
        }

        var session = verifier.SpendSession();
        return await AnswerPasswordVerifierAsync(srp, password, verifier.Parameters, session, verifier.SignInName, verifier.Device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers DEVICE_SRP_AUTH (and the DEVICE_PASSWORD_VERIFIER that follows) with a remembered device's SRP proof. Sign-ins given
    /// the device do this themselves; this is for a challenge that came back without one.
    /// </summary>
    /// <param name="challenge">The DEVICE_SRP_AUTH challenge; its Session is spent.</param>
    /// <param name="device">The device confirmed earlier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToDeviceSrpAuthAsync(CognitoChallenge challenge, CognitoDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(device);
        ExpectChallenge(challenge, CognitoChallengeNames.DeviceSrpAuth);
        var session = challenge.SpendSession();
        return AnswerDeviceSrpAsync(challenge.Username, challenge.SignInName, session, device, cancellationToken);
    }

    /// <summary>
    /// Confirms the device Cognito offered at sign-in (ConfirmDevice): generates a random device password and registers its SRP
    /// verifier. Store the returned <see cref="CognitoDevice"/> and pass it to later sign-ins and refreshes.
    /// </summary>
    /// <param name="signedIn">A signed-in result whose <see cref="SignInResult.NewDevice"/> is set (device tracking is on).</param>
    /// <param name="deviceName">A name for the device, shown to the user; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The device and whether the user must be asked to remember it.</returns>
    public Task<CognitoDeviceConfirmation> ConfirmDeviceAsync(SignInResult signedIn, string? deviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        var tokens = signedIn.Tokens ?? throw new InvalidOperationException("The sign-in is not complete: there is no access token to confirm the device with.");
        var newDevice = signedIn.NewDevice ?? throw new InvalidOperationException("Cognito offered no new device at this sign-in (device tracking off, or the device is known).");
        return ConfirmDeviceAsync(tokens.AccessToken, newDevice, deviceName, cancellationToken);
    }

    /// <summary>Confirms a device Cognito offered (ConfirmDevice) with a freshly generated device password and its SRP verifier.</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="newDevice">NewDeviceMetadata from the sign-in.</param>
    /// <param name="deviceName">A name for the device, shown to the user; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The device and whether the user must be asked to remember it.</returns>
    public async Task<CognitoDeviceConfirmation> ConfirmDeviceAsync(string accessToken, NewDeviceMetadataType newDevice, string? deviceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(newDevice);
        var deviceKey = newDevice.DeviceKey ?? throw new CognitoProtocolException("NewDeviceMetadata has no DeviceKey.");
        var deviceGroupKey = newDevice.DeviceGroupKey ?? throw new CognitoProtocolException("NewDeviceMetadata has no DeviceGroupKey.");
        var verifier = DeviceSecretVerifier.Generate(deviceGroupKey, deviceKey);
        var response = await _service.ConfirmDeviceAsync(
            new ConfirmDeviceRequest
            {
                AccessToken = accessToken,
                DeviceKey = deviceKey,
                DeviceName = deviceName,
                DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = verifier.PasswordVerifierBase64, Salt = verifier.SaltBase64 },
            },
            cancellationToken).ConfigureAwait(false);
        return new CognitoDeviceConfirmation(new CognitoDevice(deviceKey, deviceGroupKey, verifier.DevicePassword), response.UserConfirmationNecessary ?? false);
    }

    /// <summary>Marks a tracked device remembered (MFA may be skipped on it) or not remembered (UpdateDeviceStatus).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="remembered">True to remember it, false to stop remembering it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the status is set.</returns>
    public async Task UpdateDeviceStatusAsync(string accessToken, string deviceKey, bool remembered, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        _ = await _service.UpdateDeviceStatusAsync(
            new UpdateDeviceStatusRequest { AccessToken = accessToken, DeviceKey = deviceKey, DeviceRememberedStatus = remembered ? "remembered" : "not_remembered" },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets a device: Cognito no longer tracks it and its device password stops working (ForgetDevice).</summary>
    /// <param name="accessToken">The user's access token.</param>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the device is forgotten.</returns>
    public Task ForgetDeviceAsync(string accessToken, string deviceKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        return _service.ForgetDeviceAsync(new ForgetDeviceRequest { AccessToken = accessToken, DeviceKey = deviceKey }, cancellationToken);
    }

    /// <summary>
    /// Refreshes on a remembered device: REFRESH_TOKEN_AUTH with DEVICE_KEY, which Cognito requires for refresh tokens issued to a
    /// tracked device.
    /// </summary>
    /// <param name="tokens">The current tokens; their refresh token is used.</param>
    /// <param name="device">The device the tokens were issued on, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens, keeping the refresh token unless Cognito rotated it.</returns>
    public Task<CognitoTokens> RefreshAsync(CognitoTokens tokens, CognitoDevice? device, CancellationToken cancellationToken = default)
        => RefreshCoreAsync(tokens, device, cancellationToken);

    private Task<InitiateAuthResponse> InitiateUserAuthAsync(Dictionary<string, string> parameters, CancellationToken cancellationToken)
        => _service.InitiateAuthAsync(new InitiateAuthRequest { AuthFlow = "USER_AUTH", ClientId = _options.ClientId, AuthParameters = parameters }, cancellationToken);

    /// <summary>Answers PASSWORD_VERIFIER with the SRP proof of the password, as USER_ID_FOR_SRP.</summary>
    private async Task<SignInResult> AnswerPasswordVerifierAsync(
        SrpSession srp,
        string password,
        IReadOnlyDictionary<string, string>? challengeParameters,
        string? session,
        string signInName,
        CognitoDevice? device,
        CancellationToken cancellationToken)
    {
        var challenge = challengeParameters ?? new Dictionary<string, string>();
        var userIdForSrp = Required(challenge, "USER_ID_FOR_SRP");
        var secretBlock = Required(challenge, "SECRET_BLOCK");
        var claim = Claim(() => srp.ComputeClaim(
            _options.UserPoolId,
            userIdForSrp,
            password,
            Required(challenge, "SRP_B"),
            Required(challenge, "SALT"),
            secretBlock,
            _time.GetUtcNow()));
        var responses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = userIdForSrp,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["PASSWORD_CLAIM_SIGNATURE"] = claim.Signature,
            ["TIMESTAMP"] = claim.Timestamp,
        };
        AddDeviceKey(responses, device);
        AddSecretHash(responses, userIdForSrp);
        var answered = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = CognitoChallengeNames.PasswordVerifier, ClientId = _options.ClientId, ChallengeResponses = responses, Session = session },
            cancellationToken).ConfigureAwait(false);
        return await FinishStepAsync(answered.AuthenticationResult, answered.ChallengeName, answered.ChallengeParameters, answered.Session, userIdForSrp, signInName, null, device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER with the device's key, group key and password.</summary>
    private async Task<SignInResult> AnswerDeviceSrpAsync(string username, string signInName, string? session, CognitoDevice device, CancellationToken cancellationToken)
    {
        var srp = SrpSession.Create();
        var start = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["DEVICE_KEY"] = device.DeviceKey,
            ["SRP_A"] = srp.LargeAHex,
        };
        AddSecretHash(start, username);
        var challenged = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = CognitoChallengeNames.DeviceSrpAuth, ClientId = _options.ClientId, ChallengeResponses = start, Session = session },
            cancellationToken).ConfigureAwait(false);
        if (challenged.ChallengeName != CognitoChallengeNames.DevicePasswordVerifier)
        {
            return ToResult(challenged.AuthenticationResult, challenged.ChallengeName, challenged.ChallengeParameters, challenged.Session, username, signInName, null, device);
        }

        var parameters = challenged.ChallengeParameters ?? new Dictionary<string, string>();
        var secretBlock = Required(parameters, "SECRET_BLOCK", CognitoChallengeNames.DevicePasswordVerifier);
        var claim = Claim(() => srp.ComputeDeviceClaim(
            device.DeviceGroupKey,
            device.DeviceKey,
            device.DevicePassword,
            Required(parameters, "SRP_B", CognitoChallengeNames.DevicePasswordVerifier),
            Required(parameters, "SALT", CognitoChallengeNames.DevicePasswordVerifier),
            secretBlock,
            _time.GetUtcNow()));
        var responses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["USERNAME"] = username,
            ["DEVICE_KEY"] = device.DeviceKey,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["PASSWORD_CLAIM_SIGNATURE"] = claim.Signature,
            ["TIMESTAMP"] = claim.Timestamp,
        };
        AddSecretHash(responses, username);
        var answered = await _service.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest { ChallengeName = CognitoChallengeNames.DevicePasswordVerifier, ClientId = _options.ClientId, ChallengeResponses = responses, Session = challenged.Session },
            cancellationToken).ConfigureAwait(false);
        return ToResult(answered.AuthenticationResult, answered.ChallengeName, answered.ChallengeParameters, answered.Session, username, signInName, null, device);
    }

    /// <summary>Runs the SRP math; a refusal of the server's values reaches users as <see cref="CognitoProtocolException"/>.</summary>
    private static SrpPasswordClaim Claim(Func<SrpPasswordClaim> compute)
    {
        try
        {
            return compute();
        }
        catch (SrpProtocolException e)
        {
            throw new CognitoProtocolException(e.Message, e);
        }
    }

    private static void ExpectSelectable(CognitoChallenge challenge, string answer)
    {
        ExpectChallenge(challenge, CognitoChallengeNames.SelectChallenge);
        if (challenge.AvailableChallenges.Count > 0 && !challenge.AvailableChallenges.Contains(answer, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Cognito offered {string.Join(", ", challenge.AvailableChallenges)}, not {answer}.", nameof(answer));
        }
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
        => ToResult(result, challengeName, challengeParameters, session, username, username, null, null);

    private SignInResult ToResult(
        AuthenticationResultType? result,
        string? challengeName,
        Dictionary<string, string>? challengeParameters,
        string? session,
        string username,
        string signInName,
        IReadOnlyList<string>? availableChallenges,
        CognitoDevice? device)
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
        return SignInResult.Challenged(new CognitoChallenge(challengeName, parameters, session, ChallengeUsername(parameters, username), signInName, availableChallenges, device));
    }

    /// <summary>
    /// The username later answers (and their SECRET_HASH) must carry: Cognito's USER_ID_FOR_SRP, else the USERNAME it put in the
    /// challenge (custom and device challenges), else the name the caller used.
    /// </summary>
    private static string ChallengeUsername(Dictionary<string, string> parameters, string username)
    {
        if (parameters.TryGetValue("USER_ID_FOR_SRP", out var userIdForSrp) && !string.IsNullOrEmpty(userIdForSrp))
        {
            return userIdForSrp;
        }

        return parameters.TryGetValue("USERNAME", out var named) && !string.IsNullOrEmpty(named) ? named : username;
    }

    /// <summary>Turns a step's answer into a result; a DEVICE_SRP_AUTH challenge is answered here when the device is known.</summary>
    private Task<SignInResult> FinishStepAsync(
        AuthenticationResultType? result,
        string? challengeName,
        Dictionary<string, string>? challengeParameters,
        string? session,
        string username,
        string signInName,
        IReadOnlyList<string>? availableChallenges,
        CognitoDevice? device,
        CancellationToken cancellationToken)
    {
        if (result is null && device is not null && challengeName == CognitoChallengeNames.DeviceSrpAuth)
        {
            var parameters = challengeParameters ?? new Dictionary<string, string>();
            return AnswerDeviceSrpAsync(ChallengeUsername(parameters, username), signInName, session, device, cancellationToken);
        }

        return Task.FromResult(ToResult(result, challengeName, challengeParameters, session, username, signInName, availableChallenges, device));
    }

    private static void ExpectChallenge(CognitoChallenge challenge, string name)
    {
        if (!string.Equals(challenge.Name, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"This answers {name}, but the challenge is {challenge.Name}.");
        }
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name, string challengeName = CognitoChallengeNames.PasswordVerifier)
        => parameters.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new CognitoProtocolException($"The {challengeName} challenge has no {name}.");

    private static void AddDeviceKey(Dictionary<string, string> parameters, CognitoDevice? device)
    {
        if (device is not null)
        {
            parameters["DEVICE_KEY"] = device.DeviceKey;
        }
    }

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
