using System.Net;
using System.Reflection;
using System.Text;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// The serialized request can hold a password: the transport clears its bytes once the send loop is over, whatever the outcome,
/// so they do not wait in the heap for the collector (strings elsewhere can't be cleared; this buffer can, cheaply).
/// </summary>
public sealed class PayloadZeroingTests
{
    private const string Password = "Correct-Horse-Battery-9";

    /// <summary>The array a <see cref="ByteArrayContent"/> sends (it keeps the caller's array, not a copy).</summary>
    private static readonly FieldInfo ContentBytes = typeof(ByteArrayContent).GetField("_content", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("ByteArrayContent keeps its bytes elsewhere on this runtime; update the test.");

    public static TheoryData<string> Outcomes() => new() { "success", "service error", "network error" };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Fake_the_request_payload_holding_a_password_is_zeroed_when_the_send_ends(string outcome)
    {
        var payloads = new List<byte[]>();
        var fake = new FakeHttpHandler(call =>
        {
            var bytes = (byte[])ContentBytes.GetValue(call.Request.Content)!;
            Assert.Contains(Password, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            payloads.Add(bytes);
            return outcome switch
            {
                "success" => FakeHttpHandler.Json(HttpStatusCode.OK, """{"ChallengeParameters":{}}"""),
                "service error" => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password."),
                _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset (fake)"),
            };
        });
        var options = new CognitoServiceClientOptions { Region = "eu-west-1", Retry = new CognitoRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero } };
        using var client = new CognitoIdentityProviderClient(new CognitoTyped.Protocol.AwsJsonTransport(
            CognitoTyped.Protocol.AwsServiceEndpoint.For("cognito-idp", "AWSCognitoIdentityProviderService", options),
            options,
            new HttpClient(fake),
            delay: (_, _) => Task.CompletedTask));
        var request = new InitiateAuthRequest
        {
            AuthFlow = AuthFlowType.UserPasswordAuth,
            ClientId = "1example23456789abcdefghij",
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "ada", ["PASSWORD"] = Password },
        };

        try
        {
            await client.InitiateAuthAsync(request);
            Assert.Equal("success", outcome);
        }
        catch (Exception exception) when (exception is NotAuthorizedException or CognitoNetworkException)
        {
            Assert.NotEqual("success", outcome);
        }

        Assert.NotEmpty(payloads);
        Assert.All(payloads, bytes => Assert.All(bytes, b => Assert.Equal(0, b)));
    }
}
