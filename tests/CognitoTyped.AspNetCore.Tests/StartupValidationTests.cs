using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>Incomplete or unsafe configuration fails when the host starts, naming the key; no emulator is needed.</summary>
public sealed class StartupValidationTests
{
    private static readonly KeyValuePair<string, string?>[] Complete =
    [
        new("Cognito:Customers:UserPoolId", "eu-west-1_AbCdEf123"),
        new("Cognito:Customers:Clients:Web:ClientId", "1example23456789abcdefghij"),
    ];

    private static async Task<OptionsValidationException> StartFailsAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<CognitoJwtBearerOptions>? configure = null) =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(configuration, auth => auth.AddCognitoJwtBearer("Customers", configure)));

    [Fact]
    public async Task Complete_configuration_starts()
    {
        await using var app = await TestApp.StartAsync(Complete, auth => auth.AddCognitoJwtBearer("Customers"));
        Assert.NotNull(app.Client);
    }

    [Fact]
    public async Task Missing_UserPoolId_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync(Complete.Where(c => !c.Key.EndsWith("UserPoolId", StringComparison.Ordinal)));
        Assert.Contains("Cognito:Customers:UserPoolId is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_UserPoolId_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync([new("Cognito:Customers:UserPoolId", "not a pool id"), Complete[1]]);
        Assert.Contains("Cognito:Customers:UserPoolId 'not a pool id' is not a user pool ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_client_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync([Complete[0]]);
        Assert.Contains("Cognito:Customers:Clients:{Client}:ClientId is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explicit_ClientIds_satisfy_the_client_requirement()
    {
        await using var app = await TestApp.StartAsync([Complete[0]], auth => auth.AddCognitoJwtBearer("Customers", o => o.ClientIds.Add("1example23456789abcdefghij")));
        Assert.NotNull(app.Client);
    }

    [Fact]
    public async Task Plain_http_key_endpoint_off_loopback_fails_at_start_unless_allowed()
    {
        KeyValuePair<string, string?> jwks = new("Cognito:Customers:JwksUri", "http://cognito.internal:9229/eu-west-1_AbCdEf123/.well-known/jwks.json");

        var error = await StartFailsAsync([.. Complete, jwks]);
        await using var allowed = await TestApp.StartAsync([.. Complete, jwks, new("Cognito:Customers:AllowInsecureHttp", "true")], auth => auth.AddCognitoJwtBearer("Customers"));

        Assert.Contains("Cognito:Customers:JwksUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("not loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_ClockSkew_fails_at_start_naming_the_key()
    {
        var error = await StartFailsAsync([.. Complete, new("Cognito:Customers:ClockSkew", "soon")]);
        Assert.Contains("Cognito:Customers:ClockSkew is not a duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthenticationType_is_the_prefix_and_the_pool()
    {
        Assert.Equal("CognitoTyped:Partners", CognitoJwtBearerDefaults.AuthenticationType("Partners"));
        Assert.Throws<ArgumentException>(() => CognitoJwtBearerDefaults.AuthenticationType(" "));
    }
}
