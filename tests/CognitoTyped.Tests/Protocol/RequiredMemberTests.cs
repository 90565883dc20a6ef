using System.Net;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>A request missing a member the model requires fails before anything is sent, naming the member.</summary>
public sealed class RequiredMemberTests
{
    private static CognitoIdentityProviderClient ClientOf(FakeHttpHandler fake) => new(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

    [Fact]
    public async Task SignUp_without_ClientId_throws_ArgumentException_naming_it_and_sends_nothing()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"sub"}"""));
        using var client = ClientOf(fake);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SignUpAsync(new SignUpRequest { Username = "ana", Password = "Passw0rd!" }));

        Assert.Contains("SignUpRequest.ClientId is required.", error.Message, StringComparison.Ordinal);
        Assert.Equal("request", error.ParamName);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task SignUp_with_an_empty_ClientId_is_left_to_the_service()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException"));
        using var client = ClientOf(fake);

        await Assert.ThrowsAsync<InvalidParameterException>(() => client.SignUpAsync(new SignUpRequest { ClientId = "", Username = "ana" }));

        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task ListUsersPaginateAsync_without_UserPoolId_throws_on_the_first_page_and_sends_nothing()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = ClientOf(fake);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in client.ListUsersPaginateAsync(new ListUsersRequest()))
            {
            }
        });

        Assert.Contains("ListUsersRequest.UserPoolId is required.", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }
}
