// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --filter "*"
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
