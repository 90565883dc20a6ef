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
/// PASSWORD_CLAIM_SIGNATURE), beside amazon-cognito-identity-js on the same inputs in the same run:
/// GlobalSetup times the JS client in one node process (before the C# iterations, so the two never overlap),
/// and the summary shows its median and the speed-up next to the C# median.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SrpBenchmarks
{
    private const int JsWarmup = 5;
    private const int JsIterations = 30;

    [GlobalSetup]
    public void MeasureJsClient()
    {
        var js = SrpJsClientTiming.Measure(JsWarmup, JsIterations);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// amazon-cognito-identity-js 6.3.21, same inputs: median {js.MedianMs:F1} ms (min {js.MinMs:F1}, max {js.MaxMs:F1}) over {js.Iterations} sign-ins"));

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
            AddColumn(StatisticColumn.Median, new JsClientColumn(speedUp: false), new JsClientColumn(speedUp: true));
        }
    }

    /// <summary>The JS client's median from GlobalSetup, and C# median / JS median as a speed-up.</summary>
    private sealed class JsClientColumn(bool speedUp) : IColumn
    {
        public string Id => speedUp ? "SrpJsSpeedUp" : "SrpJsMedian";

        public string ColumnName => speedUp ? "Speed-up vs JS" : "JS client median";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => speedUp ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => speedUp
            ? "JS client median / C# median on the same inputs"
            : "Median of amazon-cognito-identity-js 6.3.21 on the same inputs, measured in GlobalSetup";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var js = SrpJsClientTiming.ReadLast();
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (js is null || statistics is null)
            {
                return "n/a";
            }

            double csharpMs = statistics.Median / 1_000_000.0;
            return speedUp
                ? string.Create(CultureInfo.InvariantCulture, $"{js.MedianMs / csharpMs:F1}x")
                : string.Create(CultureInfo.InvariantCulture, $"{js.MedianMs:F1} ms");
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
