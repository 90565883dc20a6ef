// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --filter "*CallOverhead*"
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// What the runtime costs per call on top of the HTTP call itself: a round trip through the runtime's clients against an
/// in-process handler that answers a canned response, beside a hand-written minimal call (HttpClient + System.Text.Json
/// source-generated types) of the same request. Each pair is a category whose baseline is the minimal call, so the Ratio
/// and Alloc Ratio columns are "ours / minimal".
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet's GlobalCleanup disposes them.")]
public class CallOverheadBenchmarks
{
    private const string InitiateAuthCategory = "InitiateAuth";
    private const string AdminGetUserCategory = "AdminGetUser (SigV4)";
    private const string Region = "eu-west-1";
    private const string UserPoolId = "eu-west-1_AbCdEf123";
    private const string ClientId = "1example23456789abcdefghij";
    private const string Password = "correct horse battery staple 1!";
    private static readonly Uri Endpoint = new("https://cognito-idp.eu-west-1.amazonaws.com/");

    private readonly BasicAWSCredentials _credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private CognitoAuthClient _authClient = null!;
    private CognitoIdentityProviderClient _adminClient = null!;
    private HttpClient _minimalAuthHttp = null!;
    private HttpClient _minimalAdminHttp = null!;

    [GlobalSetup]
    public void Setup()
    {
        var initiateAuthBody = CannedResponses.InitiateAuth();
        var adminGetUserBody = CannedResponses.AdminGetUser();
        _authClient = new CognitoAuthClient(
            new CognitoClientOptions { UserPoolId = UserPoolId, ClientId = ClientId, Region = Region },
            new HttpClient(new CannedHandler(initiateAuthBody)));
        _adminClient = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = Region, Credentials = _credentials },
            new HttpClient(new CannedHandler(adminGetUserBody)));
        _minimalAuthHttp = new HttpClient(new CannedHandler(initiateAuthBody));
        _minimalAdminHttp = new HttpClient(new CannedHandler(adminGetUserBody));

        // Both sides of each pair must read the same answer.
        if (InitiateAuthMinimal().GetAwaiter().GetResult() != InitiateAuthCognitoTyped().GetAwaiter().GetResult()
            || AdminGetUserMinimal().GetAwaiter().GetResult() != AdminGetUserCognitoTyped().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The minimal call and the runtime read different answers.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _authClient.Dispose();
        _adminClient.Dispose();
        _minimalAuthHttp.Dispose();
        _minimalAdminHttp.Dispose();
    }

    [Benchmark(Baseline = true, Description = "minimal HttpClient + STJ")]
    [BenchmarkCategory(InitiateAuthCategory)]
    public async Task<string> InitiateAuthMinimal()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth");
        request.Content = JsonContent.Create(
            new MinimalInitiateAuthRequest("USER_PASSWORD_AUTH", ClientId, new Dictionary<string, string> { ["USERNAME"] = "ada", ["PASSWORD"] = Password }),
            MinimalJsonContext.Default.MinimalInitiateAuthRequest,
            MinimalJsonContext.AmzJson);
        using var response = await _minimalAuthHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(MinimalJsonContext.Default.MinimalInitiateAuthResponse).ConfigureAwait(false);
        return answer!.AuthenticationResult!.AccessToken;
    }

    [Benchmark(Description = "CognitoAuthClient.SignInWithPasswordAsync")]
    [BenchmarkCategory(InitiateAuthCategory)]
    public async Task<string> InitiateAuthCognitoTyped()
    {
        var result = await _authClient.SignInWithPasswordAsync("ada", Password).ConfigureAwait(false);
        return result.Tokens!.AccessToken;
    }

    // The same InitiateAuth through the low-level client alone: what the auth client's layer (parameters, challenge handling,
    // tokens, the sign-in log and counter) adds is the difference from the benchmark above.
    [Benchmark(Description = "CognitoIdentityProviderClient.InitiateAuthAsync (low-level)")]
    [BenchmarkCategory(InitiateAuthCategory)]
    public async Task<string> InitiateAuthLowLevel()
    {
        var answer = await _authClient.Service.InitiateAuthAsync(new InitiateAuthRequest
        {
            AuthFlow = AuthFlowType.UserPasswordAuth,
            ClientId = ClientId,
            AuthParameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["USERNAME"] = "ada", ["PASSWORD"] = Password },
        }).ConfigureAwait(false);
        return answer.AuthenticationResult!.AccessToken!;
    }

    [Benchmark(Baseline = true, Description = "minimal HttpClient + STJ + SigV4 (AWS4Signer)")]
    [BenchmarkCategory(AdminGetUserCategory)]
    public async Task<string> AdminGetUserMinimal()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new MinimalAdminGetUserRequest(UserPoolId, "ada"), MinimalJsonContext.Default.MinimalAdminGetUserRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint);
        const string target = "AWSCognitoIdentityProviderService.AdminGetUser";
        var now = DateTime.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var credentials = await _credentials.GetCredentialsAsync().ConfigureAwait(false);
        const string signedHeaders = "content-type;host;x-amz-date;x-amz-target";
        var canonicalRequest = "POST\n/\n\ncontent-type:application/x-amz-json-1.1\nhost:" + Endpoint.Host + "\nx-amz-date:" + amzDate
            + "\nx-amz-target:" + target + "\n\n" + signedHeaders + "\n" + Convert.ToHexStringLower(SHA256.HashData(body));
        var signature = AWS4Signer.ComputeSignature(credentials, Region, now, "cognito-idp", signedHeaders, canonicalRequest);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", signature.ForAuthorizationHeader);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MinimalJsonContext.AmzJson;
        using var response = await _minimalAdminHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(MinimalJsonContext.Default.MinimalAdminGetUserResponse).ConfigureAwait(false);
        return answer!.Username + answer.UserAttributes!.Count.ToString(CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "CognitoIdentityProviderClient.AdminGetUserAsync")]
    [BenchmarkCategory(AdminGetUserCategory)]
    public async Task<string> AdminGetUserCognitoTyped()
    {
        var answer = await _adminClient.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = UserPoolId, Username = "ada" }).ConfigureAwait(false);
        return answer.Username + answer.UserAttributes!.Count.ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance));
        }
    }

    /// <summary>Answers every request with the same body, after reading the request body as a socket handler would.</summary>
    private sealed class CannedHandler(byte[] body) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            var content = new ByteArrayContent(body);
            content.Headers.ContentType = MinimalJsonContext.AmzJson;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "7f3c8a2e-5b1d-4c6e-9f0a-1b2c3d4e5f60");
            return response;
        }
    }

    private static class CannedResponses
    {
        /// <summary>An InitiateAuth answer with tokens of Cognito's usual sizes (access ~1.1 KB, ID ~1.2 KB, refresh ~1.8 KB).</summary>
        public static byte[] InitiateAuth()
        {
            string accessToken = Jwt($$"""{"sub":"6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70","iss":"https://cognito-idp.{{Region}}.amazonaws.com/{{UserPoolId}}","client_id":"{{ClientId}}","origin_jti":"3f2e1d0c-b9a8-4776-8554-433221100fed","event_id":"0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9","token_use":"access","scope":"aws.cognito.signin.user.admin","auth_time":1764547200,"exp":1764550800,"iat":1764547200,"jti":"9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a","username":"ada"}""", 256);
            string idToken = Jwt($$"""{"sub":"6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70","email_verified":true,"iss":"https://cognito-idp.{{Region}}.amazonaws.com/{{UserPoolId}}","cognito:username":"ada","origin_jti":"3f2e1d0c-b9a8-4776-8554-433221100fed","aud":"{{ClientId}}","event_id":"0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9","token_use":"id","auth_time":1764547200,"exp":1764550800,"iat":1764547200,"jti":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","email":"ada@example.com","given_name":"Ada"}""", 256);
            var refresh = new byte[1300];
            new Random(18).NextBytes(refresh);
            string refreshToken = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + Base64Url(refresh);
            return Encoding.UTF8.GetBytes(
                """{"AuthenticationResult":{"AccessToken":""" + "\"" + accessToken + "\",\"ExpiresIn\":3600,\"IdToken\":\"" + idToken
                + "\",\"RefreshToken\":\"" + refreshToken + "\",\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}");
        }

        public static byte[] AdminGetUser() => Encoding.UTF8.GetBytes(
            """{"Enabled":true,"UserAttributes":[{"Name":"sub","Value":"6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70"},{"Name":"email_verified","Value":"true"},{"Name":"given_name","Value":"Ada"},{"Name":"email","Value":"ada@example.com"}],"UserCreateDate":1764547200.123,"UserLastModifiedDate":1764547260.456,"UserStatus":"CONFIRMED","Username":"ada"}""");

        private static string Jwt(string payload, int signatureBytes)
        {
            var signature = new byte[signatureBytes];
            new Random(payload.Length).NextBytes(signature);
            return Base64Url("""{"kid":"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG=","alg":"RS256"}"""u8.ToArray()) + "." + Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url(signature);
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

internal sealed record MinimalInitiateAuthRequest(string AuthFlow, string ClientId, Dictionary<string, string> AuthParameters);

internal sealed record MinimalInitiateAuthResponse(MinimalAuthenticationResult? AuthenticationResult, string? ChallengeName, string? Session);

internal sealed record MinimalAuthenticationResult(string AccessToken, string IdToken, string? RefreshToken, int ExpiresIn, string TokenType);

internal sealed record MinimalAdminGetUserRequest(string UserPoolId, string Username);

internal sealed record MinimalAdminGetUserResponse(string Username, List<MinimalAttribute>? UserAttributes, bool Enabled, string UserStatus, double UserCreateDate, double UserLastModifiedDate);

internal sealed record MinimalAttribute(string Name, string? Value);

[JsonSerializable(typeof(MinimalInitiateAuthRequest))]
[JsonSerializable(typeof(MinimalInitiateAuthResponse))]
[JsonSerializable(typeof(MinimalAdminGetUserRequest))]
[JsonSerializable(typeof(MinimalAdminGetUserResponse))]
internal sealed partial class MinimalJsonContext : JsonSerializerContext
{
    public static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");
}
