using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// Key rotation, which cognito-local (one fixed key) cannot produce: the key set is fetched from the real emulator through a
/// handler that, from the second fetch on, adds a new key, as Cognito publishes a new key before signing with it.
/// </summary>
public sealed class KeyRotationTests(CognitoPools pools) : IClassFixture<CognitoPools>
{
    private sealed class RotatingJwks(RsaSecurityKey newKey) : DelegatingHandler(new HttpClientHandler())
    {
        private int fetches;

        public int Fetches => Volatile.Read(ref fetches);

        public bool Rotated { get; set; }

        public bool Unavailable { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref fetches);
            if (Unavailable)
            {
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (!Rotated || !request.RequestUri!.AbsolutePath.EndsWith("/.well-known/jwks.json", StringComparison.Ordinal))
            {
                return response;
            }

            var keySet = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            var published = JsonWebKeyConverter.ConvertFromRSASecurityKey(newKey);
            keySet["keys"]!.AsArray().Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["use"] = "sig",
                ["kid"] = newKey.KeyId,
                ["n"] = published.N,
                ["e"] = published.E,
            });
            response.Content = new StringContent(keySet.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            return response;
        }
    }

    private string SignWith(RsaSecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = pools.IssuerOf(pools.Customers.PoolId),
        Claims = new Dictionary<string, object>
        {
            ["sub"] = Guid.NewGuid().ToString(),
            ["token_use"] = "access",
            ["client_id"] = pools.Customers.WebClientId,
            ["username"] = "rotated-user",
            ["scope"] = "aws.cognito.signin.user.admin",
        },
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    [Fact]
    public async Task Token_signed_with_a_newly_published_key_is_accepted_after_refetching_the_key_set()
    {
        using var rsa = RSA.Create(2048);
        var newKey = new RsaSecurityKey(rsa) { KeyId = "rotated-" + Guid.NewGuid().ToString("N")[..8] };
        using var jwks = new RotatingJwks(newKey);
        await using var app = await TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth =>
        {
            auth.AddCognitoJwtBearer("Customers");
            auth.Services.Configure<JwtBearerOptions>("Customers", options => options.BackchannelHttpHandler = jwks);
        });

        using var before = await app.GetAsync("/me", pools.Alice.AccessToken);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(1, jwks.Fetches);

        jwks.Rotated = true;
        var token = SignWith(newKey);
        using var after = await app.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("CognitoTyped:Customers|rotated-user", await after.Content.ReadAsStringAsync());
        Assert.Equal(2, jwks.Fetches);
    }

    [Fact]
    public async Task Made_up_kids_refetch_the_key_set_once_per_interval_not_once_per_request()
    {
        using var rsa = RSA.Create(2048);
        using var jwks = new RotatingJwks(new RsaSecurityKey(rsa) { KeyId = "unused" });
        await using var app = await TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth =>
        {
            auth.AddCognitoJwtBearer("Customers");
            auth.Services.Configure<JwtBearerOptions>("Customers", options => options.BackchannelHttpHandler = jwks);
        });

        for (var i = 0; i < 5; i++)
        {
            using var stranger = RSA.Create(2048);
            using var response = await app.GetAsync("/me", SignWith(new RsaSecurityKey(stranger) { KeyId = "made-up-" + i }));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // The first fetch, then one refetch for the first unknown kid; the other four wait for the interval.
        Assert.Equal(2, jwks.Fetches);
        using var genuine = await app.GetAsync("/me", pools.Alice.AccessToken);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task A_failed_refetch_keeps_the_keys_held()
    {
        using var rsa = RSA.Create(2048);
        using var jwks = new RotatingJwks(new RsaSecurityKey(rsa) { KeyId = "unused" });
        await using var app = await TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth =>
        {
            auth.AddCognitoJwtBearer("Customers");
            auth.Services.Configure<JwtBearerOptions>("Customers", options => options.BackchannelHttpHandler = jwks);
        });
        using var first = await app.GetAsync("/me", pools.Alice.AccessToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        jwks.Unavailable = true;
        using var stranger = RSA.Create(2048);
        using var unknown = await app.GetAsync("/me", SignWith(new RsaSecurityKey(stranger) { KeyId = "made-up" }));
        using var genuine = await app.GetAsync("/me", pools.Alice.AccessToken);

        Assert.Equal(2, jwks.Fetches);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Keys_that_cannot_be_fetched_at_all_are_named_as_the_reason_not_the_token()
    {
        using var rsa = RSA.Create(2048);
        using var jwks = new RotatingJwks(new RsaSecurityKey(rsa) { KeyId = "unused" }) { Unavailable = true };
        await using var app = await TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth =>
        {
            auth.AddCognitoJwtBearer("Customers");
            auth.Services.Configure<JwtBearerOptions>("Customers", options => options.BackchannelHttpHandler = jwks);
        });

        using var response = await app.GetAsync("/me", pools.Alice.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate).ToString();
        Assert.Contains("error_description=\"keys: the signing keys of user pool Customers could not be fetched", challenge, StringComparison.Ordinal);
        Assert.DoesNotContain(pools.Alice.AccessToken.Split('.')[1], challenge, StringComparison.Ordinal);
        Assert.Equal(1, jwks.Fetches);
    }

    [Fact]
    public async Task Token_signed_with_a_key_the_pool_never_publishes_is_refused_naming_the_signature()
    {
        using var rsa = RSA.Create(2048);
        var strangerKey = new RsaSecurityKey(rsa) { KeyId = "stranger-" + Guid.NewGuid().ToString("N")[..8] };
        await using var app = await TestApp.StartAsync(pools.ConfigurationOf(pools.Customers), auth => auth.AddCognitoJwtBearer("Customers"));
        var token = SignWith(strangerKey);

        using var response = await app.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate).ToString();
        Assert.Contains("error_description=\"signature:", challenge, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], challenge, StringComparison.Ordinal);
    }
}
