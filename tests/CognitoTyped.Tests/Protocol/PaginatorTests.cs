using System.Net;
using System.Text.Json;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>The generated paginated forms: tokens chained page to page, the caller's request untouched, cancellation between pages.</summary>
public sealed class PaginatorTests
{
    // Three pages of ListUsers, keyed by the PaginationToken the request carries (none for the first page).
    private static HttpResponseMessage ThreePagesOfUsers(FakeHttpHandler.Call call)
    {
        using var body = JsonDocument.Parse(call.Body);
        var token = body.RootElement.TryGetProperty("PaginationToken", out var sent) ? sent.GetString() : null;
        return token switch
        {
            null => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Users":[{"Username":"ana"},{"Username":"ben"}],"PaginationToken":"page-2"}"""),
            "page-2" => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Users":[{"Username":"cat"}],"PaginationToken":"page-3"}"""),
            "page-3" => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Users":[{"Username":"dan"}]}"""),
            _ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException", "unknown token " + token),
        };
    }

    private static CognitoIdentityProviderClient ClientOf(FakeHttpHandler fake) => new(
        new CognitoServiceClientOptions { Region = "us-east-2", Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret") },
        new HttpClient(fake));

    [Fact]
    public async Task ListUsersPaginateAsync_yields_the_users_of_every_page_in_order_chaining_the_tokens()
    {
        var fake = new FakeHttpHandler(ThreePagesOfUsers);
        using var client = ClientOf(fake);
        var request = new ListUsersRequest { UserPoolId = "us-east-2_pool", Limit = 2, Filter = "status = \"Enabled\"" };

        var users = new List<string>();
        await foreach (var user in client.ListUsersPaginateAsync(request))
        {
            users.Add(user.Username!);
        }

        Assert.Equal(["ana", "ben", "cat", "dan"], users);
        Assert.Equal(3, fake.CountOf("ListUsers"));
        var sent = fake.Calls.Select(call => JsonDocument.Parse(call.Body).RootElement).ToList();
        Assert.Equal([null, "page-2", "page-3"], sent.Select(body => body.TryGetProperty("PaginationToken", out var token) ? token.GetString() : null));
        Assert.All(sent, body => Assert.Equal(2, body.GetProperty("Limit").GetInt32()));
        Assert.All(sent, body => Assert.Equal("us-east-2_pool", body.GetProperty("UserPoolId").GetString()));
        Assert.All(sent, body => Assert.Equal("status = \"Enabled\"", body.GetProperty("Filter").GetString()));
    }

    [Fact]
    public async Task ListUsersPaginateAsync_leaves_the_callers_request_as_it_was()
    {
        var fake = new FakeHttpHandler(ThreePagesOfUsers);
        using var client = ClientOf(fake);
        var request = new ListUsersRequest { UserPoolId = "us-east-2_pool", Limit = 2 };

        await foreach (var _ in client.ListUsersPaginateAsync(request))
        {
        }

        Assert.Null(request.PaginationToken);
        Assert.Equal(2, request.Limit);
        Assert.Equal("us-east-2_pool", request.UserPoolId);
    }

    [Fact]
    public async Task ListUsersPaginateAsync_sends_nothing_until_enumerated()
    {
        var fake = new FakeHttpHandler(ThreePagesOfUsers);
        using var client = ClientOf(fake);

        var users = client.ListUsersPaginateAsync(new ListUsersRequest { UserPoolId = "us-east-2_pool" });
        await using var enumerator = users.GetAsyncEnumerator();

        Assert.Empty(fake.Calls);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task ListUsersPaginateAsync_cancelled_between_pages_asks_for_no_further_page()
    {
        var fake = new FakeHttpHandler(ThreePagesOfUsers);
        using var client = ClientOf(fake);
        using var cancellation = new CancellationTokenSource();

        var users = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in client.ListUsersPaginateAsync(new ListUsersRequest { UserPoolId = "us-east-2_pool" }).WithCancellation(cancellation.Token))
            {
                users.Add(user.Username!);
                if (users.Count == 2)
                {
                    // The last user of the first page: the next MoveNext would ask for page 2.
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(["ana", "ben"], users);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task ListUsersPaginateAsync_stops_with_a_protocol_error_when_the_service_repeats_the_token_it_was_sent()
    {
        // A faulty service (a fake here) that answers page-2 with page-2 again would be paged forever.
        var fake = new FakeHttpHandler(call => call.Body.Contains("page-2", StringComparison.Ordinal)
            ? FakeHttpHandler.Json(HttpStatusCode.OK, """{"Users":[{"Username":"cat"}],"PaginationToken":"page-2"}""")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"Users":[{"Username":"ana"}],"PaginationToken":"page-2"}"""));
        using var client = ClientOf(fake);

        var users = new List<string>();
        var error = await Assert.ThrowsAsync<CognitoProtocolException>(async () =>
        {
            await foreach (var user in client.ListUsersPaginateAsync(new ListUsersRequest { UserPoolId = "us-east-2_pool" }))
            {
                users.Add(user.Username!);
            }
        });

        Assert.Equal(["ana", "cat"], users);
        Assert.Equal(2, fake.CountOf("ListUsers"));
        Assert.Contains("page token it was sent", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("page-2", error.Message, StringComparison.Ordinal);
    }
}
