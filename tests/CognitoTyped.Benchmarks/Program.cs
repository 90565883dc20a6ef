// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --filter "*"
//      dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --paired [seconds per pair]   (call overhead, interleaved)
using System.Globalization;
using BenchmarkDotNet.Running;
using CognitoTyped.Benchmarks;

if (args.Length > 0 && args[0] == "--paired")
{
    CallOverheadPaired.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
