using System.Net;
using System.Reflection;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>Every operation of both low-level clients, sent to a fake endpoint with its required members set: target header, signing and body shape.</summary>
public sealed class OperationWiringTests
{
    // The operations a user (or an app) calls without AWS credentials: AWS's API reference lists them as unauthenticated, or
    // authorized by the access token, a code or a session. Written out here so the test does not just echo the generator.
    private static readonly string[] UnsignedUserPoolOperations =
    [
        "AssociateSoftwareToken", "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice", "ConfirmForgotPassword",
        "ConfirmSignUp", "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential", "ForgetDevice", "ForgotPassword",
        "GetDevice", "GetTokensFromRefreshToken", "GetUser", "GetUserAttributeVerificationCode", "GetUserAuthFactors",
        "GlobalSignOut", "InitiateAuth", "ListDevices", "ListWebAuthnCredentials", "ResendConfirmationCode",
        "RespondToAuthChallenge", "RevokeToken", "SetUserMFAPreference", "SetUserSettings", "SignUp", "StartWebAuthnRegistration",
        "UpdateAuthEventFeedback", "UpdateDeviceStatus", "UpdateUserAttributes", "VerifySoftwareToken", "VerifyUserAttribute",
    ];

    private static readonly string[] UnsignedIdentityPoolOperations = ["GetCredentialsForIdentity", "GetId", "GetOpenIdToken", "UnlinkIdentity"];

    public static TheoryData<string, bool> UserPoolOperations() => OperationsOf(typeof(CognitoIdentityProviderClient), UnsignedUserPoolOperations);

    public static TheoryData<string, bool> IdentityPoolOperations() => OperationsOf(typeof(CognitoIdentityClient), UnsignedIdentityPoolOperations);

    [Theory]
    [MemberData(nameof(UserPoolOperations))]
    public async Task Fake_endpoint_receives_each_user_pool_operation_with_its_target_and_signing(string operation, bool isSigned)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = "us-east-2", Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret") },
            new HttpClient(fake));

        await InvokeAsync(client, operation);

        var call = Assert.Single(fake.Calls);
        Assert.Equal("AWSCognitoIdentityProviderService." + operation, call.Headers["X-Amz-Target"]);
        Assert.Equal(isSigned, call.Headers.ContainsKey("Authorization"));
        AssertBodyHoldsOnlyTheRequiredMembers(client.GetType().Namespace!, operation, call.Body);
    }

    [Theory]
    [MemberData(nameof(IdentityPoolOperations))]
    public async Task Fake_endpoint_receives_each_identity_pool_operation_with_its_target_and_signing(string operation, bool isSigned)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new CognitoIdentityClient(
            new CognitoServiceClientOptions { Region = "us-east-2", Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDFAKE", "fake-secret") },
            new HttpClient(fake));

        await InvokeAsync(client, operation);

        var call = Assert.Single(fake.Calls);
        Assert.Equal("AWSCognitoIdentityService." + operation, call.Headers["X-Amz-Target"]);
        Assert.Equal(new Uri("https://cognito-identity.us-east-2.amazonaws.com/"), call.Request.RequestUri);
        Assert.Equal(isSigned, call.Headers.ContainsKey("Authorization"));
        AssertBodyHoldsOnlyTheRequiredMembers(client.GetType().Namespace!, operation, call.Body);
    }

    [Fact]
    public void Every_unsigned_operation_listed_here_exists()
    {
        Assert.Equal(UnsignedUserPoolOperations.Length, UserPoolOperations().Count(row => !(bool)row[1]));
        Assert.Equal(UnsignedIdentityPoolOperations.Length, IdentityPoolOperations().Count(row => !(bool)row[1]));
    }

    [Fact]
    public async Task Epoch_second_timestamps_are_read_with_their_fraction()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Credentials":{"AccessKeyId":"a","Expiration":1.7000000125E9}}"""));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        var response = await client.GetCredentialsForIdentityAsync(new GetCredentialsForIdentityRequest { IdentityId = "us-east-2:00000000-0000-0000-0000-000000000000" });

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_012_500), response.Credentials!.Expiration);
    }

    private static TheoryData<string, bool> OperationsOf(Type client, string[] unsigned)
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && typeof(Task).IsAssignableFrom(m.ReturnType))
            .Select(m => m.Name[..^"Async".Length])
            .Order(StringComparer.Ordinal))
        {
            data.Add(name, !unsigned.Contains(name));
        }

        return data;
    }

    // The request sets only what the model requires: the body carries those members and nothing the caller left unset.
    private static void AssertBodyHoldsOnlyTheRequiredMembers(string @namespace, string operation, string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(
            ValidRequests.RequiredMembersOf(@namespace, operation).Order(StringComparer.Ordinal),
            json.RootElement.EnumerateObject().Select(member => member.Name).Order(StringComparer.Ordinal));
    }

    private static async Task InvokeAsync(object client, string operation)
    {
        var method = client.GetType().GetMethod(operation + "Async") ?? throw new InvalidOperationException("no method for " + operation);
        var request = ValidRequests.Create(method.GetParameters()[0].ParameterType);
        await (Task)method.Invoke(client, [request, CancellationToken.None])!;
    }
}
