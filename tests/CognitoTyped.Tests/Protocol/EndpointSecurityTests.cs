using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>Plain http:// is for loopback only, unless the app says, with a setting named as insecure, that it wants it.</summary>
public sealed class EndpointSecurityTests
{
    [Theory]
    [InlineData("http://cognito-local:9229")]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.5:9229")]
    [InlineData("http://[fe80::1]:9229")]
    [InlineData("http://localhost.example.com:9229")]
    [InlineData("http://128.0.0.1:9229")]
    public void Http_service_url_that_is_not_loopback_is_refused(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "eu-west-1", ServiceUrl = new Uri(url) }));

        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_service_url_that_is_not_loopback_is_refused_by_every_client()
    {
        var url = new Uri("http://cognito-local:9229");

        Assert.Throws<InvalidOperationException>(() => new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "eu-west-1", ServiceUrl = url }));
        Assert.Throws<InvalidOperationException>(() => new CognitoAuthClient(new CognitoClientOptions { UserPoolId = "eu-west-1_A", ClientId = "c", ServiceUrl = url }));
        Assert.Throws<InvalidOperationException>(() => new CognitoIdentityPool(new CognitoIdentityPoolOptions { IdentityPoolId = "eu-west-1:0", UserPoolId = "eu-west-1_A", ServiceUrl = url }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9229")]
    [InlineData("http://127.10.20.30:9229")]
    [InlineData("http://[::1]:9229")]
    [InlineData("http://localhost:9229")]
    [InlineData("http://LOCALHOST:9229")]
    [InlineData("https://cognito-local:9229")]
    [InlineData("https://cognito-idp.eu-west-1.amazonaws.com")]
    public void Loopback_http_and_any_https_are_allowed(string url)
    {
        using var client = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "eu-west-1", ServiceUrl = new Uri(url) });

        Assert.Equal(new Uri(url).Host, client.ServiceUrl.Host);
    }

    [Fact]
    public void AllowInsecureHttp_lets_an_emulator_be_reached_by_name()
    {
        var url = new Uri("http://cognito-local:9229");

        using var service = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "eu-west-1", ServiceUrl = url, AllowInsecureHttp = true });
        using var auth = new CognitoAuthClient(new CognitoClientOptions { UserPoolId = "eu-west-1_A", ClientId = "c", ServiceUrl = url, AllowInsecureHttp = true });
        using var identity = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "eu-west-1", ServiceUrl = url, AllowInsecureHttp = true });

        Assert.Equal(url.Host, service.ServiceUrl.Host);
        Assert.Equal(url.Host, auth.Service.ServiceUrl.Host);
    }

    [Fact]
    public void AllowInsecureHttp_is_off_by_default()
    {
        Assert.False(new CognitoServiceClientOptions().AllowInsecureHttp);
        Assert.False(new CognitoClientOptions().AllowInsecureHttp);
    }
}
