using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>
/// A FAKE of the service, in process: cognito-local answers ListUsers, ListUsersInGroup and AdminListGroupsForUser in one
/// page whatever <c>Limit</c> says, so paging across pages is proven against this stand-in, which serves fixed users and
/// groups <see cref="PageSize"/> at a time with a token, and records every request it gets.
/// </summary>
internal sealed class FakePagingCognito(IReadOnlyList<string> usernames, IReadOnlyList<string> groupNames) : HttpMessageHandler
{
    public const int PageSize = 3;

    private readonly List<(string Operation, JsonObject Body)> _requests = [];

    public IReadOnlyList<(string Operation, JsonObject Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.GetValues("X-Amz-Target").Single();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        lock (_requests)
        {
            _requests.Add((operation, body));
        }

        JsonObject answer = operation switch
        {
            "ListUsers" => Page(usernames, body, "PaginationToken", "Users", User),
            "ListUsersInGroup" => Page(usernames, body, "NextToken", "Users", User),
            "AdminListGroupsForUser" => Page(groupNames, body, "NextToken", "Groups", name => new JsonObject { ["GroupName"] = name }),
            _ => throw new InvalidOperationException("The fake does not serve " + operation + "."),
        };
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1"),
        };
    }

    private static JsonObject User(string username) => new()
    {
        ["Username"] = username,
        ["Enabled"] = true,
        ["UserStatus"] = "CONFIRMED",
        ["Attributes"] = new JsonArray(
            new JsonObject { ["Name"] = "email", ["Value"] = username + "@example.com" },
            new JsonObject { ["Name"] = "custom:seats", ["Value"] = "7" }),
    };

    private static JsonObject Page(IReadOnlyList<string> items, JsonObject request, string tokenName, string listName, Func<string, JsonObject> item)
    {
        var start = request[tokenName] is { } token ? int.Parse(token.GetValue<string>()["page-".Length..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var answer = new JsonObject { [listName] = new JsonArray(items.Skip(start).Take(PageSize).Select(i => (JsonNode)item(i)).ToArray()) };
        if (start + PageSize < items.Count)
        {
            answer[tokenName] = "page-" + (start + PageSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return answer;
    }
}
