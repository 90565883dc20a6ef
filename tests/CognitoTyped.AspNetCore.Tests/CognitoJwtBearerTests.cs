using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>AddCognitoJwtBearer on real cognito-local tokens: what is accepted, and each check that refuses, by name.</summary>
public sealed class CognitoJwtBearerTests(CognitoPools pools) : IClassFixture<CognitoPools>
{
    private Task<TestApp> CustomersAppAsync(Action<CognitoJwtBearerOptions>? configure = null) =>
        TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth => auth.AddCognitoJwtBearer("Customers", configure));

    /// <summary>A 401 whose challenge names <paramref name="check"/> and does not contain the token or any part of it.</summary>
    private static void AssertRefused(HttpResponseMessage response, string check, string token)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate).ToString();
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        Assert.Contains("error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        Assert.Contains($"error_description=\"{check}:", challenge, StringComparison.Ordinal);
        Assert.DoesNotContain(token, challenge, StringComparison.Ordinal);
        foreach (var part in token.Split('.').Where(p => p.Length >= 8))
        {
            Assert.DoesNotContain(part, challenge, StringComparison.Ordinal);
        }
    }

    private static string Segment(object json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(json)));

    [Fact]
    public async Task Access_token_of_a_configured_client_is_accepted_with_the_pool_authentication_type_and_username()
    {
        await using var app = await CustomersAppAsync();

        using var response = await app.GetAsync("/me", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CognitoTyped:Customers|alice", await response.Content.ReadAsStringAsync());
        Assert.Equal("CognitoTyped:Customers", CognitoJwtBearerDefaults.AuthenticationType("Customers"));
    }

    [Fact]
    public async Task Request_without_a_token_is_challenged_without_an_error()
    {
        await using var app = await CustomersAppAsync();

        using var response = await app.Client.GetAsync("/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Id_token_is_refused_by_default_naming_token_use()
    {
        await using var app = await CustomersAppAsync();

        using var response = await app.GetAsync("/me", pools.Alice.IdToken);

        AssertRefused(response, "token_use", pools.Alice.IdToken);
    }

    [Fact]
    public async Task Id_token_is_accepted_and_access_token_refused_when_TokenUse_is_Id()
    {
        await using var app = await CustomersAppAsync(options => options.TokenUse = CognitoTokenUse.Id);

        using var id = await app.GetAsync("/me", pools.Alice.IdToken);
        using var access = await app.GetAsync("/me", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.OK, id.StatusCode);
        Assert.Equal("CognitoTyped:Customers|alice", await id.Content.ReadAsStringAsync());
        AssertRefused(access, "token_use", pools.Alice.AccessToken);
    }

    [Fact]
    public async Task Token_of_an_unconfigured_client_of_the_same_pool_is_refused_naming_the_client()
    {
        await using var app = await CustomersAppAsync();

        using var response = await app.GetAsync("/me", pools.AliceViaOtherClient.AccessToken);

        AssertRefused(response, "client", pools.AliceViaOtherClient.AccessToken);
    }

    [Fact]
    public async Task Explicit_ClientIds_replace_the_configured_clients()
    {
        await using var app = await CustomersAppAsync(options => options.ClientIds.Add(pools.CustomersOtherClientId));

        using var other = await app.GetAsync("/me", pools.AliceViaOtherClient.AccessToken);
        using var web = await app.GetAsync("/me", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        AssertRefused(web, "client", pools.Alice.AccessToken);
    }

    [Fact]
    public async Task Token_of_another_pool_is_refused_naming_the_issuer()
    {
        await using var app = await CustomersAppAsync();

        using var response = await app.GetAsync("/me", pools.Carol.AccessToken);

        AssertRefused(response, "issuer", pools.Carol.AccessToken);
    }

    [Fact]
    public async Task Expired_access_token_is_refused_naming_expiry()
    {
        await using var app = await CustomersAppAsync(options =>
        {
            options.ClientIds.Add(pools.CustomersShortClientId);
            options.ClockSkew = TimeSpan.Zero;
        });
        var tokens = await pools.SignInAsync(pools.Customers.PoolId, pools.CustomersShortClientId, "bob");

        using var fresh = await app.GetAsync("/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        // exp is in whole seconds: wait until it has surely passed.
        await Task.Delay(CognitoPools.ShortTokenLifetime + TimeSpan.FromSeconds(1.5));
        using var expired = await app.GetAsync("/me", tokens.AccessToken);

        AssertRefused(expired, "expired", tokens.AccessToken);
    }

    [Fact]
    public async Task Token_with_a_tampered_signature_is_refused_naming_the_signature()
    {
        await using var app = await CustomersAppAsync();
        var token = pools.Alice.AccessToken;
        var index = token.LastIndexOf('.') + 10;
        var tampered = string.Concat(token.AsSpan(0, index), token[index] == 'A' ? "B" : "A", token.AsSpan(index + 1));

        using var response = await app.GetAsync("/me", tampered);

        AssertRefused(response, "signature", tampered);
    }

    [Fact]
    public async Task Token_with_a_changed_payload_is_refused_naming_the_signature()
    {
        await using var app = await CustomersAppAsync();
        var parts = pools.Bob.AccessToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        Assert.Contains("\"username\":\"bob\"", payload, StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.Replace("\"username\":\"bob\"", "\"username\":\"alice\"", StringComparison.Ordinal)))}.{parts[2]}";

        using var response = await app.GetAsync("/me", forged);

        AssertRefused(response, "signature", forged);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_refused_naming_the_algorithm()
    {
        await using var app = await CustomersAppAsync();
        var parts = pools.Alice.AccessToken.Split('.');
        var unsigned = $"{Segment(new { alg = "none", typ = "JWT", kid = "CognitoLocal" })}.{parts[1]}.";

        using var response = await app.GetAsync("/me", unsigned);

        AssertRefused(response, "algorithm", unsigned);
    }

    [Fact]
    public async Task HS256_token_is_refused_naming_the_algorithm()
    {
        await using var app = await CustomersAppAsync();
        var parts = pools.Alice.AccessToken.Split('.');
        var header = Segment(new { alg = "HS256", typ = "JWT", kid = "CognitoLocal" });
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("a key anyone could guess, 32 bytes+"));
        var signature = Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.ASCII.GetBytes($"{header}.{parts[1]}")));
        var forged = $"{header}.{parts[1]}.{signature}";

        using var response = await app.GetAsync("/me", forged);

        AssertRefused(response, "algorithm", forged);
    }

    [Fact]
    public async Task Group_policy_forbids_a_non_member_and_admits_a_member()
    {
        await using var app = await CustomersAppAsync();

        using var bob = await app.GetAsync("/admins", pools.Bob.AccessToken);
        using var alice = await app.GetAsync("/admins", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, bob.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
        Assert.Equal("CognitoTyped:Customers|alice", await alice.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cognito_groups_are_the_role_claim()
    {
        await using var app = await CustomersAppAsync();

        using var bob = await app.GetAsync("/admins-role", pools.Bob.AccessToken);
        using var alice = await app.GetAsync("/admins-role", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, bob.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
    }

    [Fact]
    public async Task Missing_required_scope_is_refused_naming_the_scope_and_a_present_one_is_accepted()
    {
        await using var missing = await CustomersAppAsync(options => options.RequiredScopes.Add("orders/read"));
        await using var present = await CustomersAppAsync(options => options.RequiredScopes.Add("aws.cognito.signin.user.admin"));

        using var refused = await missing.GetAsync("/me", pools.Alice.AccessToken);
        using var accepted = await present.GetAsync("/me", pools.Alice.AccessToken);

        AssertRefused(refused, "scope", pools.Alice.AccessToken);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Two_pools_side_by_side_each_accept_only_their_own_tokens()
    {
        await using var app = await TestApp.StartAsync(
            pools.ConfigurationOf(pools.Customers).Concat(pools.ConfigurationOf(pools.Partners)),
            auth => auth.AddCognitoJwtBearer("Customers").AddCognitoJwtBearer("Partners"));

        using var customerAtCustomers = await app.GetAsync("/customers", pools.Alice.AccessToken);
        using var partnerAtPartners = await app.GetAsync("/partners", pools.Carol.AccessToken);
        using var customerAtPartners = await app.GetAsync("/partners", pools.Alice.AccessToken);
        using var partnerAtCustomers = await app.GetAsync("/customers", pools.Carol.AccessToken);

        Assert.Equal("CognitoTyped:Customers|alice", await customerAtCustomers.Content.ReadAsStringAsync());
        Assert.Equal("CognitoTyped:Partners|carol", await partnerAtPartners.Content.ReadAsStringAsync());
        AssertRefused(customerAtPartners, "issuer", pools.Alice.AccessToken);
        AssertRefused(partnerAtCustomers, "issuer", pools.Carol.AccessToken);
    }

    [Fact]
    public async Task Scheme_name_can_differ_from_the_pool_name()
    {
        await using var app = await TestApp.StartAsync(
            pools.ConfigurationOf(pools.Partners),
            auth => auth.AddCognitoJwtBearer("Customers", "Partners", configure: null));

        using var response = await app.GetAsync("/customers", pools.Carol.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CognitoTyped:Partners|carol", await response.Content.ReadAsStringAsync());
    }
}
