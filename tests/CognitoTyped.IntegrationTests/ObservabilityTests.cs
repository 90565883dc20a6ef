using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using CognitoTyped.IntegrationTests.Infrastructure;
using CognitoTyped.Testing;
using Microsoft.Extensions.Logging;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// One real run against cognito-local with every log line, span and measurement captured (<see cref="ObservedRun"/>), checked
/// against docs/observability.md: what is logged, traced and counted for each operation, and that nothing the user or the
/// service handed over (username, password, codes, TOTP secret, sessions, tokens, SRP values) shows up in any of it.
/// </summary>
public sealed class ObservabilityTests(ObservabilityTests.ObservedRun run) : IClassFixture<ObservabilityTests.ObservedRun>
{
    /// <summary>The operations of the run, in order, and whether each failed (and with which AWS error code).</summary>
    private IReadOnlyList<(string Operation, string? ErrorType)> ExpectedOperations =>
    [
        ("SignUp", null),
        ("ConfirmSignUp", null),
        ("InitiateAuth", run.SrpErrorCode), // USER_SRP_AUTH: cognito-local 5.3 answers 500 (retried once, then fails)
        ("InitiateAuth", null), // USER_PASSWORD_AUTH, no MFA yet: signed in
        ("AssociateSoftwareToken", null),
        ("VerifySoftwareToken", null),
        ("SetUserMFAPreference", null),
        ("InitiateAuth", null), // USER_PASSWORD_AUTH: SOFTWARE_TOKEN_MFA challenge
        ("RespondToAuthChallenge", null), // the TOTP code: signed in
        ("InitiateAuth", null), // REFRESH_TOKEN_AUTH
        ("InitiateAuth", run.WrongPasswordErrorCode),
        ("RevokeToken", null),
        ("InitiateAuth", "NotAuthorizedException"), // REFRESH_TOKEN_AUTH with the revoked refresh token
    ];

    [Fact]
    public void Each_operation_logs_its_documented_event_with_the_request_ID_the_service_sent()
    {
        var transport = run.Logs.Where(e => e.Category == "CognitoTyped.Transport").ToList();
        Assert.All(transport, e => Assert.Equal("cognito-idp", Field(e, "Service")));

        var succeeded = transport.Where(e => e.EventId.Id == 1001).ToList();
        Assert.All(succeeded, e => Assert.Equal(("OperationSucceeded", LogLevel.Debug, 200), (e.EventId.Name, e.Level, (int?)Field(e, "StatusCode"))));
        var answered = run.Wire.Where(exchange => exchange.StatusCode == 200).ToList();
        Assert.Equal(answered.Select(exchange => exchange.Operation), succeeded.Select(e => (string?)Field(e, "Operation")));

        // cognito-local 5.3 sends no x-amzn-RequestId, so this holds with null throughout; against Cognito it pins the real IDs.
        Assert.Equal(answered.Select(exchange => exchange.RequestId), succeeded.Select(e => (string?)Field(e, "RequestId")));

        var retried = Assert.Single(transport, e => e.EventId.Id == 1002);
        Assert.Equal(("AttemptRetried", LogLevel.Warning), (retried.EventId.Name, retried.Level));
        Assert.Equal(("InitiateAuth", 1, run.SrpErrorCode, 500), Failure(retried));
        Assert.IsType<double>(Field(retried, "DelayMs"));

        var failed = transport.Where(e => e.EventId.Id == 1003).ToList();
        Assert.All(failed, e => Assert.Equal(("OperationFailed", LogLevel.Information), (e.EventId.Name, e.Level)));
        Assert.Equal(
            new (string?, int?, string?, int?)[] { ("InitiateAuth", 2, run.SrpErrorCode, 500), ("InitiateAuth", 1, run.WrongPasswordErrorCode, 400), ("InitiateAuth", 1, "NotAuthorizedException", 400) },
            failed.Select(Failure));
        Assert.DoesNotContain(transport, e => e.EventId.Id == 1004);
        Assert.Equal(run.Wire.Count, succeeded.Count + failed.Count + 1);

        var auth = run.Logs.Where(e => e.Category == "CognitoTyped.Auth").ToList();
        Assert.Equal(
            new (int, string?)[] { (2001, "SignedIn"), (2002, "SignInChallenged"), (2001, "SignedIn"), (2003, "TokensRefreshed"), (2004, "TokenRefreshFailed") },
            auth.Select(e => (e.EventId.Id, e.EventId.Name)));
        Assert.Equal(CognitoChallengeKind.SoftwareTokenMfa, Field(auth[1], "ChallengeKind"));
        Assert.Contains("SoftwareTokenMfa", auth[1].Message, StringComparison.Ordinal);
        Assert.False((bool)Field(auth[3], "Rotated")!); // cognito-local never rotates the refresh token
        Assert.Equal("NotAuthorizedException", Field(auth[4], "ErrorType"));
        Assert.Equal(
            new[] { LogLevel.Information, LogLevel.Information, LogLevel.Information, LogLevel.Debug, LogLevel.Warning },
            auth.Select(e => e.Level));

        Assert.DoesNotContain(run.Logs, e => e.Category is not ("CognitoTyped.Transport" or "CognitoTyped.Auth"));
    }

    [Fact]
    public void No_log_line_span_or_measurement_carries_the_username_a_password_a_code_the_TOTP_secret_a_session_a_token_or_an_SRP_value()
    {
        // What was sent and received is read off the wire, so every session, token and SRP value of the run is covered;
        // each kind must have been seen at least once, or the check below would pass on nothing.
        foreach (var key in (string[])["USERNAME", "PASSWORD", "SRP_A", "ConfirmationCode", "SecretCode", "UserCode", "SOFTWARE_TOKEN_MFA_CODE", "Session", "AccessToken", "IdToken", "RefreshToken", "Token", "UserSub", "USER_ID_FOR_SRP"])
        {
            Assert.True(run.WireSecrets.TryGetValue(key, out var values) && values.Count > 0, $"no {key} was seen on the wire");
        }

        string[] secrets =
        [
            run.Username, run.Password, run.WrongPassword, run.TotpSecret, .. run.CodesSent,
            .. run.WireSecrets.Values.SelectMany(values => values),
        ];
        Assert.Contains(CognitoLocalFixture.ConfirmationCode, secrets);

        var logTexts = run.Logs.SelectMany(e => e.Texts()).ToList();
        var spanTexts = run.Spans.SelectMany(span => (string?[])
        [
            span.DisplayName, span.StatusDescription,
            .. span.TagObjects.Select(tag => Convert.ToString(tag.Value, CultureInfo.InvariantCulture)),
            .. span.Events.SelectMany(e => e.Tags.Select(tag => Convert.ToString(tag.Value, CultureInfo.InvariantCulture))),
        ]);
        var measurementTexts = run.Measurements.SelectMany(m => m.Tags.Values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)));
        var texts = logTexts.Concat(spanTexts).Concat(measurementTexts).OfType<string>().ToList();
        Assert.True(logTexts.Count > 100, $"only {logTexts.Count} log texts were captured");

        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Each_operation_is_one_client_span_named_after_it_with_the_rpc_tags_and_error_type_on_failure()
    {
        Assert.All(run.Spans, span =>
        {
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal(run.RootSpanId, span.ParentSpanId); // one level: no operation span inside another
            Assert.Equal("aws-api", span.GetTagItem("rpc.system"));
            Assert.Equal("CognitoIdentityProvider", span.GetTagItem("rpc.service"));
            Assert.Equal("cognito-idp." + span.GetTagItem("rpc.method"), span.DisplayName);
        });
        Assert.Equal(ExpectedOperations, run.Spans.Select(span => ((string)span.GetTagItem("rpc.method")!, (string?)span.GetTagItem("error.type"))));

        foreach (var (span, (_, errorType)) in run.Spans.Zip(ExpectedOperations))
        {
            Assert.Equal(errorType is null ? ActivityStatusCode.Unset : ActivityStatusCode.Error, span.Status);
            Assert.Equal(errorType, span.StatusDescription);
            Assert.Equal(errorType is null ? 200 : errorType == run.SrpErrorCode ? 500 : 400, span.GetTagItem("http.response.status_code"));
        }

        var srp = run.Spans[2];
        Assert.Equal(2, srp.GetTagItem("cognitotyped.attempts"));
        var retry = Assert.Single(srp.Events);
        Assert.Equal("retry", retry.Name);
        Assert.Contains(retry.Tags, tag => tag.Key == "error.type" && Equals(tag.Value, run.SrpErrorCode));
        Assert.All(run.Spans.Where(span => span != srp), span => Assert.Equal(1, span.GetTagItem("cognitotyped.attempts")));
    }

    [Fact]
    public void Durations_sign_in_steps_and_refreshes_are_counted_with_their_documented_tags()
    {
        var durations = run.Measurements.Where(m => m.Instrument == "cognitotyped.operation.duration").ToList();
        Assert.Equal(
            ExpectedOperations.Select(op => (op.Operation, op.ErrorType is null ? "success" : "failure", op.ErrorType)),
            durations.Select(m => ((string)m.Tags["rpc.method"]!, (string)m.Tags["cognitotyped.outcome"]!, (string?)m.Tags.GetValueOrDefault("error.type"))));
        Assert.All(durations, m => Assert.Equal("CognitoIdentityProvider", m.Tags["rpc.service"]));
        Assert.All(durations, m => Assert.InRange(m.Value, double.Epsilon, 30));

        var retries = Assert.Single(run.Measurements, m => m.Instrument == "cognitotyped.operation.retries");
        Assert.Equal((1d, "InitiateAuth", run.SrpErrorCode), (retries.Value, retries.Tags["rpc.method"], retries.Tags["error.type"]));

        var steps = run.Measurements.Where(m => m.Instrument == "cognitotyped.sign_in.steps").ToList();
        Assert.All(steps, m => Assert.Equal(1d, m.Value));
        Assert.Equal(
            new (string, string?)[] { ("signed_in", null), ("challenged", "SoftwareTokenMfa"), ("signed_in", null) },
            steps.Select(m => ((string)m.Tags["cognitotyped.outcome"]!, (string?)m.Tags.GetValueOrDefault("cognitotyped.challenge.kind"))));

        var refreshes = run.Measurements.Where(m => m.Instrument == "cognitotyped.token.refreshes").ToList();
        Assert.All(refreshes, m => Assert.Equal(1d, m.Value));
        Assert.Equal(
            new (string, string?)[] { ("success", null), ("failure", "NotAuthorizedException") },
            refreshes.Select(m => ((string)m.Tags["cognitotyped.outcome"]!, (string?)m.Tags.GetValueOrDefault("error.type"))));

        Assert.DoesNotContain(run.Measurements, m => m.Instrument == "cognitotyped.jwks.fetches");
    }

    private static object? Field(CapturingLoggerProvider.Entry entry, string key)
        => entry.State.Single(pair => pair.Key == key).Value;

    private static (string?, int?, string?, int?) Failure(CapturingLoggerProvider.Entry entry)
        => ((string?)Field(entry, "Operation"), (int?)Field(entry, "Attempt"), (string?)Field(entry, "ErrorType"), (int?)Field(entry, "StatusCode"));

    /// <summary>
    /// The run: sign-up, confirmation, an SRP sign-in, TOTP set-up, a sign-in answered with a TOTP code, a refresh, a wrong password
    /// and a refresh with a revoked token, with a capturing logger, an ActivityListener and a MeterListener. The listeners are
    /// process-wide and other classes run alongside, so the run starts a root span of its own and keeps only what belongs to its
    /// trace: spans by their trace ID, measurements by the trace current when they were recorded.
    /// </summary>
    public sealed class ObservedRun : IAsyncLifetime, IDisposable
    {
        private const string RunSourceName = "CognitoTyped.IntegrationTests.ObservedRun";

        private static readonly ActivitySource RunSource = new(RunSourceName);

        private readonly CognitoLocalFixture _emulator = new();
        private readonly CapturingLoggerProvider _logs = new();
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ConcurrentQueue<(ActivityTraceId? Trace, Measurement Measurement)> _measured = new();
        private readonly WireRecorder _wire = new();

        public string Username { get; } = "observed-" + Guid.NewGuid().ToString("N")[..10];

        public string Password { get; } = "Observed-pass-" + Guid.NewGuid().ToString("N")[..6];

        public string WrongPassword => "Wrong-" + Password;

        public string TotpSecret { get; private set; } = string.Empty;

        /// <summary>The confirmation code and the TOTP codes the run sent.</summary>
        public List<string> CodesSent { get; } = [CognitoLocalFixture.ConfirmationCode];

        public string SrpErrorCode { get; private set; } = string.Empty;

        public string WrongPasswordErrorCode { get; private set; } = string.Empty;

        public ActivitySpanId RootSpanId { get; private set; }

        internal IReadOnlyList<CapturingLoggerProvider.Entry> Logs { get; private set; } = [];

        public IReadOnlyList<Activity> Spans { get; private set; } = [];

        public IReadOnlyList<Measurement> Measurements { get; private set; } = [];

        public IReadOnlyList<WireExchange> Wire => _wire.Exchanges;

        /// <summary>Every value of a secret or personal field sent or received, by field name.</summary>
        public IReadOnlyDictionary<string, HashSet<string>> WireSecrets => _wire.Secrets;

        public async Task InitializeAsync()
        {
            await _emulator.InitializeAsync();
            var (poolId, clientId) = await _emulator.CreatePasswordPoolAsync("observed", pool => pool.MfaConfiguration = "OPTIONAL");
            var options = _emulator.ClientOptions(poolId, clientId);
            options.LoggerFactory = _logs;
            options.Retry = new CognitoRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };
            using var http = new HttpClient(_wire, disposeHandler: false);
            using var client = new CognitoAuthClient(options, http);

            using var activityListener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is "CognitoTyped" or RunSourceName, // by name: the sources may be created after or while the listener is added
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(activityListener);
            using var meterListener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == "CognitoTyped")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            meterListener.Start();

            ActivityTraceId trace;
            using (var root = RunSource.StartActivity("observed run") ?? throw new InvalidOperationException("The run's root span was not sampled."))
            {
                (trace, RootSpanId) = (root.TraceId, root.SpanId);
                await RunAsync(client);
            }

            Logs = _logs.Entries;
            Spans = _stopped.Where(span => span.TraceId == trace && span.Source.Name == "CognitoTyped").ToList();
            Measurements = _measured.Where(m => m.Trace == trace).Select(m => m.Measurement).ToList();
        }

        public Task DisposeAsync() => _emulator.DisposeAsync();

        public void Dispose()
        {
            _wire.Dispose();
            _logs.Dispose();
        }

        private async Task RunAsync(CognitoAuthClient client)
        {
            await client.SignUpAsync(Username, Password, [new("email", Username + "@example.com")]);
            await client.ConfirmSignUpAsync(Username, CognitoLocalFixture.ConfirmationCode);

            // cognito-local 5.3 has no USER_SRP_AUTH: it answers 500 CognitoLocal#Unsupported, which (the first SRP step being
            // replay-safe) is retried once, then thrown. The SRP_A sent twice is still a value no line may carry.
            var srp = await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.SignInWithSrpAsync(Username, Password));
            SrpErrorCode = srp.ErrorCode;

            var signedIn = await client.SignInWithPasswordAsync(Username, Password);
            Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
            var tokens = signedIn.Tokens!;

            var secret = await client.AssociateSoftwareTokenAsync(tokens.AccessToken, "CognitoTyped tests", Username);
            TotpSecret = secret.SecretCode;
            await client.VerifySoftwareTokenAsync(tokens.AccessToken, SendCode(Totp.Code(TotpSecret, DateTimeOffset.UtcNow)));
            await client.SetMfaPreferenceAsync(tokens.AccessToken, CognitoMfaFactor.SoftwareToken, enabled: true, preferred: true);

            var challenged = await client.SignInWithPasswordAsync(Username, Password);
            Assert.Equal(CognitoChallengeKind.SoftwareTokenMfa, challenged.Challenge?.Kind);
            var answered = await client.RespondToMfaCodeAsync(challenged.Challenge!, SendCode(Totp.Code(TotpSecret, DateTimeOffset.UtcNow)));
            Assert.True(answered.IsSignedIn, $"expected tokens, got {answered}");

            // cognito-local 5.3 keeps only the refresh tokens InitiateAuth issues (RespondToAuthChallenge's are unknown to it), so
            // the refresh uses the tokens of the first sign-in.
            _ = await client.RefreshAsync(tokens);

            // Cognito answers a wrong password with NotAuthorizedException; cognito-local 5.3 with InvalidPasswordException.
            var wrong = await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.SignInWithPasswordAsync(Username, WrongPassword));
            Assert.True(wrong is NotAuthorizedException or InvalidPasswordException, $"unexpected {wrong.ErrorCode}");
            WrongPasswordErrorCode = wrong.ErrorCode;

            await client.RevokeTokenAsync(tokens.RefreshToken!);
            await Assert.ThrowsAsync<NotAuthorizedException>(() => client.RefreshAsync(tokens));
        }

        private string SendCode(string code)
        {
            CodesSent.Add(code);
            return code;
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            // Measurements are recorded on the caller's flow, so the current span tells whose run they belong to.
            _measured.Enqueue((Activity.Current?.TraceId, new Measurement(instrument.Name, value, copy)));
        }
    }

    public sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);

    /// <summary>One HTTP exchange with the emulator: the operation (X-Amz-Target), the status and the request ID header.</summary>
    public sealed record WireExchange(string Operation, int StatusCode, string? RequestId);

    /// <summary>
    /// Passes each request to the emulator over a real socket and notes the operation, the status, the request ID and the values of
    /// the secret or personal fields in both bodies.
    /// </summary>
    private sealed class WireRecorder() : DelegatingHandler(new SocketsHttpHandler())
    {
        /// <summary>Fields whose values are secrets or personal data, in requests and answers.</summary>
        private static readonly HashSet<string> SecretFields = new(StringComparer.Ordinal)
        {
            "Username", "Password", "ConfirmationCode", "UserCode", "SecretCode", "Session", "AccessToken", "IdToken", "RefreshToken", "Token", "UserSub",
        };

        /// <summary>Maps whose every value is a secret or personal (USERNAME, PASSWORD, SRP_A, SECRET_HASH, the MFA code, …).</summary>
        private static readonly HashSet<string> SecretMaps = new(StringComparer.Ordinal) { "AuthParameters", "ChallengeParameters", "ChallengeResponses" };

        private readonly ConcurrentQueue<WireExchange> _exchanges = new();
        private readonly ConcurrentDictionary<string, HashSet<string>> _secrets = new(StringComparer.Ordinal);

        public IReadOnlyList<WireExchange> Exchanges => [.. _exchanges];

        public IReadOnlyDictionary<string, HashSet<string>> Secrets => _secrets;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var target = request.Headers.GetValues("X-Amz-Target").Single();
            Collect(await request.Content!.ReadAsStringAsync(cancellationToken));
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            Collect(System.Text.Encoding.UTF8.GetString(body));
            var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.First() : null;
            _exchanges.Enqueue(new WireExchange(target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], (int)response.StatusCode, requestId));

            var replay = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                replay.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = replay;
            return response;
        }

        private void Collect(string json)
        {
            if (json.Length > 0 && json[0] == '{')
            {
                using var document = JsonDocument.Parse(json);
                Walk(document.RootElement, parent: null);
            }
        }

        private void Walk(JsonElement element, string? parent)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.String && (SecretFields.Contains(property.Name) || (parent is not null && SecretMaps.Contains(parent))))
                        {
                            _secrets.GetOrAdd(property.Name, _ => []).Add(property.Value.GetString()!);
                        }
                        else if (property.Name == "UserAttributes")
                        {
                            foreach (var attribute in property.Value.EnumerateArray())
                            {
                                _secrets.GetOrAdd("UserAttributes.Value", _ => []).Add(attribute.GetProperty("Value").GetString()!);
                            }
                        }
                        else
                        {
                            Walk(property.Value, property.Name);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, parent);
                    }

                    break;
            }
        }
    }
}
