using System.Text.Json;
using CognitoTyped.Testing;

namespace CognitoTyped.Tests.Tokens;

/// <summary>
/// Runs aws-jwt-verify (AWS's own Cognito JWT verifier, installed from jwt-verify-oracle/package-lock.json) on a batch of
/// tokens in one node process.
/// </summary>
/// <remarks>
/// Never skips: a missing node, a failed <c>npm ci</c> or a crashing script is a test failure with the reason.
/// </remarks>
public static class JwtVerifyOracle
{
    private static readonly NodeOracle Oracle = new("CognitoTyped.Tests", "jwt-verify-oracle", "verify.js");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Verifies every case with aws-jwt-verify at the case's own "now"; the verdicts come back in the same order.</summary>
    public static IReadOnlyList<OracleVerdict> Verify(OracleBatch batch)
    {
        string output = Oracle.RunAsync(JsonSerializer.Serialize(batch, JsonOptions)).GetAwaiter().GetResult();
        var verdicts = JsonSerializer.Deserialize<List<OracleVerdict>>(output, JsonOptions)
            ?? throw new InvalidOperationException("aws-jwt-verify wrote no verdicts.");
        if (verdicts.Count != batch.Cases.Count)
        {
            throw new InvalidOperationException($"aws-jwt-verify returned {verdicts.Count} verdicts for {batch.Cases.Count} tokens.");
        }

        return verdicts;
    }
}

/// <summary>What verify.js reads: the pool, the accepted clients, the grace period, the JWKS and the tokens.</summary>
public sealed record OracleBatch(string UserPoolId, IReadOnlyList<string> ClientIds, int GraceSeconds, JsonElement Jwks, IReadOnlyList<OracleCase> Cases);

/// <summary>One token, the kind expected (<c>id</c> or <c>access</c>) and the instant to verify it at.</summary>
public sealed record OracleCase(string Token, string TokenUse, long NowSeconds);

/// <summary>aws-jwt-verify's verdict: accepted, or the class name of the error it threw.</summary>
public sealed record OracleVerdict(bool Valid, string? Error);
