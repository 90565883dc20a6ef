// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --paired [seconds per pair]
using System.Diagnostics;
using System.Globalization;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// The call-overhead pairs of <see cref="CallOverheadBenchmarks"/>, measured interleaved: blocks of 500 calls of the minimal
/// call and of ours alternate (minimal, ours, ours, minimal) for a few seconds, and the ratio is the median over rounds of
/// each round's ours / minimal. A 2-core build machine drifts by tens of percent within a minute (other tenants, clock
/// changes); BenchmarkDotNet measures one method's iterations after the other's, so the drift lands in its ratio. Here both
/// sides of every round share the same moment, and the drift cancels out. Allocations are exact either way.
/// </summary>
internal static class CallOverheadPaired
{
    private const int Block = 500;

    public static void Run(double secondsPerPair)
    {
        var benchmarks = new CallOverheadBenchmarks();
        benchmarks.Setup();
        try
        {
            var pairs = new (string Name, Func<Task<string>> Minimal, Func<Task<string>> Ours)[]
            {
                ("InitiateAuth, CognitoAuthClient.SignInWithPasswordAsync", benchmarks.InitiateAuthMinimal, benchmarks.InitiateAuthCognitoTyped),
                ("InitiateAuth, low-level CognitoIdentityProviderClient.InitiateAuthAsync", benchmarks.InitiateAuthMinimal, benchmarks.InitiateAuthLowLevel),
                ("AdminGetUser (SigV4), CognitoIdentityProviderClient.AdminGetUserAsync", benchmarks.AdminGetUserMinimal, benchmarks.AdminGetUserCognitoTyped),
            };

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interleaved blocks of {Block} calls, {secondsPerPair:0.#} s per pair; time ratio = median over rounds of ours / minimal."));
            Console.WriteLine();
            Console.WriteLine("| pair | minimal (median) | ours (median) | time ratio | rounds | minimal alloc | ours alloc | alloc ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, minimal, ours) in pairs)
            {
                for (int warmup = 0; warmup < 20; warmup++)
                {
                    TimeBlock(minimal);
                    TimeBlock(ours);
                }

                var ratios = new List<double>();
                var minimalTimes = new List<double>();
                var ourTimes = new List<double>();
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed.TotalSeconds < secondsPerPair)
                {
                    // Alternating order, so neither side always runs right after a collection the other caused.
                    double minimalFirst = TimeBlock(minimal), oursFirst = TimeBlock(ours), oursSecond = TimeBlock(ours), minimalSecond = TimeBlock(minimal);
                    ratios.Add((oursFirst + oursSecond) / (minimalFirst + minimalSecond));
                    minimalTimes.Add((minimalFirst + minimalSecond) / 2);
                    ourTimes.Add((oursFirst + oursSecond) / 2);
                }

                double minimalBytes = AllocatedPerCall(minimal), ourBytes = AllocatedPerCall(ours);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {Median(minimalTimes):F2} µs | {Median(ourTimes):F2} µs | {Median(ratios):F3} | {ratios.Count} | {minimalBytes / 1024:F2} KB | {ourBytes / 1024:F2} KB | {ourBytes / minimalBytes:F3} |"));
            }
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>Microseconds per call over a block (every call completes synchronously against the canned handler).</summary>
    private static double TimeBlock(Func<Task<string>> call)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Block; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return clock.Elapsed.TotalMicroseconds / Block;
    }

    private static double AllocatedPerCall(Func<Task<string>> call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Block; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Block;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
