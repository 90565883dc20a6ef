namespace CognitoTyped.Srp;

/// <summary>The answer to a PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) challenge.</summary>
/// <param name="Signature">PASSWORD_CLAIM_SIGNATURE (Base64).</param>
/// <param name="Timestamp">TIMESTAMP, exactly the string that was signed.</param>
internal sealed record SrpPasswordClaim(string Signature, string Timestamp);
