using System.Net;
using System.Reflection;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tests.Protocol;

/// <summary>Every operation of both low-level clients, sent to a fake endpoint: target header, signing and body shape.</summary>
public sealed class OperationWiringTests
{
    private static readonly string[] UnsignedUserPoolOperations =
    [
        "SignUp", "ConfirmSignUp", "ResendConfirmationCode", "InitiateAuth", "RespondToAuthChallenge", "GetTokensFromRefreshToken",
        "ForgotPassword", "ConfirmForgotPassword", "ChangePassword", "GetUser", "UpdateUserAttributes", "DeleteUserAttributes",
        "GetUserAttributeVerificationCode", "VerifyUserAttribute", "GlobalSignOut", "RevokeToken", "DeleteUser",
        "AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference", "ConfirmDevice", "ForgetDevice", "UpdateDeviceStatus",
    ];

    private static readonly string[] SignedUserPoolOperations =
    [
        "CreateUserPool", "CreateUserPoolClient", "CreateGroup", "DescribeUserPool", "DescribeUserPoolClient", "AdminCreateUser",
        "AdminConfirmSignUp", "AdminGetUser", "AdminSetUserPassword", "AdminInitiateAuth", "AdminRespondToAuthChallenge",
        "AdminAddUserToGroup", "AdminUpdateUserAttributes", "AdminDeleteUser", "ListUsers",
    ];

    public static TheoryData<string, bool> UserPoolOperations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var operation in UnsignedUserPoolOperations)
        {
            data.Add(operation, false);
        }

        foreach (var operation in SignedUserPoolOperations)
        {
            data.Add(operation, true);
        }

        return data;
    }

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
        Assert.Equal("{}", call.Body);
    }

    [Theory]
    [InlineData("GetId")]
    [InlineData("GetCredentialsForIdentity")]
    [InlineData("GetOpenIdToken")]
    public async Task Fake_endpoint_receives_each_identity_pool_operation_unsigned(string operation)
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, "{}"));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        await InvokeAsync(client, operation);

        var call = Assert.Single(fake.Calls);
        Assert.Equal("AWSCognitoIdentityService." + operation, call.Headers["X-Amz-Target"]);
        Assert.Equal(new Uri("https://cognito-identity.us-east-2.amazonaws.com/"), call.Request.RequestUri);
        Assert.False(call.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void Every_public_operation_method_is_covered_here()
    {
        var methods = typeof(CognitoIdentityProviderClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name[..^"Async".Length])
            .Order()
            .ToArray();

        Assert.Equal(UnsignedUserPoolOperations.Concat(SignedUserPoolOperations).Order().ToArray(), methods);
    }

    [Fact]
    public async Task Epoch_second_timestamps_are_read_with_their_fraction()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Credentials":{"AccessKeyId":"a","Expiration":1.7000000125E9}}"""));
        using var client = new CognitoIdentityClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        var response = await client.GetCredentialsForIdentityAsync(new GetCredentialsForIdentityRequest());

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_012_500), response.Credentials!.Expiration);
    }

    private static async Task InvokeAsync(object client, string operation)
    {
        var method = client.GetType().GetMethod(operation + "Async") ?? throw new InvalidOperationException("no method for " + operation);
        var request = Activator.CreateInstance(method.GetParameters()[0].ParameterType)!;
        await (Task)method.Invoke(client, [request, CancellationToken.None])!;
    }
}
