// The minimal AOT probe (see ../CognitoTyped.AotProbe/measure-aot.sh): the same "signin URL POOL CLIENT USER" as
// CognitoTyped.AotProbe and the same output, but the sign-in is one hand-written InitiateAuth (USER_PASSWORD_AUTH) over
// HttpClient with source-generated System.Text.Json: no retries, timeouts, typed errors or token handling. The password comes
// from the environment, never the command line.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

var mainAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
var password = Environment.GetEnvironmentVariable("AOT_PROBE_PASSWORD") ?? throw new InvalidOperationException("Set AOT_PROBE_PASSWORD.");
var url = new Uri(args[1]);
using var http = new HttpClient();
var contentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
var request = new InitiateAuthRequest("USER_PASSWORD_AUTH", args[3], new Dictionary<string, string> { ["USERNAME"] = args[4], ["PASSWORD"] = password });
var callAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
var call = Stopwatch.StartNew();
var result = await SignInAsync();
var callMs = call.Elapsed.TotalMilliseconds;
var tokensAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
if (result.AuthenticationResult?.AccessToken is null)
{
    Console.Error.WriteLine("not signed in: " + result.ChallengeName);
    return 1;
}

var peakKb = File.ReadLines("/proc/self/status").First(line => line.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
var warm = Stopwatch.StartNew();
await SignInAsync();
var warmMs = warm.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"main-at-unix-us {mainAtUs} call-at-unix-us {callAtUs} tokens-at-unix-us {tokensAtUs} peak-rss-kb {peakKb} sign-in-call-ms {callMs:F1} warm-call-ms {warmMs:F1}"));
return 0;

async Task<InitiateAuthResponse> SignInAsync()
{
    var content = JsonContent.Create(request, MinimalJson.Default.InitiateAuthRequest, contentType);
    using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    message.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth");
    using var response = await http.SendAsync(message);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadFromJsonAsync(MinimalJson.Default.InitiateAuthResponse)
        ?? throw new InvalidOperationException("empty answer");
}

internal sealed record InitiateAuthRequest(string AuthFlow, string ClientId, Dictionary<string, string> AuthParameters);

internal sealed record AuthenticationResult(string? AccessToken, string? IdToken, string? RefreshToken, int ExpiresIn);

internal sealed record InitiateAuthResponse(string? ChallengeName, AuthenticationResult? AuthenticationResult);

[JsonSerializable(typeof(InitiateAuthRequest))]
[JsonSerializable(typeof(InitiateAuthResponse))]
internal sealed partial class MinimalJson : JsonSerializerContext;
