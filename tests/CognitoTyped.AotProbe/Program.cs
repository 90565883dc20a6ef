// The AOT probe (see measure-aot.sh): "signin URL POOL CLIENT USER" signs that user in and prints the wall clock at the tokens
// (the launcher subtracts the moment it started the process), the peak resident memory, the first call's time and a second,
// warm call's (mostly the server's answer). The password comes from the environment, never the command line.
// It does nothing else, so the binary holds what an app that only signs in holds: the pool, client and user are created
// by setup-cognito-local.py, not by admin calls in here (which would bring SigV4 and AWS credentials into the binary).
using System.Diagnostics;
using System.Globalization;
using CognitoTyped;

var mainAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
var password = Environment.GetEnvironmentVariable("AOT_PROBE_PASSWORD") ?? throw new InvalidOperationException("Set AOT_PROBE_PASSWORD.");
var url = new Uri(args[1]);
using var auth = new CognitoAuthClient(new CognitoClientOptions { UserPoolId = args[2], ClientId = args[3], ServiceUrl = url });
var callAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
var call = Stopwatch.StartNew();
var result = await auth.SignInWithPasswordAsync(args[4], password);
var callMs = call.Elapsed.TotalMilliseconds;
var tokensAtUs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
if (!result.IsSignedIn)
{
    Console.Error.WriteLine("not signed in: " + result.ChallengeName);
    return 1;
}

var peakKb = File.ReadLines("/proc/self/status").First(line => line.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
var warm = Stopwatch.StartNew();
await auth.SignInWithPasswordAsync(args[4], password);
var warmMs = warm.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"main-at-unix-us {mainAtUs} call-at-unix-us {callAtUs} tokens-at-unix-us {tokensAtUs} peak-rss-kb {peakKb} sign-in-call-ms {callMs:F1} warm-call-ms {warmMs:F1}"));
return 0;
