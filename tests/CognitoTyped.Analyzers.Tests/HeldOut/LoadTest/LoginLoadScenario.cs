using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace HeldOut.LoadTest;

public sealed record LoadReport(int Users, double P50Ms, double P95Ms, int Failures);

/// <summary>Hammers USER_PASSWORD_AUTH with N virtual users. Run against the perf pool only.</summary>
public sealed class LoginLoadScenario
{
    private const string DefaultLoadClientId = "ompzom75wbbr4qmw2wxfogo4mv"; // expect: CTY0001
    private const string SharedPassword = "L0ad!Test#Shared";
    private const string PerfPoolId = "us-east-1_PerfP00l1";

    public async Task SeedAsync(IAmazonCognitoIdentityProvider cognito, int users, CancellationToken ct)
    {
        for (var i = 1; i <= users; i++)
        {
            var username = $"load-{i:D3}@perf.test";
            await cognito.AdminCreateUserAsync(new AdminCreateUserRequest
            {
                UserPoolId = PerfPoolId,
                Username = username,
                MessageAction = MessageActionType.SUPPRESS,
            }, ct);
            await cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
            {
                UserPoolId = PerfPoolId,
                Username = username,
                Password = SharedPassword, // expect: CTY0002
                Permanent = true,
            }, ct);
        }
    }

    public async Task<LoadReport> RunAsync(IAmazonCognitoIdentityProvider cognito, int users, CancellationToken ct)
    {
        var clientId = Environment.GetEnvironmentVariable("LOAD_CLIENT_ID") ?? DefaultLoadClientId; // expect: CTY0001 (may-reach: a constant fallback or branch)
        var latencies = new ConcurrentBag<double>();
        var failures = 0;

        await Parallel.ForEachAsync(Enumerable.Range(1, users), ct, async (i, token) =>
        {
            var sw = Stopwatch.StartNew();
            try
            {
                await cognito.InitiateAuthAsync(new InitiateAuthRequest
                {
                    ClientId = clientId, // expect: CTY0001 (may-reach: a constant fallback or branch)
                    AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                    AuthParameters = new Dictionary<string, string>
                    {
                        ["USERNAME"] = $"load-{i:D3}@perf.test",
                        ["PASSWORD"] = SharedPassword, // expect: CTY0002
                    },
                }, token);
            }
            catch (TooManyRequestsException)
            {
                Interlocked.Increment(ref failures);
            }

            latencies.Add(sw.Elapsed.TotalMilliseconds);
        });

        var sorted = latencies.OrderBy(x => x).ToArray();
        return new LoadReport(users, Percentile(sorted, 0.5), Percentile(sorted, 0.95), failures);
    }

    /// <summary>Replays credentials captured from the staging CSV export.</summary>
    public async Task ReplayAsync(IAmazonCognitoIdentityProvider cognito, IReadOnlyList<(string User, string Password)> credentials, CancellationToken ct)
    {
        var clientId = Environment.GetEnvironmentVariable("LOAD_CLIENT_ID")!;
        foreach (var (user, password) in credentials)
        {
            await cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = clientId,
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = user, ["PASSWORD"] = password },
            }, ct);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];
}
