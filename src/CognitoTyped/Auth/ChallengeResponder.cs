using CognitoTyped.Diagnostics;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Srp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Key = CognitoTyped.CognitoAuthParameterNames;

namespace CognitoTyped;

/// <summary>
/// The sign-in state machine behind <see cref="CognitoAuthClient"/>: sends each answer with USERNAME, DEVICE_KEY and SECRET_HASH
/// added, proves the password for PASSWORD_VERIFIER and the device for DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER, and turns each
/// step into a <see cref="SignInResult"/>. An answer to a <see cref="CognitoChallenge"/> spends its Session before anything is
/// sent, so a Session is never replayed.
/// </summary>
internal sealed class ChallengeResponder
{
    private readonly CognitoClientOptions _options;
    private readonly CognitoIdentityProviderClient _service;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal ChallengeResponder(CognitoClientOptions options, CognitoIdentityProviderClient service, TimeProvider time)
    {
        _options = options;
        _service = service;
        _time = time;
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(CognitoLog.AuthCategory);
    }

    /// <summary>Continues after InitiateAuth: tokens, or the challenge (DEVICE_SRP_AUTH is answered here when the device is known).</summary>
    internal ValueTask<SignInResult> ContinueAsync(InitiateAuthResponse initiated, string username, CognitoDevice? device, CancellationToken cancellationToken)
        => ContinueAsync(initiated.AuthenticationResult, initiated.ChallengeName?.Value, initiated.ChallengeParameters, initiated.Session, new SignInUser(username, username, device, AnswerChannel.User), initiated.AvailableChallenges?.ConvertAll(name => name.Value), cancellationToken);

    /// <summary>
    /// Continues after AdminInitiateAuth: tokens, or the challenge, whose answers then go to AdminRespondToAuthChallenge (signed)
    /// rather than RespondToAuthChallenge.
    /// </summary>
    internal ValueTask<SignInResult> ContinueAsync(AdminInitiateAuthResponse initiated, string username, CognitoDevice? device, CancellationToken cancellationToken)
        => ContinueAsync(initiated.AuthenticationResult, initiated.ChallengeName?.Value, initiated.ChallengeParameters, initiated.Session, new SignInUser(username, username, device, AdminAnswerChannel.Instance), initiated.AvailableChallenges?.ConvertAll(name => name.Value), cancellationToken);

    /// <summary>Continues after an InitiateAuth that sent SRP_A: PASSWORD_VERIFIER is answered with <paramref name="srp"/>.</summary>
    internal ValueTask<SignInResult> ContinueWithSrpAsync(InitiateAuthResponse initiated, SrpSession srp, string password, string username, CognitoDevice? device, CancellationToken cancellationToken)
        => initiated.ChallengeName == CognitoChallengeNames.PasswordVerifier
            ? new(AnswerPasswordVerifierAsync(srp, password, initiated.ChallengeParameters, initiated.Session, new SignInUser(username, username, device, AnswerChannel.User), cancellationToken))
            : ContinueAsync(initiated, username, device, cancellationToken);

    /// <summary>Answers <paramref name="challenge"/> with the caller's <paramref name="responses"/> (RespondToAuthChallenge).</summary>
    internal async Task<SignInResult> RespondAsync(CognitoChallenge challenge, IReadOnlyDictionary<string, string> responses, CancellationToken cancellationToken)
    {
        var session = challenge.SpendSession();
        var user = new SignInUser(challenge.Username, challenge.SignInName, challenge.Device, challenge.Answers);
        var answered = await SendAsync(challenge.Name, new Dictionary<string, string>(responses, StringComparer.Ordinal), session, user, cancellationToken).ConfigureAwait(false);
        return await ContinueAsync(answered, user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a PASSWORD_VERIFIER challenge (after SELECT_CHALLENGE chose PASSWORD_SRP) with the SRP proof.</summary>
    internal Task<SignInResult> AnswerPasswordVerifierAsync(CognitoChallenge verifier, SrpSession srp, string password, CancellationToken cancellationToken)
    {
        var session = verifier.SpendSession();
        return AnswerPasswordVerifierAsync(srp, password, verifier.Parameters, session, new SignInUser(verifier.Username, verifier.SignInName, verifier.Device, verifier.Answers), cancellationToken);
    }

    /// <summary>Answers a DEVICE_SRP_AUTH challenge with the device's SRP proof.</summary>
    internal Task<SignInResult> AnswerDeviceSrpAsync(CognitoChallenge challenge, CognitoDevice device, CancellationToken cancellationToken)
    {
        var session = challenge.SpendSession();
        return AnswerDeviceSrpAsync(session, new SignInUser(challenge.Username, challenge.SignInName, device, challenge.Answers), cancellationToken);
    }

    /// <summary>Answers MFA_SETUP with the Session VerifySoftwareToken returned for it.</summary>
    internal async Task<SignInResult> AnswerMfaSetupAsync(CognitoSoftwareTokenSetup setup, string? verifiedSession, CancellationToken cancellationToken)
    {
        var user = new SignInUser(setup.Username, setup.Username, setup.Device, setup.Answers);
        var answered = await SendAsync(CognitoChallengeNames.MfaSetup, new Dictionary<string, string>(StringComparer.Ordinal), verifiedSession, user, cancellationToken).ConfigureAwait(false);
        return await ContinueAsync(answered, user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers PASSWORD_VERIFIER with the SRP proof of the password, as USER_ID_FOR_SRP.</summary>
    private async Task<SignInResult> AnswerPasswordVerifierAsync(
        SrpSession srp,
        string password,
        IReadOnlyDictionary<string, string>? challengeParameters,
        string? session,
        SignInUser signingIn,
        CancellationToken cancellationToken)
    {
        var challenge = challengeParameters ?? new Dictionary<string, string>();
        var userIdForSrp = Required(challenge, Key.UserIdForSrp, CognitoChallengeNames.PasswordVerifier);
        var secretBlock = Required(challenge, Key.SecretBlock, CognitoChallengeNames.PasswordVerifier);
        var claim = Claim(() => srp.ComputeClaim(
            _options.UserPoolId,
            userIdForSrp,
            password,
            Required(challenge, Key.SrpB, CognitoChallengeNames.PasswordVerifier),
            Required(challenge, Key.Salt, CognitoChallengeNames.PasswordVerifier),
            secretBlock,
            _time.GetUtcNow()));
        var user = signingIn with { Username = userIdForSrp };
        var answered = await SendAsync(CognitoChallengeNames.PasswordVerifier, ProofResponses(userIdForSrp, secretBlock, claim), session, user, cancellationToken).ConfigureAwait(false);
        return await ContinueAsync(answered, user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER with the device's key, group key and password.</summary>
    private async Task<SignInResult> AnswerDeviceSrpAsync(string? session, SignInUser user, CancellationToken cancellationToken)
    {
        var device = user.Device ?? throw new InvalidOperationException("Device SRP needs the remembered device.");
        var username = user.Username;
        var srp = SrpSession.Create();
        var start = AuthParameterDictionary.ForUser(username);
        start[Key.DeviceKey] = device.DeviceKey;
        start[Key.SrpA] = srp.LargeAHex;
        var challenged = await SendAsync(CognitoChallengeNames.DeviceSrpAuth, start, session, user, cancellationToken).ConfigureAwait(false);
        if (challenged.ChallengeName != CognitoChallengeNames.DevicePasswordVerifier)
        {
            return ResultOf(challenged.AuthenticationResult, challenged.ChallengeName, challenged.ChallengeParameters, challenged.Session, user, null);
        }

        var parameters = challenged.ChallengeParameters ?? new Dictionary<string, string>();
        var secretBlock = Required(parameters, Key.SecretBlock, CognitoChallengeNames.DevicePasswordVerifier);
        var claim = Claim(() => srp.ComputeDeviceClaim(
            device.DeviceGroupKey,
            device.DeviceKey,
            device.DevicePassword,
            Required(parameters, Key.SrpB, CognitoChallengeNames.DevicePasswordVerifier),
            Required(parameters, Key.Salt, CognitoChallengeNames.DevicePasswordVerifier),
            secretBlock,
            _time.GetUtcNow()));
        var responses = ProofResponses(username, secretBlock, claim);
        responses[Key.DeviceKey] = device.DeviceKey;
        var answered = await SendAsync(CognitoChallengeNames.DevicePasswordVerifier, responses, challenged.Session, user, cancellationToken).ConfigureAwait(false);
        return ResultOf(answered.AuthenticationResult, answered.ChallengeName, answered.ChallengeParameters, answered.Session, user, null);
    }

    /// <summary>The answer to PASSWORD_VERIFIER and DEVICE_PASSWORD_VERIFIER: the signed secret block.</summary>
    private static Dictionary<string, string> ProofResponses(string username, string secretBlock, SrpPasswordClaim claim)
    {
        var responses = AuthParameterDictionary.ForUser(username);
        responses[Key.PasswordClaimSecretBlock] = secretBlock;
        responses[Key.PasswordClaimSignature] = claim.Signature;
        responses[Key.Timestamp] = claim.Timestamp;
        return responses;
    }

    /// <summary>
    /// Sends one RespondToAuthChallenge (AdminRespondToAuthChallenge, signed, when the sign-in began with AdminInitiateAuth),
    /// adding USERNAME (unless the responses name one), DEVICE_KEY on a remembered device and SECRET_HASH for the USERNAME sent.
    /// </summary>
    private Task<StepAnswer> SendAsync(string challengeName, Dictionary<string, string> responses, string? session, SignInUser user, CancellationToken cancellationToken)
    {
        responses.TryAdd(Key.Username, user.Username);
        responses.AddDeviceKey(user.Device);
        responses.AddSecretHash(_options, responses[Key.Username]);
        return user.Answers.SendAsync(_service, _options, challengeName, responses, session, cancellationToken);
    }

    private ValueTask<SignInResult> ContinueAsync(StepAnswer answered, SignInUser user, CancellationToken cancellationToken)
        => ContinueAsync(answered.AuthenticationResult, answered.ChallengeName, answered.ChallengeParameters, answered.Session, user, null, cancellationToken);

    /// <summary>
    /// Turns a step's answer into a result; a DEVICE_SRP_AUTH challenge is answered here when the device is known. A value task:
    /// most answers are final, and then nothing is allocated to carry them.
    /// </summary>
    private ValueTask<SignInResult> ContinueAsync(
        AuthenticationResultType? result,
        string? challengeName,
        Dictionary<string, string>? challengeParameters,
        string? session,
        SignInUser user,
        IReadOnlyList<string>? availableChallenges,
        CancellationToken cancellationToken)
    {
        if (result is null && user.Device is { } device && challengeName == CognitoChallengeNames.DeviceSrpAuth)
        {
            var parameters = challengeParameters ?? new Dictionary<string, string>();
            return new(AnswerDeviceSrpAsync(session, user with { Username = ChallengeUsername(parameters, user.Username), Device = device }, cancellationToken));
        }

        return new(ResultOf(result, challengeName, challengeParameters, session, user, availableChallenges));
    }

    private SignInResult ResultOf(
        AuthenticationResultType? result,
        string? challengeName,
        Dictionary<string, string>? challengeParameters,
        string? session,
        SignInUser user,
        IReadOnlyList<string>? availableChallenges)
    {
        if (result is not null)
        {
            var tokens = new CognitoTokens(
                result.IdToken ?? throw new CognitoProtocolException("Sign-in returned no ID token."),
                result.AccessToken ?? throw new CognitoProtocolException("Sign-in returned no access token."),
                result.RefreshToken,
                CognitoAuthClient.ExpiresAt(result, _time.GetUtcNow()),
                result.TokenType ?? "Bearer");
            CognitoLog.SignedIn(_logger);
            if (CognitoTelemetry.SignIns.Enabled)
            {
                CognitoTelemetry.SignIns.Add(1, new KeyValuePair<string, object?>(CognitoTelemetry.Outcome, "signed_in"));
            }

            return SignInResult.SignedIn(tokens, result.NewDeviceMetadata);
        }

        if (string.IsNullOrEmpty(challengeName))
        {
            throw new CognitoProtocolException("Sign-in returned neither tokens nor a challenge.");
        }

        var parameters = challengeParameters ?? new Dictionary<string, string>();
        var challenge = new CognitoChallenge(challengeName, parameters, session, ChallengeUsername(parameters, user.Username), user.SignInName, availableChallenges, user.Device)
        {
            Answers = user.Answers,
        };
        // The kind, not Cognito's name: a bounded set of values, whatever a custom pool sends.
        CognitoLog.SignInChallenged(_logger, challenge.Kind);
        CognitoTelemetry.SignIns.Add(
            1,
            new KeyValuePair<string, object?>(CognitoTelemetry.Outcome, "challenged"),
            new KeyValuePair<string, object?>(CognitoTelemetry.ChallengeKind, challenge.Kind.ToString()));
        return SignInResult.Challenged(challenge);
    }

    /// <summary>
    /// The username later answers (and their SECRET_HASH) must carry: Cognito's USER_ID_FOR_SRP, else the USERNAME it put in the
    /// challenge (custom and device challenges), else the name the caller used.
    /// </summary>
    private static string ChallengeUsername(Dictionary<string, string> parameters, string username)
    {
        if (parameters.TryGetValue(Key.UserIdForSrp, out var userIdForSrp) && !string.IsNullOrEmpty(userIdForSrp))
        {
            return userIdForSrp;
        }

        return parameters.TryGetValue(Key.Username, out var named) && !string.IsNullOrEmpty(named) ? named : username;
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

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name, string challengeName)
        => parameters.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new CognitoProtocolException($"The {challengeName} challenge has no {name}.");

    /// <summary>
    /// Who answers: the username answers carry (and SECRET_HASH is computed on), the name the user signed in with, the
    /// remembered device, if any, and where the answers go (the signed admin operation when the sign-in began with AdminInitiateAuth).
    /// </summary>
    private readonly record struct SignInUser(string Username, string SignInName, CognitoDevice? Device, AnswerChannel Answers);

    /// <summary>One answer of RespondToAuthChallenge or AdminRespondToAuthChallenge: the same four members.</summary>
    internal readonly record struct StepAnswer(AuthenticationResultType? AuthenticationResult, string? ChallengeName, Dictionary<string, string>? ChallengeParameters, string? Session);

    /// <summary>
    /// Where a sign-in's answers go: RespondToAuthChallenge (<see cref="User"/>), or the signed AdminRespondToAuthChallenge when
    /// the sign-in began with AdminInitiateAuth. An object rather than a flag: only an admin sign-in makes the admin channel, so
    /// an app that never signs in as an administrator does not carry SigV4 and AWS's credential chain (Native AOT and the
    /// trimmer keep an override only of a type something makes; docs/performance.md).
    /// </summary>
    internal abstract class AnswerChannel
    {
        /// <summary>Answers with RespondToAuthChallenge, which the Session and the app client authorize.</summary>
        internal static readonly AnswerChannel User = new UserAnswerChannel();

        /// <summary>Sends one answer, whose USERNAME, DEVICE_KEY and SECRET_HASH are already in <paramref name="responses"/>.</summary>
        internal abstract Task<StepAnswer> SendAsync(CognitoIdentityProviderClient service, CognitoClientOptions options, string challengeName, Dictionary<string, string> responses, string? session, CancellationToken cancellationToken);
    }

    private sealed class UserAnswerChannel : AnswerChannel
    {
        internal override async Task<StepAnswer> SendAsync(CognitoIdentityProviderClient service, CognitoClientOptions options, string challengeName, Dictionary<string, string> responses, string? session, CancellationToken cancellationToken)
        {
            var answered = await service.RespondToAuthChallengeAsync(
                new RespondToAuthChallengeRequest { ChallengeName = challengeName, ClientId = options.ClientId, ChallengeResponses = responses, Session = session },
                cancellationToken).ConfigureAwait(false);
            return new StepAnswer(answered.AuthenticationResult, answered.ChallengeName?.Value, answered.ChallengeParameters, answered.Session);
        }
    }

    /// <summary>Answers with AdminRespondToAuthChallenge, signed with the client's AWS credentials.</summary>
    private sealed class AdminAnswerChannel : AnswerChannel
    {
        internal static readonly AdminAnswerChannel Instance = new();

        internal override async Task<StepAnswer> SendAsync(CognitoIdentityProviderClient service, CognitoClientOptions options, string challengeName, Dictionary<string, string> responses, string? session, CancellationToken cancellationToken)
        {
            var admin = await service.AdminRespondToAuthChallengeAsync(
                new AdminRespondToAuthChallengeRequest { UserPoolId = options.UserPoolId, ChallengeName = challengeName, ClientId = options.ClientId, ChallengeResponses = responses, Session = session },
                cancellationToken).ConfigureAwait(false);
            return new StepAnswer(admin.AuthenticationResult, admin.ChallengeName?.Value, admin.ChallengeParameters, admin.Session);
        }
    }

}
