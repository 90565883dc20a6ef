using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.AspNetCore.Tests;

/// <summary>
/// A minimal API on TestServer: <c>/me</c> (any authenticated user; answers "{authentication type}|{name}"), <c>/admins</c>
/// (claim <c>cognito:groups</c> = <c>admins</c>), <c>/admins-role</c> (role <c>admins</c>), and <c>/customers</c>, <c>/partners</c> bound to one scheme each.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestApp(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestApp> StartAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<AuthenticationBuilder> authentication)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(configuration);
        authentication(builder.Services.AddAuthentication());
        builder.Services.AddAuthorization(options =>
        {
            options.AddPolicy("admins", policy => policy.RequireClaim("cognito:groups", "admins"));
            options.AddPolicy("admins-role", policy => policy.RequireRole("admins"));
        });

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization();
        app.MapGet("/admins", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization("admins");
        app.MapGet("/admins-role", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization("admins-role");
        app.MapGet("/customers", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = "Customers" });
        app.MapGet("/partners", (ClaimsPrincipal user) => Describe(user)).RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = "Partners" });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new TestApp(app);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }

    private static string Describe(ClaimsPrincipal user) => $"{user.Identity?.AuthenticationType}|{user.Identity?.Name}";
}
