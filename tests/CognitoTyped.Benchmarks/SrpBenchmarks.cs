// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --filter "*SrpBenchmarks*"
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CognitoTyped.Srp;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// The client-side SRP work of one sign-in (random a and A, then the password authentication key and
/// PASSWORD_CLAIM_SIGNATURE), beside two references on the same inputs in the same run: amazon-cognito-identity-js, and
/// OpenSSL's modular exponentiation doing the same three exponentiations (srp-openssl-benchmark.js). GlobalSetup times both in
/// node before the C# iterations, so nothing overlaps, and the summary shows their medians and C# median / their median.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SrpBenchmarks
{
    private const int NodeWarmup = 5;
    private const int NodeIterations = 30;

    [GlobalSetup]
    public void MeasureReferences()
    {
        foreach (var reference in new[] { SrpNodeTiming.JsClient, SrpNodeTiming.OpenSsl })
        {
            var timing = reference.Measure(NodeWarmup, NodeIterations);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// {reference.Label}, same inputs: median {timing.MedianMs:F1} ms (min {timing.MinMs:F1}, max {timing.MaxMs:F1}) over {timing.Iterations} sign-ins"));
        }

        // Fail here, not in the measurement, if the inputs are ever refused.
        _ = SignInClientSide();
    }

    [Benchmark(Description = "SRP per sign-in: A, then key + signature")]
    public string SignInClientSide()
    {
        var session = SrpSession.Create();
        string srpA = session.LargeAHex;
        var claim = session.ComputeClaim(
            SrpBenchmarkInputs.UserPoolId,
            SrpBenchmarkInputs.UserIdForSrp,
            SrpBenchmarkInputs.Password,
            SrpBenchmarkInputs.SrpBHex,
            SrpBenchmarkInputs.SaltHex,
            SrpBenchmarkInputs.SecretBlockBase64,
            DateTimeOffset.UtcNow);
        return srpA.Length > 0 ? claim.Signature : string.Empty;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no boilerplate project to build, which on a busy machine can exceed BenchmarkDotNet's build timeout.
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(
                StatisticColumn.Median,
                new ReferenceColumn(SrpNodeTiming.JsClient, "JS client", ratio: false, priority: 0),
                new ReferenceColumn(SrpNodeTiming.OpenSsl, "OpenSSL", ratio: false, priority: 1),
                new ReferenceColumn(SrpNodeTiming.JsClient, "JS client", ratio: true, priority: 2),
                new ReferenceColumn(SrpNodeTiming.OpenSsl, "OpenSSL", ratio: true, priority: 3));
        }
    }

    /// <summary>A reference's median from GlobalSetup, or C# median / that median.</summary>
    private sealed class ReferenceColumn(SrpNodeTiming reference, string name, bool ratio, int priority) : IColumn
    {
        public string Id => "Srp" + name.Replace(" ", string.Empty, StringComparison.Ordinal) + (ratio ? "Ratio" : "Median");

        public string ColumnName => ratio ? $"C# / {name}" : $"{name} median";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => priority;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => ratio
            ? $"C# median / {reference.Label} median, same inputs, same run (below 1: C# is faster)"
            : $"Median of {reference.Label} on the same inputs, measured in GlobalSetup";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var timing = reference.ReadLast();
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (timing is null || statistics is null)
            {
                return "n/a";
            }

            double csharpMs = statistics.Median / 1_000_000.0;
            return ratio
                ? string.Create(CultureInfo.InvariantCulture, $"{csharpMs / timing.MedianMs:F2}")
                : string.Create(CultureInfo.InvariantCulture, $"{timing.MedianMs:F1} ms");
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
