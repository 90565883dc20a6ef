using CognitoTyped.Diagnostics;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Srp;
using Key = CognitoTyped.CognitoAuthParameterNames;

namespace CognitoTyped;

// Sign-in flows (USER_PASSWORD_AUTH, USER_SRP_AUTH, CUSTOM_AUTH, USER_AUTH) and refresh (REFRESH_TOKEN_AUTH).
public sealed partial class CognitoAuthClient
{
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
        var parameters = AuthParameterDictionary.ForUser(username);
        parameters[Key.Password] = password;
        parameters.AddDeviceKey(device);
        parameters.AddSecretHash(_options, username);
        var initiated = await InitiateAuthAsync(AuthFlowType.UserPasswordAuth, parameters, cancellationToken).ConfigureAwait(false);
        return await _responder.ContinueAsync(initiated, username, device, cancellationToken).ConfigureAwait(false);
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
        var parameters = AuthParameterDictionary.ForUser(username);
        parameters[Key.SrpA] = srp.LargeAHex;
        parameters.AddDeviceKey(device);
        parameters.AddSecretHash(_options, username);
        var initiated = await InitiateAuthAsync(AuthFlowType.UserSrpAuth, parameters, cancellationToken).ConfigureAwait(false);
        return await _responder.ContinueWithSrpAsync(initiated, srp, password, username, device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Signs in on the server with ADMIN_USER_PASSWORD_AUTH (AdminInitiateAuth): for server-side apps that receive the password
    /// themselves. The call, and every answer to a challenge that follows (AdminRespondToAuthChallenge), is signed with
    /// <see cref="CognitoClientOptions.Credentials"/> (or the default chain); the app client must allow
    /// <c>ALLOW_ADMIN_USER_PASSWORD_AUTH</c> and <see cref="CognitoClientOptions.UserPoolId"/> must be set.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for next (new password, MFA, …); answer it with this client as usual.</returns>
    public Task<SignInResult> AdminSignInWithPasswordAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default)
        => AdminSignInWithPasswordAsync(username, password, null, cancellationToken);

    /// <summary>
    /// Signs in on the server with ADMIN_USER_PASSWORD_AUTH on a remembered device: DEVICE_KEY is sent and DEVICE_SRP_AUTH is
    /// answered with the device's SRP proof, so Cognito can skip MFA for it.
    /// </summary>
    /// <param name="username">The username or an alias (email, phone).</param>
    /// <param name="password">The password.</param>
    /// <param name="device">The device confirmed earlier, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the challenge Cognito asks for next.</returns>
    public async Task<SignInResult> AdminSignInWithPasswordAsync(string username, [CognitoPassword] string password, CognitoDevice? device, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        if (string.IsNullOrWhiteSpace(_options.UserPoolId))
        {
            throw new InvalidOperationException("CognitoClientOptions.UserPoolId is not set: AdminInitiateAuth names the pool.");
        }

        var parameters = AuthParameterDictionary.ForUser(username);
        parameters[Key.Password] = password;
        parameters.AddDeviceKey(device);
        parameters.AddSecretHash(_options, username);
        var initiated = await _service.AdminInitiateAuthAsync(
            new AdminInitiateAuthRequest { UserPoolId = _options.UserPoolId, ClientId = _options.ClientId, AuthFlow = AuthFlowType.AdminUserPasswordAuth, AuthParameters = parameters },
            cancellationToken).ConfigureAwait(false);
        return await _responder.ContinueAsync(initiated, username, device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts CUSTOM_AUTH: the pool's Lambda triggers decide the challenges (CUSTOM_CHALLENGE).</summary>
    /// <param name="username">The username or an alias.</param>
    /// <param name="clientMetadata">Values for the Lambda triggers; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The first challenge, or the tokens.</returns>
    public async Task<SignInResult> SignInWithCustomAuthAsync(string username, IReadOnlyDictionary<string, string>? clientMetadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        var parameters = AuthParameterDictionary.ForUser(username);
        parameters.AddSecretHash(_options, username);
        var initiated = await _service.InitiateAuthAsync(
            new InitiateAuthRequest
            {
                AuthFlow = AuthFlowType.CustomAuth,
                ClientId = _options.ClientId,
                AuthParameters = parameters,
                ClientMetadata = clientMetadata is null ? null : new Dictionary<string, string>(clientMetadata, StringComparer.Ordinal),
            },
            cancellationToken).ConfigureAwait(false);
        return await _responder.ContinueAsync(initiated, username, null, cancellationToken).ConfigureAwait(false);
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

        var parameters = AuthParameterDictionary.ForUser(username);
        if (!string.IsNullOrEmpty(preferredChallenge))
        {
            parameters[Key.PreferredChallenge] = preferredChallenge;
        }

        parameters.AddSecretHash(_options, username);
        var initiated = await InitiateAuthAsync(AuthFlowType.UserAuth, parameters, cancellationToken).ConfigureAwait(false);
        return await _responder.ContinueAsync(initiated, username, null, cancellationToken).ConfigureAwait(false);
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
        var parameters = AuthParameterDictionary.ForUser(username);
        parameters[Key.PreferredChallenge] = preferredChallenge;
        SrpSession? srp = null;
        switch (preferredChallenge)
        {
            case CognitoChallengeNames.Password:
                parameters[Key.Password] = password;
                break;
            case CognitoChallengeNames.PasswordSrp:
                srp = SrpSession.Create();
                parameters[Key.SrpA] = srp.LargeAHex;
                break;
            default:
                throw new ArgumentException($"With a password the preferred challenge is PASSWORD or PASSWORD_SRP, not {preferredChallenge}.", nameof(preferredChallenge));
        }

        parameters.AddSecretHash(_options, username);
        var initiated = await InitiateAuthAsync(AuthFlowType.UserAuth, parameters, cancellationToken).ConfigureAwait(false);
        return srp is null
            ? await _responder.ContinueAsync(initiated, username, null, cancellationToken).ConfigureAwait(false)
            : await _responder.ContinueWithSrpAsync(initiated, srp, password, username, null, cancellationToken).ConfigureAwait(false);
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

    private async Task<CognitoTokens> RefreshCoreAsync(CognitoTokens tokens, CognitoDevice? device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(tokens.RefreshToken))
        {
            throw new InvalidOperationException("These tokens have no refresh token to refresh with.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { [Key.RefreshToken] = tokens.RefreshToken };
        parameters.AddDeviceKey(device);
        if (_options.ClientSecret is not null)
        {
            var username = tokens.Username ?? throw new InvalidOperationException("The tokens carry no username to compute SECRET_HASH with.");
            parameters.AddSecretHash(_options, username);
            parameters[Key.Username] = username;
        }

        CognitoTokens refreshed;
        try
        {
            var response = await InitiateAuthAsync(AuthFlowType.RefreshTokenAuth, parameters, cancellationToken).ConfigureAwait(false);
            var result = response.AuthenticationResult
                ?? throw new CognitoProtocolException($"REFRESH_TOKEN_AUTH answered with the {response.ChallengeName ?? "(none)"} challenge instead of tokens.");
            refreshed = tokens.WithRefreshed(
                result.IdToken ?? throw new CognitoProtocolException("REFRESH_TOKEN_AUTH returned no ID token."),
                result.AccessToken ?? throw new CognitoProtocolException("REFRESH_TOKEN_AUTH returned no access token."),
                result.RefreshToken,
                ExpiresAt(result));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var errorType = CognitoTelemetry.ErrorTypeOf(exception);
            CognitoLog.TokenRefreshFailed(_logger, errorType);
            CognitoTelemetry.TokenRefreshes.Add(
                1,
                new KeyValuePair<string, object?>(CognitoTelemetry.Outcome, CognitoTelemetry.Failure),
                new KeyValuePair<string, object?>(CognitoTelemetry.ErrorType, errorType));
            throw;
        }

        var rotated = !string.Equals(refreshed.RefreshToken, tokens.RefreshToken, StringComparison.Ordinal);
        CognitoLog.TokensRefreshed(_logger, rotated);
        CognitoTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>(CognitoTelemetry.Outcome, CognitoTelemetry.Success));
        return refreshed;
    }

    private Task<InitiateAuthResponse> InitiateAuthAsync(AuthFlowType authFlow, Dictionary<string, string> parameters, CancellationToken cancellationToken)
        => _service.InitiateAuthAsync(new InitiateAuthRequest { AuthFlow = authFlow, ClientId = _options.ClientId, AuthParameters = parameters }, cancellationToken);
}
