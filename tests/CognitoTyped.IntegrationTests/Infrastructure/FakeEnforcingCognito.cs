using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>
/// A FAKE of the service, in process, for what cognito-local gets wrong: it lets a disabled user sign in, where Cognito refuses
/// with <c>NotAuthorizedException</c> "User is disabled.". This stand-in keeps one user's enabled flag, changed by
/// AdminDisableUser/AdminEnableUser, reported by AdminGetUser, and enforced by InitiateAuth and AdminInitiateAuth.
/// </summary>
internal sealed class FakeEnforcingCognito(string username, string password) : HttpMessageHandler
{
    private volatile bool _enabled = true;

    public List<string> Operations { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.GetValues("X-Amz-Target").Single();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        lock (Operations)
        {
            Operations.Add(operation);
        }

        if (operation is "AdminDisableUser" or "AdminEnableUser" or "AdminGetUser" && body["Username"]?.GetValue<string>() != username)
        {
            return Error("UserNotFoundException", "User does not exist.");
        }

        switch (operation)
        {
            case "AdminDisableUser":
                _enabled = false;
                return Answer(new JsonObject());
            case "AdminEnableUser":
                _enabled = true;
                return Answer(new JsonObject());
            case "AdminGetUser":
                return Answer(new JsonObject { ["Username"] = username, ["Enabled"] = _enabled, ["UserStatus"] = "CONFIRMED", ["UserAttributes"] = new JsonArray() });
            case "InitiateAuth" or "AdminInitiateAuth":
                var parameters = body["AuthParameters"]!.AsObject();
                if (parameters["USERNAME"]?.GetValue<string>() != username || parameters["PASSWORD"]?.GetValue<string>() != password)
                {
                    return Error("NotAuthorizedException", "Incorrect username or password.");
                }

                return _enabled
                    ? Answer(new JsonObject { ["AuthenticationResult"] = new JsonObject { ["IdToken"] = "e30.e30.sig", ["AccessToken"] = "e30.e30.sig", ["ExpiresIn"] = 3600, ["TokenType"] = "Bearer" } })
                    : Error("NotAuthorizedException", "User is disabled.");
            default:
                throw new InvalidOperationException("The fake does not serve " + operation + ".");
        }
    }

    private static HttpResponseMessage Answer(JsonObject body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1"),
    };

    private static HttpResponseMessage Error(string code, string message) => new(HttpStatusCode.BadRequest)
    {
        Content = new StringContent(new JsonObject { ["__type"] = code, ["message"] = message }.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1"),
    };
}
