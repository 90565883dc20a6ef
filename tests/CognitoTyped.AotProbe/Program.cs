// The AOT probe (see measure-aot.sh). "setup URL" creates a pool, an app client and a confirmed user on cognito-local and
// prints them; "signin URL POOL CLIENT USER" signs that user in once and prints the milliseconds from process start to the
// tokens and the peak resident memory. The password comes from the environment, never the command line.
using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using CognitoTyped;
using CognitoTyped.IdentityProvider;

var password = Environment.GetEnvironmentVariable("AOT_PROBE_PASSWORD") ?? throw new InvalidOperationException("Set AOT_PROBE_PASSWORD.");
var url = new Uri(args[1]);
if (args[0] == "setup")
{
    using var admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-1", ServiceUrl = url, Credentials = new BasicAWSCredentials("local", "local") });
    var pool = await admin.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "aot-probe", UsernameAttributes = [] });
    var poolId = pool.UserPool!.Id!;
    var client = await admin.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = poolId, ClientName = "probe", ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await admin.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = poolId, Username = "probe-user", MessageAction = MessageActionType.Suppress });
    await admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = poolId, Username = "probe-user", Password = password, Permanent = true });
    Console.WriteLine($"{poolId} {client.UserPoolClient!.ClientId}");
    return 0;
}

using var auth = new CognitoAuthClient(new CognitoClientOptions { UserPoolId = args[2], ClientId = args[3], ServiceUrl = url });
var call = Stopwatch.StartNew();
var result = await auth.SignInWithPasswordAsync(args[4], password);
var callMs = call.Elapsed.TotalMilliseconds;
var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
if (!result.IsSignedIn)
{
    Console.Error.WriteLine("not signed in: " + result.ChallengeName);
    return 1;
}

var peakKb = File.ReadLines("/proc/self/status").First(line => line.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-to-sign-in-ms {elapsed.TotalMilliseconds:F1} peak-rss-kb {peakKb} sign-in-call-ms {callMs:F1}"));
return 0;
