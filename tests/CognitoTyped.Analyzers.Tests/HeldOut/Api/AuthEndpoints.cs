using System.Collections.Generic;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoTyped;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HeldOut.Api;

public sealed record LoginBody(string Username, string Password);
public sealed record RegisterBody(string Email, string Password);
public sealed record ChangePasswordBody(string AccessToken, string CurrentPassword, string NewPassword);

/// <summary>Minimal-API endpoints of the BFF.</summary>
public static class AuthEndpoints
{
    private const string ProbeSuffix = "health!42";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/auth/login", async (LoginBody body, IAmazonCognitoIdentityProvider cognito, IOptions<CognitoClientOptions> options) =>
        {
            var response = await cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = options.Value.ClientId,
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = { ["USERNAME"] = body.Username, ["PASSWORD"] = body.Password },
            });
            return response.AuthenticationResult is null
                ? Results.Unauthorized()
                : Results.Ok(new { response.AuthenticationResult.AccessToken, response.AuthenticationResult.ExpiresIn });
        });

        app.MapPost("/auth/register", async (RegisterBody body, IAmazonCognitoIdentityProvider cognito, IConfiguration config) =>
        {
            await cognito.SignUpAsync(new SignUpRequest
            {
                ClientId = config["Cognito:ClientId"],
                Username = body.Email,
                Password = body.Password,
                UserAttributes = new List<AttributeType> { new() { Name = "email", Value = body.Email } },
            });
            return Results.NoContent();
        });

        app.MapPost("/auth/change-password", async (ChangePasswordBody body, IAmazonCognitoIdentityProvider cognito) =>
        {
            if (body.NewPassword == body.CurrentPassword)
            {
                return Results.BadRequest("New password must differ.");
            }

            await cognito.ChangePasswordAsync(new ChangePasswordRequest
            {
                AccessToken = body.AccessToken,
                PreviousPassword = body.CurrentPassword,
                ProposedPassword = body.NewPassword,
            });
            return Results.NoContent();
        });

        // Load-balancer probe. TODO(#88): move the probe user to configuration.
        app.MapGet("/auth/health", async (IAmazonCognitoIdentityProvider cognito) =>
        {
            var probe = await cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = "vdgaj8gxbenyjqwx4hh5344tfj", // expect: CTY0001
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string>
                {
                    ["USERNAME"] = "health-probe",
                    ["PASSWORD"] = "Pr0be-" + ProbeSuffix, // expect: CTY0002
                },
            });
            return probe.AuthenticationResult is null ? Results.Problem("cognito unavailable") : Results.Ok();
        });

        return app;
    }

    // Used by the OpenAPI example generator only.
    public static LoginBody ExampleLogin() => new("jane@example.com", "correct-horse-battery");
}
