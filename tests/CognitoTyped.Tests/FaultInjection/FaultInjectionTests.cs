using System.Net;
using System.Net.Sockets;
using CognitoTyped.IdentityProvider;
using Xunit.Abstractions;
using Fault = CognitoTyped.Tests.FaultInjection.FakeCognitoPeer.Fault;

namespace CognitoTyped.Tests.FaultInjection;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultInjectionGroup : ICollectionFixture<FaultLedger>
{
    // Alone: the allocation figure of the 1 GiB case is process-wide, so no other test may run beside it.
    public const string Name = "Fault injection against a fake peer";
}

/// <summary>Counts, over the whole suite, the faults the fake peer injected and the cases that ended as they should.</summary>
public sealed class FaultLedger : IDisposable
{
    private int _injected;
    private int _survived;
    private int _cases;

    // Counted when a case starts, so a case that fails its assertions shows as started but not survived.
    internal void Started() => Interlocked.Increment(ref _cases);

    internal void Injected(int faults) => Interlocked.Add(ref _injected, faults);

    internal void Survived() => Interlocked.Increment(ref _survived);

    internal string Summary => $"fault injection: {_injected} faults injected over {_cases} cases; {_survived} cases survived";

    public void Dispose()
        => File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fault-injection-summary.txt"), Summary + Environment.NewLine);
}

/// <summary>
/// The public clients against <see cref="FakeCognitoPeer"/>, a real loopback socket that misbehaves on purpose. Each case
/// ends within a bounded time with the right result or a typed exception; unsafe operations reach the peer exactly once.
/// Timeouts are generous for a loaded CI machine; outcomes are asserted, never durations.
/// Run alone: <c>dotnet test tests/CognitoTyped.Tests --filter FullyQualifiedName~FaultInjection --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(FaultInjectionGroup.Name)]
public sealed class FaultInjectionTests
{
    private readonly FaultLedger _ledger;
    private readonly ITestOutputHelper _output;

    public FaultInjectionTests(FaultLedger ledger, ITestOutputHelper output)
    {
        _ledger = ledger;
        _output = output;
        ledger.Started();
    }

    // No case may run longer than this, whatever the peer does.
    private static readonly TimeSpan CaseBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    private const string UserJson = """{"Username":"ada","UserAttributes":[{"Name":"email","Value":"ada@example.com"}]}""";
    private const string SignUpJson = """{"UserConfirmed":false,"UserSub":"sub-1"}""";

    private static string SuccessBody(string operation) => operation switch
    {
        "GetUser" => UserJson,
        "SignUp" => SignUpJson,
        _ => "{}",
    };

    private FakeCognitoPeer Peer(Func<string, int, Fault> script) => new(script, SuccessBody, _ledger.Injected);

    private static CognitoServiceClientOptions Options(FakeCognitoPeer peer, int maxAttempts = 3) => new()
    {
        Region = "us-east-1",
        ServiceUrl = peer.Url,
        RequestTimeout = AttemptTimeout,
        Retry = new CognitoRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
    };

    private static SignUpRequest SignUp() => new() { ClientId = "client", Username = "ada", Password = "Secret-Passw0rd!" };

    private async Task<T> Bounded<T>(Task<T> call) => await call.WaitAsync(CaseBound);

    private async Task Bounded(Task call) => await call.WaitAsync(CaseBound);

    private void Survived(FakeCognitoPeer peer, string what)
    {
        _ledger.Survived();
        _output.WriteLine($"{what}: {peer.FaultsInjected} fault(s) injected, survived.");
    }

    [Fact]
    public async Task Reset_mid_response_on_SignUp_is_received_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, _) => Fault.ResetMidResponse);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.Equal(1, peer.Received("SignUp"));
        Assert.Equal("SignUp", error.Operation);
        Assert.DoesNotContain("Secret-Passw0rd!", error.ToString(), StringComparison.Ordinal);
        Survived(peer, "reset mid-response, SignUp");
    }

    [Fact]
    public async Task Reset_mid_response_on_GetUser_is_retried_and_succeeds()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.ResetMidResponse : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var user = await Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, peer.Received("GetUser"));
        Survived(peer, "reset mid-response, GetUser");
    }

    [Fact]
    public async Task Reset_mid_request_on_SignUp_is_received_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, _) => Fault.ResetMidRequest);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.Equal(1, peer.Received("SignUp"));
        Survived(peer, "reset mid-request, SignUp");
    }

    [Fact]
    public async Task Reset_mid_request_on_GetUser_is_retried_and_succeeds()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.ResetMidRequest : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var user = await Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, peer.Received("GetUser"));
        Survived(peer, "reset mid-request, GetUser");
    }

    [Fact]
    public async Task Close_without_response_on_SignUp_is_received_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, _) => Fault.CloseWithoutResponse);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.Equal(1, peer.Received("SignUp"));
        Survived(peer, "close without response, SignUp");
    }

    [Fact]
    public async Task Close_without_response_every_time_on_GetUser_ends_in_CognitoNetworkException_after_every_attempt()
    {
        await using var peer = Peer((_, _) => Fault.CloseWithoutResponse);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        await Assert.ThrowsAsync<CognitoNetworkException>(() => Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" })));

        Assert.Equal(3, peer.Received("GetUser"));
        Survived(peer, "close without response x3, GetUser");
    }

    [Fact]
    public async Task Status_500_then_200_on_GetUser_is_retried_and_succeeds()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.Status500 : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var user = await Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, peer.Received("GetUser"));
        Survived(peer, "500 then 200, GetUser");
    }

    [Fact]
    public async Task Status_500_then_200_on_SignUp_is_received_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.Status500 : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.Equal(1, peer.Received("SignUp"));
        Assert.IsType<InternalErrorException>(error.InnerException);
        Survived(peer, "500 then 200, SignUp");
    }

    [Fact]
    public async Task Throttling_then_200_on_SignUp_is_retried_because_it_was_refused_before_any_work()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.Throttle : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var response = await Bounded(client.SignUpAsync(SignUp()));

        Assert.Equal("sub-1", response.UserSub);
        Assert.Equal(2, peer.Received("SignUp"));
        Survived(peer, "429 then 200, SignUp");
    }

    [Fact]
    public async Task Connection_refused_on_SignUp_is_retried_because_the_request_never_left()
    {
        // A port nobody listens on: every connect is refused, so nothing is ever sent.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connects = 0;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                Interlocked.Increment(ref connects);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        using var client = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = "us-east-1", ServiceUrl = new Uri($"http://127.0.0.1:{port}/"), RequestTimeout = AttemptTimeout, Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) } },
            new HttpClient(handler, disposeHandler: false));

        await Assert.ThrowsAsync<CognitoNetworkException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.Equal(3, connects);
        _ledger.Injected(connects);
        _ledger.Survived();
        _output.WriteLine($"connection refused x{connects}, SignUp: survived.");
    }

    [Fact]
    public async Task Trickled_body_on_SignUp_times_out_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, _) => Fault.Trickle);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(client.SignUpAsync(SignUp())));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(1, peer.Received("SignUp"));
        Survived(peer, "slow loris, SignUp");
    }

    [Fact]
    public async Task Trickled_body_then_200_on_GetUser_is_retried_and_succeeds()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.Trickle : Fault.None);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        var user = await Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, peer.Received("GetUser"));
        Survived(peer, "slow loris then 200, GetUser");
    }

    [Fact]
    public async Task Invalid_JSON_on_GetUser_is_a_CognitoProtocolException_and_is_not_retried()
    {
        await using var peer = Peer((_, _) => Fault.InvalidJson);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        await Assert.ThrowsAsync<CognitoProtocolException>(() => Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" })));

        Assert.Equal(1, peer.Received("GetUser"));
        Survived(peer, "invalid JSON, GetUser");
    }

    [Fact]
    public async Task Html_page_on_GetUser_is_a_CognitoProtocolException()
    {
        await using var peer = Peer((_, _) => Fault.HtmlPage);
        using var client = new CognitoIdentityProviderClient(Options(peer));

        await Assert.ThrowsAsync<CognitoProtocolException>(() => Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" })));

        Survived(peer, "HTML page, GetUser");
    }

    [Fact]
    public async Task One_GiB_chunked_body_is_refused_at_the_size_limit_with_bounded_memory()
    {
        await using var peer = Peer((_, _) => Fault.HugeChunkedBody);
        using var client = new CognitoIdentityProviderClient(Options(peer));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" })));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // The peer stops when its writes fail: the client closed instead of reading on.
        await peer.StoppedBeingRead.WaitAsync(CaseBound);
        _output.WriteLine($"1 GiB chunked: {allocated / 1024 / 1024} MiB allocated, {peer.BodyBytesWritten / 1024 / 1024} MiB written by the peer before it was cut off");
        Assert.True(allocated < 100L * 1024 * 1024, $"{allocated} bytes allocated");
        Assert.True(peer.BodyBytesWritten < FakeCognitoPeer.HugeBodyBytes / 4, $"{peer.BodyBytesWritten} bytes written");
        Assert.Equal(1, peer.Received("GetUser"));
        Assert.Contains("4194304", error.Message, StringComparison.Ordinal);
        Survived(peer, "1 GiB chunked body, GetUser");
    }

    [Fact]
    public async Task One_GiB_declared_body_is_refused_from_its_Content_Length_before_reading()
    {
        await using var peer = Peer((_, _) => Fault.HugeDeclaredBody);
        using var client = new CognitoIdentityProviderClient(Options(peer));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await Assert.ThrowsAsync<CognitoProtocolException>(() => Bounded(client.GetUserAsync(new GetUserRequest { AccessToken = "t" })));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await peer.StoppedBeingRead.WaitAsync(CaseBound);
        _output.WriteLine($"1 GiB declared: {allocated / 1024 / 1024} MiB allocated, {peer.BodyBytesWritten / 1024 / 1024} MiB written by the peer");
        Assert.True(allocated < 100L * 1024 * 1024, $"{allocated} bytes allocated");
        Assert.True(peer.BodyBytesWritten < FakeCognitoPeer.HugeBodyBytes / 4, $"{peer.BodyBytesWritten} bytes written");
        Survived(peer, "1 GiB declared body, GetUser");
    }

    [Fact]
    public async Task CognitoAuthClient_sign_up_after_a_reset_mid_response_is_received_once_and_the_outcome_is_ambiguous()
    {
        await using var peer = Peer((_, _) => Fault.ResetMidResponse);
        using var auth = new CognitoAuthClient(new CognitoClientOptions
        {
            UserPoolId = "us-east-1_Fake",
            ClientId = "client",
            ServiceUrl = peer.Url,
            RequestTimeout = AttemptTimeout,
            Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) },
        });

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => Bounded(auth.SignUpAsync("ada", "Secret-Passw0rd!", new Dictionary<string, string> { ["email"] = "ada@example.com" })));

        Assert.Equal(1, peer.Received("SignUp"));
        Assert.DoesNotContain("Secret-Passw0rd!", error.ToString(), StringComparison.Ordinal);
        Survived(peer, "reset mid-response, CognitoAuthClient.SignUpAsync");
    }

    [Fact]
    public async Task CognitoAuthClient_get_user_after_500_is_retried_and_succeeds()
    {
        await using var peer = Peer((_, n) => n == 1 ? Fault.Status500 : Fault.None);
        using var auth = new CognitoAuthClient(new CognitoClientOptions
        {
            UserPoolId = "us-east-1_Fake",
            ClientId = "client",
            ServiceUrl = peer.Url,
            RequestTimeout = AttemptTimeout,
            Retry = new CognitoRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) },
        });

        var user = await Bounded(auth.GetUserAsync("access-token"));

        Assert.Equal(2, peer.Received("GetUser"));
        Assert.Equal("ada@example.com", user.Attributes["email"]);
        Survived(peer, "500 then 200, CognitoAuthClient.GetUserAsync");
    }
}
