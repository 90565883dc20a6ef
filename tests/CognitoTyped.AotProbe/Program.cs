// The AOT probe (see measure-aot.sh): "signin URL POOL CLIENT USER" signs that user in once and prints the milliseconds from
// process start to the tokens and the peak resident memory. The password comes from the environment, never the command line.
// It does nothing else, so the binary holds what an app that only signs in holds: the pool, client and user are created
// by setup-cognito-local.py, not by admin calls in here (which would bring SigV4 and AWS credentials into the binary).
using System.Diagnostics;
using System.Globalization;
using CognitoTyped;

var password = Environment.GetEnvironmentVariable("AOT_PROBE_PASSWORD") ?? throw new InvalidOperationException("Set AOT_PROBE_PASSWORD.");
var url = new Uri(args[1]);
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
