using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// What is sent again after a failure that may have come after the service processed the request (5xx, timeout, connection
/// lost after sending): reads and idempotent writes are; sign-up, confirmations, password changes, sends of codes, creations
/// and deletions are not, and the caller is told the outcome is unknown.
/// </summary>
public sealed class ReplaySafetyTests
{
    private const string UserJson = """{"Username":"ada","UserAttributes":[]}""";

    // The operations issue 12 names: each was re-sent after a 5xx before, although the first request most likely succeeded.
    public static TheoryData<string> UnsafeUserPoolOperations() => new()
    {
        "SignUp", "ConfirmSignUp", "ConfirmForgotPassword", "ChangePassword", "ForgotPassword", "ResendConfirmationCode",
        "DeleteUser", "AdminCreateUser", "CreateUserPool", "CreateUserPoolClient", "CreateGroup", "InitiateAuth",
        "RespondToAuthChallenge", "GlobalSignOut", "UpdateUserAttributes", "GetUserAttributeVerificationCode",
    };

    public static TheoryData<string> SafeUserPoolOperations() => new()
    {
        "GetUser", "AdminGetUser", "ListUsers", "DescribeUserPool", "DescribeUserPoolClient", "AdminDisableUser",
        "SetUserMFAPreference", "UpdateUserPool", "TagResource",
    };

    private static CognitoIdentityProviderClient ClientOver(FakeHttpHandler fake, TimeProvider? clock = null, TimeSpan? timeout = null)
    {
        var options = new CognitoServiceClientOptions
        {
            Region = "eu-west-1",
            Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret"),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
            Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        };
        var transport = new CognitoTyped.Protocol.AwsJsonTransport(
            CognitoTyped.Protocol.AwsServiceEndpoint.For("cognito-idp", "AWSCognitoIdentityProviderService", options),
            options,
            new HttpClient(fake),
            delay: (_, ct) => ct.IsCancellationRequested ? Task.FromCanceled(ct) : Task.CompletedTask,
            time: clock);
        return new CognitoIdentityProviderClient(transport);
    }

    [Theory]
    [MemberData(nameof(UnsafeUserPoolOperations))]
    public async Task Fake_500_on_an_unsafe_operation_is_sent_once_and_surfaces_an_ambiguous_outcome(string operation)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException"));
        using var client = ClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => InvokeAsync(client, operation));

        Assert.Equal(1, fake.CountOf(operation));
        Assert.Equal(operation, error.Operation);
        Assert.Equal("cognito-idp", error.Service);
        Assert.IsType<InternalErrorException>(error.InnerException);
        Assert.Contains("may have been processed", error.Message, StringComparison.Ordinal);
        Assert.Contains("not sent again", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SafeUserPoolOperations))]
    public async Task Fake_500_then_200_on_a_safe_operation_is_retried_and_succeeds(string operation)
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException")
            : FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = ClientOver(fake);

        await InvokeAsync(client, operation);

        Assert.Equal(2, fake.CountOf(operation));
    }

    [Theory]
    [InlineData("REFRESH_TOKEN_AUTH")]
    [InlineData("REFRESH_TOKEN")]
    [InlineData("USER_SRP_AUTH")]
    public async Task Fake_500_then_200_on_a_sign_in_flow_that_sends_nothing_is_retried(string flow)
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","ExpiresIn":3600}}"""));
        using var client = ClientOver(fake);

        await client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = "c", AuthFlow = new AuthFlowType(flow) });

        Assert.Equal(2, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_handler_reads_each_calls_operation_and_replay_class_one_object_per_operation_and_class()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","ExpiresIn":3600}}"""));
        using var client = ClientOver(fake);

        foreach (var flow in new[] { "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH", "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH" })
        {
            await client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = "c", AuthFlow = new AuthFlowType(flow) });
        }

        var infos = fake.Calls.Select(call => call.Request.Options.TryGetValue(CognitoTyped.Hosting.CognitoHttpRequestOptions.Operation, out var info) ? info : null).ToList();
        Assert.All(infos, info => Assert.Equal("cognito-idp.InitiateAuth", info!.ToString()));
        Assert.Equal([false, true, false, true], infos.Select(info => info!.ReplaySafe));
        Assert.Same(infos[0], infos[2]);
        Assert.Same(infos[1], infos[3]);
    }

    [Theory]
    [InlineData("USER_PASSWORD_AUTH")]
    [InlineData("CUSTOM_AUTH")]
    [InlineData("USER_AUTH")]
    public async Task Fake_500_on_a_sign_in_flow_that_may_send_a_code_is_sent_once_and_ambiguous(string flow)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.InternalServerError, "InternalErrorException"));
        using var client = ClientOver(fake);

        await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => client.AdminInitiateAuthAsync(
            new AdminInitiateAuthRequest { UserPoolId = "eu-west-1_pool", ClientId = "c", AuthFlow = new AuthFlowType(flow) }));

        Assert.Equal(1, fake.CountOf("AdminInitiateAuth"));
    }

    [Fact]
    public async Task Fake_connection_lost_after_sending_SignUp_is_not_resent()
    {
        var fake = new FakeHttpHandler((Func<FakeHttpHandler.Call, HttpResponseMessage>)(_ => throw new HttpRequestException(
            HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)))));
        using var client = ClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "ada", Password = "pw" }));

        Assert.Equal(1, fake.CountOf("SignUp"));
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.DoesNotContain("pw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_connection_refused_before_sending_SignUp_is_retried_because_nothing_left()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"s-1"}"""));
        using var client = ClientOver(fake);

        var response = await client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "ada", Password = "pw" });

        Assert.Equal("s-1", response.UserSub);
        Assert.Equal(2, fake.CountOf("SignUp"));
    }

    [Fact]
    public async Task Fake_throttling_on_SignUp_is_retried_because_it_was_refused_before_any_work()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.TooManyRequests, "TooManyRequestsException")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"s-1"}"""));
        using var client = ClientOver(fake);

        await client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "ada", Password = "pw" });

        Assert.Equal(2, fake.CountOf("SignUp"));
    }

    [Fact]
    public async Task Fake_attempt_timeout_on_SignUp_is_not_resent_and_is_ambiguous()
    {
        var clock = new FakeTimeProvider();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fake = new FakeHttpHandler(async call =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, call.Cancellation);
            return FakeHttpHandler.Json(HttpStatusCode.OK, "{}");
        });
        using var client = ClientOver(fake, clock, TimeSpan.FromSeconds(5));

        var signUp = client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "ada", Password = "pw" });
        await arrived.Task;
        clock.Advance(TimeSpan.FromSeconds(5) + CognitoTyped.Protocol.AttemptDeadlines.SliceOf(TimeSpan.FromSeconds(5)));
        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => signUp);

        Assert.Equal(1, fake.CountOf("SignUp"));
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task Fake_attempt_timeout_on_GetUser_is_retried()
    {
        var clock = new FakeTimeProvider();
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fake = new FakeHttpHandler(async call =>
        {
            if (call.Number == 1)
            {
                firstArrived.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, call.Cancellation);
            }

            return FakeHttpHandler.Json(HttpStatusCode.OK, UserJson);
        });
        using var client = ClientOver(fake, clock, TimeSpan.FromSeconds(5));

        var getUser = client.GetUserAsync(new GetUserRequest { AccessToken = "t" });
        await firstArrived.Task;
        clock.Advance(TimeSpan.FromSeconds(5) + CognitoTyped.Protocol.AttemptDeadlines.SliceOf(TimeSpan.FromSeconds(5)));
        var user = await getUser;

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, fake.CountOf("GetUser"));
    }

    [Theory]
    [InlineData("cognito-idp", 129)]
    [InlineData("cognito-identity", 23)]
    public void Every_model_operation_is_classified_by_name_with_no_default(string service, int operations)
    {
        var modelOperations = ModelOperations(service);

        Assert.Equal(operations, modelOperations.Count);
        Assert.All(modelOperations, operation => Assert.True(OperationReplayTable.Find(service, operation) is not null, $"{service} {operation} is not classified"));
        Assert.Equal(modelOperations.Order(StringComparer.Ordinal), OperationReplayTable.Of(service).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_operation_nobody_classified_is_not_replayed()
    {
        Assert.Null(OperationReplayTable.Find("cognito-idp", "SomeFutureOperation"));
        Assert.Equal(OperationReplay.NotReplaySafe, RetryPolicy.Classify("cognito-idp", "SomeFutureOperation"));
    }

    [Fact]
    public void Docs_table_says_what_the_classification_says()
    {
        var documented = new Dictionary<(string Service, string Operation), OperationReplay>();
        string? service = null;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "retries.md")))
        {
            if (Regex.Match(line, "^### (cognito-[a-z]+) ") is { Success: true } heading)
            {
                service = heading.Groups[1].Value;
            }
            else if (service is not null && Regex.Match(line, @"^\| `(\w+)` \| ([^|]+) \|") is { Success: true } row)
            {
                documented.Add((service, row.Groups[1].Value), row.Groups[2].Value.Trim() switch
                {
                    "yes: read" => OperationReplay.Read,
                    "yes: idempotent write" => OperationReplay.IdempotentWrite,
                    "**no**" => OperationReplay.NotReplaySafe,
                    var other => throw new InvalidOperationException($"docs/retries.md: '{other}' for {row.Groups[1].Value}"),
                });
            }
        }

        foreach (var name in new[] { "cognito-idp", "cognito-identity" })
        {
            var table = OperationReplayTable.Of(name);
            Assert.Equal(table.Count, documented.Keys.Count(key => key.Service == name));
            Assert.All(table, entry => Assert.Equal(entry.Value, documented[(name, entry.Key)]));
        }
    }

    [Fact]
    public void The_operations_issue_12_names_are_not_replay_safe()
    {
        string[] named =
        [
            "SignUp", "ConfirmSignUp", "ConfirmForgotPassword", "ChangePassword", "ForgotPassword", "ResendConfirmationCode",
            "DeleteUser", "AdminCreateUser", "CreateUserPool", "CreateUserPoolClient", "CreateGroup",
            "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "VerifySoftwareToken", "AssociateSoftwareToken",
        ];

        Assert.All(named, operation => Assert.Equal(OperationReplay.NotReplaySafe, RetryPolicy.Classify("cognito-idp", operation)));
        Assert.Equal(OperationReplay.NotReplaySafe, RetryPolicy.Classify("cognito-identity", "CreateIdentityPool"));
    }

    private static List<string> ModelOperations(string service)
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "eng", "models", service + ".facts.json")));
        return facts.RootElement.GetProperty("operations").EnumerateObject().Select(operation => operation.Name).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "eng", "models")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("eng/models not found above " + AppContext.BaseDirectory);
    }

    private static async Task InvokeAsync(CognitoIdentityProviderClient client, string operation)
    {
        var method = client.GetType().GetMethod(operation + "Async") ?? throw new InvalidOperationException("no method for " + operation);
        var request = ValidRequests.Create(method.GetParameters()[0].ParameterType);
        await (Task)method.Invoke(client, [request, CancellationToken.None])!;
    }
}
