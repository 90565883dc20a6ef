using CognitoTyped.Srp;
using Key = CognitoTyped.CognitoAuthParameterNames;

namespace CognitoTyped;

// Answers to the sign-in challenges that are neither MFA nor device challenges.
public sealed partial class CognitoAuthClient
{
    /// <summary>
    /// Answers any challenge with the given responses (RespondToAuthChallenge). USERNAME and SECRET_HASH are added (and
    /// DEVICE_KEY on a remembered device, whose DEVICE_SRP_AUTH is then answered too); the challenge's Session is spent, so a
    /// second answer throws.
    /// </summary>
    /// <param name="challenge">The challenge.</param>
    /// <param name="responses">The ChallengeResponses, keyed as Cognito documents them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, or the next challenge.</returns>
    public Task<SignInResult> RespondToChallengeAsync(CognitoChallenge challenge, IReadOnlyDictionary<string, string> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(responses);
        return _responder.RespondAsync(challenge, responses, cancellationToken);
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
        ExpectChallenge(challenge, CognitoChallengeNames.NewPasswordRequired);
        var responses = new Dictionary<string, string>(StringComparer.Ordinal) { [Key.NewPassword] = newPassword };
        foreach (var attribute in requiredAttributes ?? Array.Empty<KeyValuePair<string, string>>())
        {
            responses[Key.UserAttributePrefix + attribute.Key] = attribute.Value;
        }

        return RespondToChallengeAsync(challenge, responses, cancellationToken);
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
        return RespondWithAsync(challenge, Key.Answer, answer, cancellationToken);
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
        return RespondWithAsync(challenge, Key.Answer, answer, cancellationToken);
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
            new Dictionary<string, string>(StringComparer.Ordinal) { [Key.Answer] = CognitoChallengeNames.Password, [Key.Password] = password },
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
            new Dictionary<string, string>(StringComparer.Ordinal) { [Key.Answer] = CognitoChallengeNames.PasswordSrp, [Key.SrpA] = srp.LargeAHex },
            cancellationToken).ConfigureAwait(false);
        if (step.Challenge is not { Kind: CognitoChallengeKind.PasswordVerifier } verifier)
        {
            return step;
        }

        return await _responder.AnswerPasswordVerifierAsync(verifier, srp, password, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers with a single response, e.g. ANSWER or a code.</summary>
    private Task<SignInResult> RespondWithAsync(CognitoChallenge challenge, string key, string value, CancellationToken cancellationToken)
        => _responder.RespondAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { [key] = value }, cancellationToken);

    private static void ExpectSelectable(CognitoChallenge challenge, string answer)
    {
        ExpectChallenge(challenge, CognitoChallengeNames.SelectChallenge);
        ExpectOffered(challenge.AvailableChallenges, answer, nameof(answer));
    }

    /// <summary>Refuses a choice Cognito did not offer before the Session is spent; an empty offer list checks nothing.</summary>
    private static void ExpectOffered(IReadOnlyList<string> offered, string choice, string parameterName)
    {
        if (offered.Count > 0 && !offered.Contains(choice, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Cognito offered {string.Join(", ", offered)}, not {choice}.", parameterName);
        }
    }
}
