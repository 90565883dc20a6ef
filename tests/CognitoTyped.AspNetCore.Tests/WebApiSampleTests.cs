using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using System.Security.Claims;
using CognitoTyped.Sample.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// samples/CognitoTyped.WebApi hosted whole (its own Program.cs, generated CustomersPrincipal and policies) against real
/// cognito-local tokens: the public, signed-in and admins-only endpoints the sample's README promises.
/// </summary>
public sealed class WebApiSampleTests(CognitoPools pools) : IClassFixture<CognitoPools>
{
    private WebApplicationFactory<Program> Sample() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cognito:Customers:UserPoolId", pools.Customers.PoolId);
        builder.UseSetting("Cognito:Customers:Issuer", pools.IssuerOf(pools.Customers.PoolId));
        builder.UseSetting("Cognito:Customers:ServiceUrl", pools.Emulator.Url.AbsoluteUri);
        builder.UseSetting("Cognito:Customers:Clients:App:ClientId", pools.Customers.WebClientId);
    });

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_public_endpoint_needs_no_token_and_the_others_do()
    {
        await using var sample = Sample();
        using var client = sample.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/me", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin", null)).StatusCode);
    }

    [Fact]
    public async Task Me_returns_the_typed_user_of_an_access_token()
    {
        await using var sample = Sample();
        using var client = sample.CreateClient();

        var response = await GetAsync(client, "/me", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var user = body.RootElement;
        Assert.Equal("alice", user.GetProperty("username").GetString());
        Assert.Equal(pools.Customers.WebClientId, user.GetProperty("clientId").GetString());
        Assert.Equal("Access", user.GetProperty("tokenUse").GetString());
        Assert.Equal(["admins"], user.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.True(user.GetProperty("isInAdmins").GetBoolean());
        Assert.False(string.IsNullOrEmpty(user.GetProperty("sub").GetString()));
    }

    [Fact]
    public async Task An_ID_token_a_token_of_another_pool_and_a_tampered_token_are_refused()
    {
        await using var sample = Sample();
        using var client = sample.CreateClient();
        var tampered = pools.Bob.AccessToken[..^4] + (pools.Bob.AccessToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var id = await GetAsync(client, "/me", pools.Alice.IdToken);
        var otherPool = await GetAsync(client, "/me", pools.Carol.AccessToken);
        var forged = await GetAsync(client, "/me", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, id.StatusCode);
        Assert.Contains("token_use", id.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, otherPool.StatusCode);
        Assert.Contains("issuer", otherPool.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("signature", forged.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_forbids_a_user_outside_the_group_and_admits_a_member()
    {
        await using var sample = Sample();
        using var client = sample.CreateClient();

        var bob = await GetAsync(client, "/admin", pools.Bob.AccessToken);
        var alice = await GetAsync(client, "/admin", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, bob.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
        Assert.Contains("Hello, admin alice.", await alice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orders_forbids_an_access_token_without_the_orders_read_scope()
    {
        await using var sample = Sample();
        using var client = sample.CreateClient();

        var response = await GetAsync(client, "/orders", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// cognito-local signs only sign-in tokens (scope aws.cognito.signin.user.admin), so the positive side of the generated
    /// scope and group policies is checked on principals shaped as the pool's scheme builds them, through the real
    /// IAuthorizationService.
    /// </summary>
    [Fact]
    public async Task The_generated_policies_admit_only_the_pools_validated_identity_with_the_scope_or_group()
    {
        await using var sample = Sample();
        var authorization = sample.Services.GetRequiredService<IAuthorizationService>();
        var policies = sample.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        static ClaimsPrincipal Principal(string authenticationType, params (string Type, string Value)[] claims)
            => new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType, "username", "cognito:groups"));
        var withScope = Principal("CognitoTyped:Customers", ("sub", "s"), ("token_use", "access"), ("scope", "openid orders/read"));
        var admin = Principal("CognitoTyped:Customers", ("sub", "s"), ("token_use", "access"), ("cognito:groups", "admins"));
        var otherScheme = Principal("Bearer", ("sub", "s"), ("token_use", "access"), ("scope", "orders/read"), ("cognito:groups", "admins"));
        var scope = (await policies.GetPolicyAsync(CustomersPolicies.OrdersReadScope))!;
        var group = (await policies.GetPolicyAsync(CustomersPolicies.Admins))!;

        Assert.True((await authorization.AuthorizeAsync(withScope, null, scope)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(admin, null, scope)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(admin, null, group)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(withScope, null, group)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(otherScheme, null, scope)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(otherScheme, null, group)).Succeeded);
        Assert.Equal(["Customers"], scope.AuthenticationSchemes);
        Assert.Null(otherScheme.GetCustomersUser());
        Assert.Equal("orders/read", CustomersPolicies.ValueOf(CustomersScope.OrdersReadScope));
    }

    [Fact]
    public async Task With_ID_tokens_allowed_the_typed_user_carries_the_pools_typed_attributes()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(pools.ConfigurationOf(pools.Customers));
        builder.Services.AddAuthentication().AddCognitoJwtBearer("Customers", options => options.TokenUse = CognitoTokenUse.Id);
        builder.Services.AddAuthorization(options => options.AddCustomersPolicies());
        await using var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", (HttpContext context) => context.User.GetCustomersUser() is { } user
            ? $"{user.TokenUse}|{user.Username}|{user.ClientId}|{user.Attributes?.Email}|{user.Attributes?.Sub == user.Sub}|{user.IsInAdmins}"
            : "none").RequireCustomersUser();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var response = await GetAsync(client, "/me", pools.Alice.IdToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Id|alice|{pools.Customers.WebClientId}|alice@example.com|True|True", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_generated_policies_work_when_the_pools_scheme_has_another_name()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(pools.ConfigurationOf(pools.Customers));
        builder.Services.AddAuthentication().AddCognitoJwtBearer("cognito", "Customers", configure: null);
        builder.Services.AddAuthorization();
        await using var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/admin", (HttpContext context) => context.User.GetCustomersUser()!.Username).RequireCustomersGroup(CustomersGroup.Admins);
        await app.StartAsync();
        using var client = app.GetTestClient();

        var alice = await GetAsync(client, "/admin", pools.Alice.AccessToken);
        var bob = await GetAsync(client, "/admin", pools.Bob.AccessToken);
        var nobody = await GetAsync(client, "/admin", null);

        Assert.Equal((HttpStatusCode.OK, "alice"), (alice.StatusCode, await alice.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, bob.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }
}
