using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentity;
using Amazon.Extensions.CognitoAuthentication;

namespace Corpus.IdentityPoolCredentials;

// Exchanging a user pool session for temporary AWS credentials through an identity pool.
public class AwsCredentialsProvider
{
    private const string IdentityPoolId = "us-east-1:0b2f6c3e-9a8d-4f1e-b7c6-5d4e3f2a1b0c";
    private const string UserPoolProvider = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Nm3Bv7Cx1";

    public CognitoAWSCredentials ForUser(CognitoUser user)
    {
        return user.GetCognitoAWSCredentials(IdentityPoolId, RegionEndpoint.USEast1);
    }

    public CognitoAWSCredentials FromIdToken(string idToken)
    {
        var credentials = new CognitoAWSCredentials(IdentityPoolId, RegionEndpoint.USEast1);
        credentials.AddLogin(UserPoolProvider, idToken);
        return credentials;
    }

    public CognitoAWSCredentials Guest() =>
        new CognitoAWSCredentials(
            "123456789012",
            IdentityPoolId,
            "arn:aws:iam::123456789012:role/Cognito_AppUnauth_Role",
            "arn:aws:iam::123456789012:role/Cognito_AppAuth_Role",
            RegionEndpoint.USEast1);

    public Task<string> GetIdentityIdAsync(string idToken) => FromIdToken(idToken).GetIdentityIdAsync();
}
