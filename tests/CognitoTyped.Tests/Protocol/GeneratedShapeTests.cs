using System.Net;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>How the generated wire types read and write what the service sends.</summary>
public sealed class GeneratedShapeTests
{
    [Fact]
    public async Task Enum_value_the_model_does_not_know_round_trips_unchanged()
    {
        var fake = new FakeHttpHandler(call => FakeHttpHandler.Json(HttpStatusCode.OK, """{"ChallengeName":"SOME_FUTURE_CHALLENGE","Session":"s"}"""));
        using var client = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        var initiated = await client.InitiateAuthAsync(new InitiateAuthRequest { AuthFlow = AuthFlowType.UserSrpAuth, ClientId = "client" });
        await client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest { ClientId = "client", ChallengeName = initiated.ChallengeName, Session = initiated.Session });

        Assert.Equal("SOME_FUTURE_CHALLENGE", initiated.ChallengeName?.Value);
        Assert.NotEqual(ChallengeNameType.SmsMfa, initiated.ChallengeName);
        Assert.Equal("""{"AuthFlow":"USER_SRP_AUTH","ClientId":"client"}""", fake.Calls[0].Body);
        Assert.Equal("""{"ClientId":"client","ChallengeName":"SOME_FUTURE_CHALLENGE","Session":"s"}""", fake.Calls[1].Body);
    }

    [Fact]
    public void Enum_values_compare_by_value_and_convert_from_strings()
    {
        ChallengeNameType fromString = "SMS_MFA";

        Assert.Equal(ChallengeNameType.SmsMfa, fromString);
        Assert.True(fromString == "SMS_MFA");
        Assert.Equal("SMS_MFA", fromString.ToString());
        Assert.Equal(string.Empty, default(ChallengeNameType).Value);
    }

    [Fact]
    public async Task Member_names_are_sent_as_AWS_spells_them()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = "us-east-2", Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret") },
            new HttpClient(fake));

        await client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = "us-east-2_pool",
            ClientId = "client",
            AuthFlow = AuthFlowType.AdminUserPasswordAuth,
            ContextData = new ContextDataType { IpAddress = "192.0.2.1", ServerName = "app.example.com", ServerPath = "/sign-in", HttpHeaders = [new HttpHeader { HeaderName = "h", HeaderValue = "v" }] },
        });

        Assert.Equal("""{"UserPoolId":"us-east-2_pool","ClientId":"client","AuthFlow":"ADMIN_USER_PASSWORD_AUTH","ContextData":{"IpAddress":"192.0.2.1","ServerName":"app.example.com","ServerPath":"/sign-in","HttpHeaders":[{"headerName":"h","headerValue":"v"}]}}""", fake.Calls[0].Body);
    }
}
