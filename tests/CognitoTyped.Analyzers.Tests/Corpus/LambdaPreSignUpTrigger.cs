using System;
using System.Threading.Tasks;
using Amazon.Lambda.CognitoEvents;
using Amazon.Lambda.Core;

namespace Corpus.LambdaPreSignUpTrigger;

// Pre sign-up trigger: auto-confirm internal users. No Cognito credentials involved.
public class PreSignUpFunction
{
    private const string InternalDomain = "@contoso.com";
    private const string ClientIdMetadataKey = "client_id";
    private const string AllowedClientId = "web-portal";

    public Task<CognitoPreSignupEvent> Handler(CognitoPreSignupEvent input, ILambdaContext context)
    {
        input.Request.UserAttributes.TryGetValue("email", out var email);
        input.Request.ClientMetadata.TryGetValue(ClientIdMetadataKey, out var clientId);

        if (email is not null && email.EndsWith(InternalDomain, StringComparison.OrdinalIgnoreCase) && clientId == AllowedClientId)
        {
            input.Response.AutoConfirmUser = true;
            input.Response.AutoVerifyEmail = true;
        }

        context.Logger.LogLine($"Pre sign-up for {input.UserName} in {input.UserPoolId}");
        return Task.FromResult(input);
    }
}
