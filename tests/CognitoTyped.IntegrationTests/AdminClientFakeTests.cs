using Amazon.Runtime;
using CognitoTyped.IntegrationTests.Generated;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// What cognito-local cannot show about the generated admin client, against fakes named as such: paging across more than one
/// page (<see cref="FakePagingCognito"/>: cognito-local answers every list in one page and ignores AttributesToGet), and a
/// disabled user's refused sign-in (<see cref="FakeEnforcingCognito"/>: cognito-local lets disabled users sign in), and the two
/// operations cognito-local lacks (AdminUserGlobalSignOut, AdminResetUserPassword).
/// </summary>
public sealed class AdminClientFakeTests
{
    private static readonly string[] Usernames = Enumerable.Range(0, 8).Select(i => "user-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static (ShopAdminClient Admin, FakePagingCognito Fake) AdminOverFake()
    {
        var fake = new FakePagingCognito(Usernames, ["admins", "staff", "legacy-group", "ops", "billing"]);
        var admin = new ShopAdminClient(
            new CognitoAdminOptions { UserPoolId = "us-east-1_Fake", ServiceUrl = new Uri("http://127.0.0.1:1"), Credentials = new BasicAWSCredentials("fake", "fake") },
            new HttpClient(fake));
        return (admin, fake);
    }

    [Fact]
    public async Task ListUsers_follows_the_pagination_token_across_pages_with_the_filter_on_every_page()
    {
        var (admin, fake) = AdminOverFake();
        using var disposeAdmin = admin;

        var users = await admin.ListUsersAsync(ShopUserFilter.Email.StartsWith("user-"), pageSize: FakePagingCognito.PageSize).ToListAsync();

        Assert.Equal(Usernames, users.Select(u => u.Username));
        Assert.All(users, u => Assert.Equal(7, u.Attributes.Seats));
        var requests = fake.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("email ^= \"user-\"", r.Body["Filter"]!.GetValue<string>()));
        Assert.All(requests, r => Assert.Equal("us-east-1_Fake", r.Body["UserPoolId"]!.GetValue<string>()));
        Assert.Equal([null, "page-3", "page-6"], requests.Select(r => r.Body["PaginationToken"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ListUsersInGroup_and_AdminListGroupsForUser_page_and_keep_groups_cognito_json_lacks()
    {
        var (admin, fake) = AdminOverFake();
        using var disposeAdmin = admin;

        var members = await admin.ListUsersInGroupAsync(ShopGroup.Staff).Select(u => u.Username).ToListAsync();
        var groups = await admin.AdminListGroupsForUserAsync("user-0").Select(g => g.GroupName).ToListAsync();

        Assert.Equal(Usernames, members);
        Assert.Equal(["admins", "staff", "legacy-group", "ops", "billing"], groups);
        Assert.All(fake.Requests.Where(r => r.Operation == "ListUsersInGroup"), r => Assert.Equal("staff", r.Body["GroupName"]!.GetValue<string>()));
        Assert.Equal(2, fake.Requests.Count(r => r.Operation == "AdminListGroupsForUser"));
    }

    [Fact]
    public async Task ListUsers_sends_the_typed_attributesToGet_by_their_Cognito_names_on_every_page()
    {
        // cognito-local ignores AttributesToGet, so what is sent is checked here.
        var (admin, fake) = AdminOverFake();
        using var disposeAdmin = admin;

        var users = await admin.ListUsersAsync(attributesToGet: [ShopAdminAttribute.Email, ShopAdminAttribute.Seats, ShopAdminAttribute.Sub], pageSize: FakePagingCognito.PageSize).ToListAsync();

        Assert.Equal(Usernames.Length, users.Count);
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.Equal(["email", "custom:seats", "sub"], r.Body["AttributesToGet"]!.AsArray().Select(n => n!.GetValue<string>())));
        Assert.All(fake.Requests, r => Assert.Null(r.Body["Filter"]));
    }

    [Fact]
    public async Task Stopping_early_sends_no_further_page_requests()
    {
        var (admin, fake) = AdminOverFake();
        using var disposeAdmin = admin;

        var first = await admin.ListUsersAsync().Take(2).ToListAsync();

        Assert.Equal(["user-0", "user-1"], first.Select(u => u.Username));
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Fake_a_disabled_user_is_refused_sign_in_through_both_generated_clients_until_enabled_again()
    {
        // cognito-local signs disabled users in; Cognito does not. FakeEnforcingCognito behaves as Cognito does.
        const string Password = "Correct-horse-9";
        var fake = new FakeEnforcingCognito("ada", Password);
        var endpoint = new Uri("http://127.0.0.1:1");
        var credentials = new BasicAWSCredentials("fake", "fake");
        using var admin = new ShopAdminClient(new CognitoAdminOptions { UserPoolId = "us-east-1_Fake", ServiceUrl = endpoint, Credentials = credentials }, new HttpClient(fake));
        using var server = new ShopServerClient(
            new CognitoClientOptions { UserPoolId = "us-east-1_Fake", ClientId = "fakeclient", ClientSecret = "fake-secret", ServiceUrl = endpoint, Credentials = credentials, Retry = new CognitoRetryOptions { MaxAttempts = 1 } },
            new HttpClient(fake));
        using var mobile = new ShopMobileClient(
            new CognitoClientOptions { UserPoolId = "us-east-1_Fake", ClientId = "fakeclient", ServiceUrl = endpoint, Retry = new CognitoRetryOptions { MaxAttempts = 1 } },
            new HttpClient(fake));
        Assert.True((await server.AdminSignInAsync("ada", Password)).IsSignedIn);

        await admin.AdminDisableUserAsync("ada");

        Assert.False((await admin.AdminGetUserAsync("ada")).Enabled);
        var adminRefused = await Assert.ThrowsAsync<NotAuthorizedException>(() => server.AdminSignInAsync("ada", Password));
        var userRefused = await Assert.ThrowsAsync<NotAuthorizedException>(() => mobile.SignInAsync("ada", Password));
        Assert.All(new[] { adminRefused, userRefused }, refused =>
        {
            Assert.Equal("User is disabled.", refused.ServiceMessage);
            Assert.DoesNotContain(Password, refused.ToString(), StringComparison.Ordinal);
        });

        await admin.AdminEnableUserAsync("ada");
        Assert.True((await admin.AdminGetUserAsync("ada")).Enabled);
        Assert.True((await mobile.SignInAsync("ada", Password)).IsSignedIn);
        Assert.Equal(["AdminInitiateAuth", "AdminDisableUser", "AdminGetUser", "AdminInitiateAuth", "InitiateAuth", "AdminEnableUser", "AdminGetUser", "InitiateAuth"], fake.Operations);
    }

    [Fact]
    public async Task Fake_AdminUserGlobalSignOut_and_AdminResetUserPassword_send_the_pool_and_user_signed()
    {
        // cognito-local 5.3.0 has neither operation; the fake answers as AWS documents (an empty object).
        var sent = new List<(string Operation, string Body, string? Authorization)>();
        var fake = new RecordingFake(async request =>
        {
            var target = request.Headers.GetValues("X-Amz-Target").Single();
            var body = await request.Content!.ReadAsStringAsync();
            lock (sent)
            {
                sent.Add((target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], body, request.Headers.TryGetValues("Authorization", out var authorization) ? authorization.Single() : null));
            }

            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/x-amz-json-1.1") };
        });
        using var admin = new ShopAdminClient(
            new CognitoAdminOptions { UserPoolId = "us-east-1_Fake", ServiceUrl = new Uri("http://127.0.0.1:1"), Credentials = new BasicAWSCredentials("fake", "fake") },
            new HttpClient(fake));

        await admin.AdminUserGlobalSignOutAsync("ada");
        await admin.AdminResetUserPasswordAsync("ada");

        Assert.Equal(["AdminUserGlobalSignOut", "AdminResetUserPassword"], sent.Select(s => s.Operation));
        Assert.All(sent, s =>
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(s.Body)!.AsObject();
            Assert.Equal("us-east-1_Fake", body["UserPoolId"]!.GetValue<string>());
            Assert.Equal("ada", body["Username"]!.GetValue<string>());
            Assert.StartsWith("AWS4-HMAC-SHA256 Credential=fake/", s.Authorization, StringComparison.Ordinal);
        });
    }

    /// <summary>A FAKE of the service that answers each request with <paramref name="answer"/>.</summary>
    private sealed class RecordingFake(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request);
    }
}
