# Creates a pool, an app client and a confirmed user on cognito-local (which checks no signature) over plain AWS JSON 1.1,
# so the probe binary needs no admin operation, no SigV4 and no AWS credentials: it only signs in.
import json, os, sys, urllib.request
url = sys.argv[1]
def call(operation, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService." + operation,
        "Authorization": "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)
pool = call("CreateUserPool", {"PoolName": "aot-probe", "UsernameAttributes": []})["UserPool"]["Id"]
client = call("CreateUserPoolClient", {"UserPoolId": pool, "ClientName": "probe", "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]})["UserPoolClient"]["ClientId"]
call("AdminCreateUser", {"UserPoolId": pool, "Username": "probe-user", "MessageAction": "SUPPRESS"})
call("AdminSetUserPassword", {"UserPoolId": pool, "Username": "probe-user", "Password": os.environ["AOT_PROBE_PASSWORD"], "Permanent": True})
print(pool, client)
