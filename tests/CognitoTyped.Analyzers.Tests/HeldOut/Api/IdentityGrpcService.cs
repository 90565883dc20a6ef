using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HeldOut.Api.Grpc;

// --- shape of the protoc-generated code (identity.proto) ---
public sealed class SignInMessage
{
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    public string ClientId { get; set; } = "";
}

public sealed class TokenReply
{
    public string AccessToken { get; set; } = "";
    public string RefreshToken { get; set; } = "";
}

public abstract class IdentityGrpcBase
{
    public virtual Task<TokenReply> SignIn(SignInMessage request, ServerCallContext context) => throw new RpcException(new Status(StatusCode.Unavailable, ""));
    public virtual Task<TokenReply> SignInPartner(SignInMessage request, ServerCallContext context) => throw new RpcException(new Status(StatusCode.Unavailable, ""));
    public virtual Task<TokenReply> Impersonate(SignInMessage request, ServerCallContext context) => throw new RpcException(new Status(StatusCode.Unavailable, ""));
}
// --- end of generated shape ---

public sealed class IdentityGrpcService(
    IAmazonCognitoIdentityProvider cognito,
    IConfiguration configuration,
    ILogger<IdentityGrpcService> logger) : IdentityGrpcBase
{
    private static readonly string ServicePassword = "Svc-" + "Imp3rsonate!";

    private readonly string _defaultClientId = configuration.GetValue<string>("Cognito:ClientId") ?? string.Empty;

    public override async Task<TokenReply> SignIn(SignInMessage request, ServerCallContext context)
    {
        var clientId = string.IsNullOrEmpty(request.ClientId) ? _defaultClientId : request.ClientId;
        var response = await cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters =
            {
                ["USERNAME"] = request.Username,
                ["PASSWORD"] = request.Password,
            },
        }, context.CancellationToken);

        if (response.AuthenticationResult is null)
        {
            logger.LogWarning("Challenge {Challenge} for {Peer}", response.ChallengeName?.Value, context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "challenge required"));
        }

        return new TokenReply { AccessToken = response.AuthenticationResult.AccessToken, RefreshToken = response.AuthenticationResult.RefreshToken };
    }

    public override async Task<TokenReply> SignInPartner(SignInMessage request, ServerCallContext context)
    {
        var pool = new CognitoUserPool(
            configuration["Cognito:UserPoolId"],
            "partner-gateway", // expect: CTY0001
            cognito,
            clientSecret: configuration["Cognito:PartnerSecret"]);
        var user = new CognitoUser(request.Username, pool.ClientID, pool, cognito, configuration["Cognito:PartnerSecret"]);
        var flow = await user.StartWithSrpAuthAsync(new InitiateSrpAuthRequest { Password = request.Password });
        return new TokenReply { AccessToken = flow.AuthenticationResult.AccessToken };
    }

    public override async Task<TokenReply> Impersonate(SignInMessage request, ServerCallContext context)
    {
        var pool = new CognitoUserPool(configuration["Cognito:UserPoolId"], _defaultClientId, cognito);
        var user = new CognitoUser("svc-impersonation", pool.ClientID, pool, cognito);
        var flow = await user.StartWithAdminNoSrpAuthAsync(new InitiateAdminNoSrpAuthRequest
        {
            Password = ServicePassword, // expect: CTY0002
            ClientMetadata = new System.Collections.Generic.Dictionary<string, string> { ["impersonate"] = request.Username },
        });
        return new TokenReply { AccessToken = flow.AuthenticationResult.AccessToken };
    }
}
