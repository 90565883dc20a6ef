namespace CognitoTyped;

/// <summary>
/// How calls to Cognito are retried: on throttling, on 500/502/503/504 and on transient network errors,
/// with capped exponential backoff and full jitter. After a failure that may have come after the service did the work
/// (5xx, timeout, connection lost after sending), only reads and idempotent writes are sent again; sign-up, confirmations,
/// password changes, sends of codes, creations, deletions and challenge answers end in
/// <see cref="CognitoAmbiguousOutcomeException"/> instead (docs/retries.md lists every operation).
/// </summary>
public sealed class CognitoRetryOptions
{
    /// <summary>Attempts in all, the first included. 1 turns retries off. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The backoff before the second attempt, doubled for each further one (before jitter). Default 100 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest backoff between two attempts. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "At least one attempt is needed.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), "Delays cannot be negative.");
        }
    }
}
