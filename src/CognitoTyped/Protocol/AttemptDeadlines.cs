namespace CognitoTyped.Protocol;

/// <summary>
/// The per-attempt timeout (<see cref="CognitoServiceClientOptions.RequestTimeout"/>) without a timer per attempt. Attempts
/// that start within the same slice of time — a sixteenth of the timeout, one second at most — share one cancellation source,
/// due when the last of them can be: an attempt is abandoned no sooner than the timeout after it started, and at most one
/// slice later (30 s becomes 30–31 s). A timer per attempt (CancelAfter, then a reset) takes the timer queue's lock twice on
/// every call; here a call reads the clock and a field. The caller's own token, when it has one, joins the deadline through
/// registrations on a source kept for the next attempt.
/// </summary>
internal sealed class AttemptDeadlines(TimeProvider time) : IDisposable
{
    /// <summary>Longer delays than this are refused by <see cref="CancellationTokenSource"/>: such a deadline is as good as none.</summary>
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private static readonly Action<object?> CancelSource = static state => ((CancellationTokenSource)state!).Cancel();

    private Slice? _current;

    /// <summary>A source that joined a caller's token and a deadline and was not cancelled, reset for the next attempt.</summary>
    private CancellationTokenSource? _spare;

    /// <summary>How much later than <paramref name="timeout"/> an attempt can be abandoned: the width of a slice.</summary>
    internal static TimeSpan SliceOf(TimeSpan timeout)
        => timeout == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(timeout.Ticks / 16, TimeSpan.TicksPerSecond));

    /// <summary>
    /// Starts an attempt: what it waits on cancels when <paramref name="caller"/> does or when <paramref name="timeout"/>
    /// (<see cref="Timeout.InfiniteTimeSpan"/> for none) has passed. Every <see cref="Start"/> is followed by <see cref="End"/>.
    /// </summary>
    internal Attempt Start(TimeSpan timeout, CancellationToken caller)
    {
        var deadline = timeout == Timeout.InfiniteTimeSpan ? CancellationToken.None : DeadlineAfter(timeout);
        if (!caller.CanBeCanceled || !deadline.CanBeCanceled)
        {
            return new Attempt(null, default, default, caller.CanBeCanceled ? caller : deadline, deadline);
        }

        var joined = Interlocked.Exchange(ref _spare, null) ?? new CancellationTokenSource();
        // A registration on a token that is already cancelled runs at once: the joined source is then cancelled before use.
        var callerCancels = caller.UnsafeRegister(CancelSource, joined);
        var deadlineCancels = deadline.UnsafeRegister(CancelSource, joined);
        return new Attempt(joined, callerCancels, deadlineCancels, joined.Token, deadline);
    }

    /// <summary>Ends an attempt: its registrations go, and its joined source is kept for the next one unless it was cancelled.</summary>
    internal void End(in Attempt attempt)
    {
        if (attempt.Joined is not { } joined)
        {
            return;
        }

        // Dispose waits for a callback under way, so nothing can cancel the source once these return.
        attempt.CallerCancels.Dispose();
        attempt.DeadlineCancels.Dispose();
        if (!joined.TryReset() || Interlocked.CompareExchange(ref _spare, joined, null) is not null)
        {
            joined.Dispose();
        }
    }

    /// <summary>
    /// A token that cancels between <paramref name="timeout"/> and <paramref name="timeout"/> plus a slice from now: the current
    /// slice's when now is within it and the timeout is the same, else a new slice's. Two attempts that race to start a slice
    /// each keep their own (both deadlines are right); the later one stays current.
    /// </summary>
    private CancellationToken DeadlineAfter(TimeSpan timeout)
    {
        var now = time.GetTimestamp();
        var slice = Volatile.Read(ref _current);
        if (slice is not null && slice.Timeout == timeout && now - slice.StartedAt < slice.Width)
        {
            return slice.Token;
        }

        var width = SliceOf(timeout);
        var due = timeout + width;
        var fresh = new Slice(
            now,
            (long)(width.TotalSeconds * time.TimestampFrequency),
            timeout,
            new CancellationTokenSource(due < LongestDelay ? due : LongestDelay, time));
        Volatile.Write(ref _current, fresh);
        return fresh.Token;
    }

    /// <summary>
    /// The slices' sources are not disposed: each is due within the timeout and a slice, its timer then ends, and an attempt may
    /// still hold its token. Only the spare joined source is.
    /// </summary>
    public void Dispose() => Interlocked.Exchange(ref _spare, null)?.Dispose();

    /// <summary>One attempt's cancellation: <see cref="Token"/> is what it waits on; <see cref="TimedOut"/> tells the deadline's part.</summary>
    internal readonly struct Attempt(CancellationTokenSource? joined, CancellationTokenRegistration callerCancels, CancellationTokenRegistration deadlineCancels, CancellationToken token, CancellationToken deadline)
    {
        internal CancellationToken Token => token;

        /// <summary>Whether the attempt's deadline has passed.</summary>
        internal bool TimedOut => deadline.IsCancellationRequested;

        internal CancellationTokenSource? Joined => joined;

        internal CancellationTokenRegistration CallerCancels => callerCancels;

        internal CancellationTokenRegistration DeadlineCancels => deadlineCancels;
    }

    private sealed class Slice(long startedAt, long width, TimeSpan timeout, CancellationTokenSource source)
    {
        internal long StartedAt { get; } = startedAt;

        internal long Width { get; } = width;

        internal TimeSpan Timeout { get; } = timeout;

        internal CancellationToken Token { get; } = source.Token;
    }
}
