using System.Net;
using CognitoTyped.Testing;
using CognitoTyped.Tests.Auth;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Logging;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Diagnostics;

/// <summary>
/// A whole run through the public client against a fake cognito-idp — sign-up, confirmation, SRP sign-in, an MFA challenge,
/// refresh, and failures — with every log line captured: what the lines say, and that no secret or personal data is in any.
/// </summary>
public sealed class LoggingRedactionTests
{
    private const string Username = "ada.lovelace@example.com";
    private const string Password = "Pässwörd-9-never-logged";
    private const string ConfirmationCode = "ConfirmCode-482913";
    private const string MfaCode = "MfaCode-715204";
    private const string MfaSession = "mfa-session-secret-3f9a";
    private const string SrpSession = "srp-session-secret-c0de";

    [Fact]
    public async Task A_full_run_logs_each_step_and_no_password_secret_code_session_token_or_username()
    {
        var server = FakeSrpServer.ForUser(PoolName, UserIdForSrp, Password);
        var failRefresh = false;
        var fake = new FakeHttpHandler(call => (call.Operation, AuthParameters: call.Operation == "InitiateAuth" ? AuthParameters(call) : default) switch
        {
            ("SignUp", _) => FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"UserConfirmed":false,"UserSub":"{{UserIdForSrp}}"}""", ("x-amzn-RequestId", "req-signup")),
            ("ConfirmSignUp", _) => FakeHttpHandler.Json(HttpStatusCode.OK, "{}", ("x-amzn-RequestId", "req-confirm")),
            ("InitiateAuth", var p) when p.Text("SRP_A") is { } srpA => Challenge("PASSWORD_VERIFIER", SrpSession, new Dictionary<string, string>
            {
                ["USER_ID_FOR_SRP"] = UserIdForSrp,
                ["SRP_B"] = server.ChallengeFor(srpA),
                ["SALT"] = server.SaltHex,
                ["SECRET_BLOCK"] = server.SecretBlock,
            }),
            ("RespondToAuthChallenge", _) when Responses(call).Text("PASSWORD_CLAIM_SIGNATURE") is { } signature =>
                server.Verifies(PoolName, UserIdForSrp, Responses(call).Text("TIMESTAMP")!, signature)
                    ? Challenge("SOFTWARE_TOKEN_MFA", MfaSession, new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp })
                    : FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password."),
            ("RespondToAuthChallenge", _) => Responses(call).Text("SOFTWARE_TOKEN_MFA_CODE") == MfaCode
                ? Ok(TokensJson(refreshToken: "refresh-token-value-1", idMarker: "first"))
                : FakeHttpHandler.Error(HttpStatusCode.BadRequest, "CodeMismatchException"),
            ("InitiateAuth", _) when failRefresh => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Refresh Token has been revoked"),
            ("InitiateAuth", _) => Ok(TokensJson(refreshToken: string.Empty, idMarker: "second")),
            _ => Unexpected(call),
        });
        var logs = new CapturingLoggerProvider();
        using var client = new CognitoAuthClient(
            new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, ClientSecret = ClientSecret, Retry = new CognitoRetryOptions { MaxAttempts = 1 }, LoggerFactory = logs },
            new HttpClient(fake));

        await client.SignUpAsync(Username, Password, [new("email", Username)]);
        await client.ConfirmSignUpAsync(Username, ConfirmationCode);
        var challenged = await client.SignInWithSrpAsync(Username, Password);
        var signedIn = await client.RespondToMfaCodeAsync(challenged.Challenge!, MfaCode);
        var refreshed = await client.RefreshAsync(signedIn.Tokens!);
        failRefresh = true;
        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.RefreshAsync(signedIn.Tokens!));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.SignInWithSrpAsync(Username, "Wrong-" + Password));

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.EventId.Id == 1001 && e.Message.Contains("SignUp", StringComparison.Ordinal) && e.Message.Contains("req-signup", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventId.Id == 2002 && e.Message.Contains("SoftwareTokenMfa", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventId.Id == 2001);
        Assert.Contains(entries, e => e.EventId.Id == 2003);
        Assert.Contains(entries, e => e.EventId.Id == 2004 && e.Message.Contains("NotAuthorizedException", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventId.Id == 1003 && e.Message.Contains("RespondToAuthChallenge", StringComparison.Ordinal) && e.Message.Contains("HTTP 400", StringComparison.Ordinal));

        string[] secrets =
        [
            Username, UserIdForSrp, Password, "Wrong-" + Password, ClientSecret, Hash(Username), Hash(UserIdForSrp),
            ConfirmationCode, MfaCode, MfaSession, SrpSession, server.SecretBlock,
            signedIn.Tokens!.IdToken, signedIn.Tokens.AccessToken, signedIn.Tokens.RefreshToken!, refreshed.IdToken, refreshed.AccessToken,
        ];
        foreach (var text in entries.SelectMany(e => e.Texts()))
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task An_ambiguous_failure_is_logged_as_such_with_its_request_ID()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException"));
        var logs = new CapturingLoggerProvider();
        using var client = new CognitoAuthClient(
            new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, LoggerFactory = logs, Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1) } },
            new HttpClient(fake));

        await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => client.SignUpAsync(Username, Password, []));

        var line = Assert.Single(logs.Entries, e => e.EventId.Id == 1004);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("SignUp", line.Message, StringComparison.Ordinal);
        Assert.Contains("req-InternalErrorException", line.Message, StringComparison.Ordinal);
        Assert.Single(fake.Calls);
        Assert.DoesNotContain(logs.Entries.SelectMany(e => e.Texts()), text => text.Contains(Password, StringComparison.Ordinal) || text.Contains(Username, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_attempt_is_logged_with_its_attempt_and_delay()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "InternalErrorException")
            : Ok(TokensJson()));
        var logs = new CapturingLoggerProvider();
        using var client = new CognitoAuthClient(
            new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, LoggerFactory = logs, Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1) } },
            new HttpClient(fake));

        await client.RefreshAsync(new CognitoTokens("id", "access", "refresh-token-value-2", DateTimeOffset.UtcNow));

        var retried = Assert.Single(logs.Entries, e => e.EventId.Id == 1002);
        Assert.Contains(retried.State, pair => pair.Key == "Attempt" && Equals(pair.Value, 1));
        Assert.Contains(retried.State, pair => pair.Key == "StatusCode" && Equals(pair.Value, 503));
        Assert.Contains(retried.State, pair => pair.Key == "DelayMs");
        Assert.Contains(logs.Entries, e => e.EventId.Id == 1001 && e.State.Any(pair => pair.Key == "Attempt" && Equals(pair.Value, 2)));
        Assert.DoesNotContain(logs.Entries.SelectMany(e => e.Texts()), text => text.Contains("refresh-token-value-2", StringComparison.Ordinal));
    }
}
