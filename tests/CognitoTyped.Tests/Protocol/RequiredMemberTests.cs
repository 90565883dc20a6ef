using System.Net;
using CognitoTyped.Identity;
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

    [Fact]
    public async Task A_list_element_missing_its_required_member_is_named_by_its_index()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"sub"}"""));
        using var client = ClientOf(fake);
        var request = new SignUpRequest
        {
            ClientId = "client",
            Username = "ana",
            UserAttributes = [new AttributeType { Name = "email", Value = "ana@example.com" }, new AttributeType { Value = "Ana" }],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SignUpAsync(request));

        Assert.Contains("SignUpRequest.UserAttributes[1].Name is required.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", error.Message.Replace("SignUpRequest", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task A_nested_structure_missing_its_required_member_is_named_by_its_path()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = ClientOf(fake);
        var request = new CreateUserPoolDomainRequest { Domain = "auth.example.com", UserPoolId = "us-east-2_pool", CustomDomainConfig = new CustomDomainConfigType() };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateUserPoolDomainAsync(request));

        Assert.Contains("CreateUserPoolDomainRequest.CustomDomainConfig.CertificateArn is required.", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task A_map_value_missing_its_required_member_is_named_by_its_key()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2", Credentials = new Amazon.Runtime.BasicAWSCredentials("AKID", "secret") }, new HttpClient(fake));
        var request = new SetIdentityPoolRolesRequest
        {
            IdentityPoolId = "us-east-2:pool",
            Roles = new Dictionary<string, string> { ["authenticated"] = "arn:aws:iam::123456789012:role/a" },
            RoleMappings = new Dictionary<string, RoleMapping>
            {
                ["accounts.google.com"] = new() { Type = RoleMappingType.Token },
                ["graph.facebook.com"] = new() { AmbiguousRoleResolution = AmbiguousRoleResolutionType.Deny },
            },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SetIdentityPoolRolesAsync(request));

        Assert.Contains("SetIdentityPoolRolesRequest.RoleMappings[graph.facebook.com].Type is required.", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task A_complete_nested_request_is_sent()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"sub"}"""));
        using var client = ClientOf(fake);

        await client.SignUpAsync(new SignUpRequest { ClientId = "client", Username = "ana", UserAttributes = [new AttributeType { Name = "email" }] });

        Assert.Single(fake.Calls);
    }
}
