using System.Net;
using CognitoTyped.Hosting;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CognitoTyped.Tests.Hosting;

/// <summary>
/// A Microsoft.Extensions.Http.Resilience retry pipeline on CognitoTyped's named client, with CognitoTyped's own retries off
/// and <see cref="CognitoHttpRequestOptions.ShouldRetry"/> as its predicate, as docs/hosting.md shows: it retries what may be
/// sent again and never replays a sign-up or a challenge answer. The service is a fake (a 503 or 429 on demand).
/// </summary>
public sealed class ResilienceTests
{
    private static (ServiceProvider Provider, FakeHttpHandler Fake) Host(HttpStatusCode status)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(status, status == HttpStatusCode.TooManyRequests ? "TooManyRequestsException" : "InternalErrorException"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cognito:Customers:UserPoolId"] = "eu-west-1_Fake",
            ["Cognito:Customers:Clients:Web:ClientId"] = "webclient",
            ["Cognito:Customers:Retry:MaxAttempts"] = "1", // the pipeline retries, not CognitoTyped: never both
        }).Build();
        var services = new ServiceCollection();
        var builder = CognitoHosting.AddCognitoTyped(services, configuration);
        CognitoHosting.AddUserPool(builder, "Customers");
        CognitoHosting.AddClient(builder, "Customers", "Web", requiresSecret: false);
        builder.IdentityProviderHttpClient
            .ConfigurePrimaryHttpMessageHandler(() => fake)
            .AddResilienceHandler("cognito", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(CognitoHttpRequestOptions.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome.Result, args.Outcome.Exception)),
            }));
        return (services.BuildServiceProvider(), fake);
    }

    private static CognitoTokens Tokens() => CognitoModelFactory.CognitoTokens("id", "access", "refresh", DateTimeOffset.UtcNow.AddHours(1));

    [Fact]
    public async Task A_503_is_retried_by_the_pipeline_for_reads_and_refreshes_but_never_for_a_sign_up_or_a_challenge_answer()
    {
        var (provider, fake) = Host(HttpStatusCode.ServiceUnavailable);
        await using var _ = provider;
        using var client = CognitoHosting.CreateAuthClient(provider, "Customers", "Web");

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetUserAsync("access"));
        await Assert.ThrowsAnyAsync<Exception>(() => client.RefreshAsync(Tokens()));
        await Assert.ThrowsAnyAsync<Exception>(() => client.SignUpAsync("ada", "Correct-horse-9", []));
        await Assert.ThrowsAnyAsync<Exception>(() => client.RespondToMfaCodeAsync(CognitoModelFactory.CognitoChallenge("SOFTWARE_TOKEN_MFA", "ada", session: "session"), "123456"));

        Assert.Equal(3, fake.CountOf("GetUser"));
        Assert.Equal(3, fake.CountOf("InitiateAuth"));
        Assert.Equal(1, fake.CountOf("SignUp"));
        Assert.Equal(1, fake.CountOf("RespondToAuthChallenge"));
    }

    [Fact]
    public async Task Throttling_is_retried_for_any_operation_since_the_service_did_nothing()
    {
        var (provider, fake) = Host(HttpStatusCode.TooManyRequests);
        await using var _ = provider;
        using var client = CognitoHosting.CreateAuthClient(provider, "Customers", "Web");

        await Assert.ThrowsAnyAsync<Exception>(() => client.SignUpAsync("ada", "Correct-horse-9", []));

        Assert.Equal(3, fake.CountOf("SignUp"));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, true, false)]
    [InlineData(HttpStatusCode.InternalServerError, true, true)]
    [InlineData(HttpStatusCode.InternalServerError, false, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false, true)]
    public void The_predicate_reads_the_replay_class_the_request_carries(HttpStatusCode status, bool replaySafe, bool expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://cognito-idp.eu-west-1.amazonaws.com/");
        request.Options.Set(CognitoHttpRequestOptions.Operation, new CognitoOperationInfo("cognito-idp", "GetUser", replaySafe));
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, CognitoHttpRequestOptions.ShouldRetry(request, response, null));
        Assert.Equal(replaySafe, CognitoHttpRequestOptions.ShouldRetry(request, null, new HttpRequestException("reset")));
    }

    [Fact]
    public void A_request_that_is_not_CognitoTypeds_is_never_retried_by_the_predicate()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.com/");
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.False(CognitoHttpRequestOptions.ShouldRetry(request, response, null));
        Assert.False(CognitoHttpRequestOptions.ShouldRetry(null, response, null));
    }
}
