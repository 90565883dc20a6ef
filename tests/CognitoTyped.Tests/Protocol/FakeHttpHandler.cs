using System.Net;
using System.Text;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// An in-process stand-in for the service, for what no real peer can produce on demand (503s, throttling, reset
/// connections, identity-pool answers). Each call is recorded; the script decides each answer.
/// </summary>
internal sealed class FakeHttpHandler(Func<FakeHttpHandler.Call, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<Call> _calls = [];

    public FakeHttpHandler(Func<Call, HttpResponseMessage> respond)
        : this(call => Task.FromResult(respond(call)))
    {
    }

    public IReadOnlyList<Call> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    public int CountOf(string operation) => Calls.Count(c => c.Operation == operation);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.Single() : string.Empty;
        var call = new Call(request, target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], body, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), cancellationToken);
        int number;
        lock (_calls)
        {
            _calls.Add(call);
            number = _calls.Count;
        }

        call.Number = number;
        return await respond(call);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/x-amz-json-1.1") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message = "fake error")
        => Json(status, $$"""{"__type":"com.amazonaws.cognito#{{code}}","message":"{{message}}"}""", ("x-amzn-RequestId", "req-" + code));

    internal sealed record Call(HttpRequestMessage Request, string Operation, string Body, IReadOnlyDictionary<string, string> Headers, CancellationToken Cancellation)
    {
        public int Number { get; set; }
    }
}
