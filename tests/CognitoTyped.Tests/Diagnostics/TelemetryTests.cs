using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Diagnostics;

/// <summary>ActivityListener and MeterListener are process-wide: these tests run alone, and still look only at their own calls.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryGroup
{
    public const string Name = "Telemetry (process-wide listeners)";
}

[Collection(TelemetryGroup.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CognitoTyped",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "CognitoTyped")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Fact]
    public async Task A_success_is_one_client_span_named_service_dot_operation_with_the_rpc_tags_and_request_ID()
    {
        using var client = ServiceClient(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Username":"u","UserAttributes":[]}""", ("x-amzn-RequestId", "req-success-1")));

        await client.GetUserAsync(new GetUserRequest { AccessToken = "access-token-value" });

        var span = Assert.Single(SpansOf("req-success-1"));
        Assert.Equal("cognito-idp.GetUser", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("aws-api", span.GetTagItem("rpc.system"));
        Assert.Equal("CognitoIdentityProvider", span.GetTagItem("rpc.service"));
        Assert.Equal("GetUser", span.GetTagItem("rpc.method"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("cognitotyped.attempts"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string text && text.Contains("access-token-value", StringComparison.Ordinal));

        var duration = Assert.Single(MeasurementsOf("cognitotyped.operation.duration", "GetUser"));
        Assert.Equal("success", duration.Tags["cognitotyped.outcome"]);
        Assert.Equal("CognitoIdentityProvider", duration.Tags["rpc.service"]);
        Assert.InRange(duration.Value, 0, 60);
        Assert.Empty(MeasurementsOf("cognitotyped.operation.retries", "GetUser"));
    }

    [Fact]
    public async Task A_service_error_sets_error_type_to_the_AWS_code_and_the_status_to_Error()
    {
        using var client = ServiceClient(_ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Access Token has expired"));

        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "expired" }));

        var span = Assert.Single(SpansOf("req-NotAuthorizedException"));
        Assert.Equal("cognito-idp.GetUser", span.DisplayName);
        Assert.Equal("NotAuthorizedException", span.GetTagItem("error.type"));
        Assert.Equal(400, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("NotAuthorizedException", span.StatusDescription);

        var duration = Assert.Single(MeasurementsOf("cognitotyped.operation.duration", "GetUser"));
        Assert.Equal("failure", duration.Tags["cognitotyped.outcome"]);
        Assert.Equal("NotAuthorizedException", duration.Tags["error.type"]);
    }

    [Fact]
    public async Task A_500_then_200_on_a_replay_safe_operation_is_one_span_with_a_retry_event_and_a_retry_count()
    {
        using var client = ServiceClient(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"Username":"u","UserAttributes":[]}""", ("x-amzn-RequestId", "req-after-retry")));

        await client.GetUserAsync(new GetUserRequest { AccessToken = "access-token-value" });

        var span = Assert.Single(SpansOf("req-after-retry"));
        Assert.Equal(2, span.GetTagItem("cognitotyped.attempts"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var retry = Assert.Single(span.Events);
        Assert.Equal("retry", retry.Name);
        Assert.Contains(retry.Tags, tag => tag.Key == "cognitotyped.attempt" && Equals(tag.Value, 1));
        Assert.Contains(retry.Tags, tag => tag.Key == "error.type" && Equals(tag.Value, "InternalErrorException"));
        Assert.Contains(retry.Tags, tag => tag.Key == "cognitotyped.retry.delay_ms");

        var retries = Assert.Single(MeasurementsOf("cognitotyped.operation.retries", "GetUser"));
        Assert.Equal(1, retries.Value);
        Assert.Equal("InternalErrorException", retries.Tags["error.type"]);
        Assert.Equal("success", Assert.Single(MeasurementsOf("cognitotyped.operation.duration", "GetUser")).Tags["cognitotyped.outcome"]);
    }

    [Fact]
    public async Task Sign_in_steps_and_refreshes_are_counted_by_challenge_kind_and_outcome()
    {
        var refreshFails = false;
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "InitiateAuth" when AuthParameters(call).Text("REFRESH_TOKEN") is not null => refreshFails
                ? FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException")
                : Ok(TokensJson()),
            "InitiateAuth" => Challenge("SMS_MFA", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp }),
            "RespondToAuthChallenge" => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var challenged = await client.SignInWithPasswordAsync("ada@example.com", "pw-123456");
        var signedIn = await client.RespondToMfaCodeAsync(challenged.Challenge!, "123456");
        await client.RefreshAsync(signedIn.Tokens!);
        refreshFails = true;
        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.RefreshAsync(signedIn.Tokens!));

        var steps = Measurements("cognitotyped.sign_in.steps");
        Assert.Contains(steps, m => Equals(m.Tags["cognitotyped.outcome"], "challenged") && Equals(m.Tags["cognitotyped.challenge.kind"], "SmsMfa"));
        Assert.Contains(steps, m => Equals(m.Tags["cognitotyped.outcome"], "signed_in") && !m.Tags.ContainsKey("cognitotyped.challenge.kind"));
        var refreshes = Measurements("cognitotyped.token.refreshes");
        Assert.Contains(refreshes, m => Equals(m.Tags["cognitotyped.outcome"], "success"));
        Assert.Contains(refreshes, m => Equals(m.Tags["cognitotyped.outcome"], "failure") && Equals(m.Tags["error.type"], "NotAuthorizedException"));
    }

    [Fact]
    public async Task A_JWKS_fetch_is_counted_by_outcome()
    {
        var handler = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var validator = new CognitoTokenValidator(
            new CognitoTokenValidatorOptions { UserPoolId = PoolId, ClientIds = { ClientId }, JwksUri = new Uri("https://jwks.telemetry-test.example/keys") },
            new HttpClient(handler));

        static string Segment(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = Segment("""{"alg":"RS256","kid":"key-1"}""") + "." + Segment("""{"token_use":"access"}""") + ".c2ln";

        await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(token));

        Assert.Contains(Measurements("cognitotyped.jwks.fetches"), m => Equals(m.Tags["cognitotyped.outcome"], "failure"));
    }

    private static CognitoIdentityProviderClient ServiceClient(Func<FakeHttpHandler.Call, HttpResponseMessage> respond) => new(
        new CognitoServiceClientOptions
        {
            Region = "eu-west-1",
            Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) },
        },
        new HttpClient(new FakeHttpHandler(respond)));

    private IEnumerable<Activity> SpansOf(string requestId) => _activities.Where(a => Equals(a.GetTagItem("aws.request_id"), requestId));

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements(string instrument)
        => _measurements.Where(m => m.Instrument == instrument).ToList();

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> MeasurementsOf(string instrument, string operation)
        => Measurements(instrument).Where(m => Equals(m.Tags.GetValueOrDefault("rpc.method"), operation)).ToList();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
