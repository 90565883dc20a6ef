using System.Runtime.CompilerServices;

// The SRP benchmark measures the internal SRP session directly.
[assembly: InternalsVisibleTo("CognitoTyped.Benchmarks")]
