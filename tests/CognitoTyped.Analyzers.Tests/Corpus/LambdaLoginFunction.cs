using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace Corpus.LambdaLoginFunction;

public sealed class LoginBody
{
    public string? Username { get; set; }
    public string? Password { get; set; }
}

// API Gateway -> Lambda -> Cognito login proxy. Client ID comes from the function's environment.
public class Function
{
    private static readonly string ClientId =
        Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? "local-dev-client";

    private static readonly IAmazonCognitoIdentityProvider Cognito = new AmazonCognitoIdentityProviderClient();

    public async Task<APIGatewayProxyResponse> FunctionHandler(APIGatewayProxyRequest request, ILambdaContext context)
    {
        var body = JsonSerializer.Deserialize<LoginBody>(request.Body ?? "{}");
        if (body?.Username is null || body.Password is null)
        {
            return new APIGatewayProxyResponse { StatusCode = (int)HttpStatusCode.BadRequest, Body = "username and password required" };
        }

        context.Logger.LogLine($"Login attempt for {body.Username} using client {ClientId}");

        var authParameters = new Dictionary<string, string>
        {
            ["USERNAME"] = body.Username,
            ["PASSWORD"] = body.Password,
        };

        try
        {
            var response = await Cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                ClientId = ClientId, // expect: CTY0001 (may-reach: a constant fallback or branch)
                AuthParameters = authParameters,
            });

            return new APIGatewayProxyResponse
            {
                StatusCode = 200,
                Body = JsonSerializer.Serialize(response.AuthenticationResult),
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            };
        }
        catch (NotAuthorizedException)
        {
            return new APIGatewayProxyResponse { StatusCode = 401, Body = "invalid credentials" };
        }
    }
}
