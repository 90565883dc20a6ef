using CognitoTyped.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace CognitoTyped.Tests.Protocol;

/// <summary>The per-attempt timeout shared by attempts that start within the same slice of time (on a fake clock).</summary>
public sealed class AttemptDeadlinesTests
{
    private static readonly TimeSpan Timeout30 = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(30_000, 1_000)]
    [InlineData(5_000, 312.5)]
    [InlineData(200, 12.5)]
    [InlineData(3_600_000, 1_000)]
    public void A_slice_is_a_sixteenth_of_the_timeout_and_one_second_at_most(double timeoutMs, double sliceMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(sliceMs), AttemptDeadlines.SliceOf(TimeSpan.FromMilliseconds(timeoutMs)));
    }

    [Fact]
    public void No_attempt_is_abandoned_before_its_timeout_and_none_later_than_a_slice_after()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);
        var slice = AttemptDeadlines.SliceOf(Timeout30);

        var first = deadlines.Start(Timeout30, CancellationToken.None);
        clock.Advance(slice - TimeSpan.FromTicks(1));
        var last = deadlines.Start(Timeout30, CancellationToken.None);

        // The last attempt of the slice started a slice after the first: its full timeout must still be there.
        clock.Advance(Timeout30);
        Assert.False(last.TimedOut);
        Assert.False(first.TimedOut);
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(first.TimedOut);
        Assert.True(last.TimedOut);
        Assert.True(first.Token.IsCancellationRequested);
        deadlines.End(first);
        deadlines.End(last);
    }

    [Fact]
    public void An_attempt_after_the_slice_gets_its_own_deadline()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);
        var slice = AttemptDeadlines.SliceOf(Timeout30);

        var first = deadlines.Start(Timeout30, CancellationToken.None);
        clock.Advance(slice);
        var second = deadlines.Start(Timeout30, CancellationToken.None);
        clock.Advance(Timeout30);

        Assert.True(first.TimedOut);
        Assert.False(second.TimedOut);
        clock.Advance(slice);
        Assert.True(second.TimedOut);
    }

    [Fact]
    public void A_changed_timeout_starts_a_new_slice()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);

        var longer = deadlines.Start(Timeout30, CancellationToken.None);
        var shorter = deadlines.Start(TimeSpan.FromSeconds(2), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2) + AttemptDeadlines.SliceOf(TimeSpan.FromSeconds(2)));

        Assert.True(shorter.TimedOut);
        Assert.False(longer.TimedOut);
    }

    [Fact]
    public void The_callers_token_cancels_the_attempt_without_counting_as_a_timeout_and_the_next_attempt_is_not_cancelled()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);
        using var caller = new CancellationTokenSource();

        var cancelled = deadlines.Start(Timeout30, caller.Token);
        caller.Cancel();
        Assert.True(cancelled.Token.IsCancellationRequested);
        Assert.False(cancelled.TimedOut);
        deadlines.End(cancelled);

        using var nextCaller = new CancellationTokenSource();
        var next = deadlines.Start(Timeout30, nextCaller.Token);
        Assert.False(next.Token.IsCancellationRequested);
        clock.Advance(Timeout30 + AttemptDeadlines.SliceOf(Timeout30));
        Assert.True(next.Token.IsCancellationRequested);
        Assert.True(next.TimedOut);
        deadlines.End(next);
    }

    [Fact]
    public void A_joined_source_that_was_not_cancelled_is_reused_and_no_longer_listens_to_its_old_caller()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);
        using var firstCaller = new CancellationTokenSource();
        using var secondCaller = new CancellationTokenSource();

        var first = deadlines.Start(Timeout30, firstCaller.Token);
        deadlines.End(first);
        var second = deadlines.Start(Timeout30, secondCaller.Token);

        Assert.Same(first.Joined, second.Joined);
        firstCaller.Cancel();
        Assert.False(second.Token.IsCancellationRequested);
        secondCaller.Cancel();
        Assert.True(second.Token.IsCancellationRequested);
        deadlines.End(second);
    }

    [Fact]
    public void A_caller_already_cancelled_gives_a_cancelled_attempt()
    {
        using var deadlines = new AttemptDeadlines(new FakeTimeProvider());

        var attempt = deadlines.Start(Timeout30, new CancellationToken(canceled: true));

        Assert.True(attempt.Token.IsCancellationRequested);
        Assert.False(attempt.TimedOut);
        deadlines.End(attempt);
    }

    [Fact]
    public void Without_a_timeout_the_attempt_waits_on_the_callers_token_alone()
    {
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);
        using var caller = new CancellationTokenSource();

        var withCaller = deadlines.Start(Timeout.InfiniteTimeSpan, caller.Token);
        var alone = deadlines.Start(Timeout.InfiniteTimeSpan, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(365));

        Assert.Equal(caller.Token, withCaller.Token);
        Assert.False(alone.Token.CanBeCanceled);
        Assert.False(withCaller.TimedOut);
        deadlines.End(withCaller);
        deadlines.End(alone);
    }

    [Fact]
    public void A_timeout_beyond_what_a_timer_takes_is_accepted()
    {
        // CancellationTokenSource refuses delays over 2^32 - 2 ms (~49.7 days); such a timeout is as good as none.
        var clock = new FakeTimeProvider();
        using var deadlines = new AttemptDeadlines(clock);

        var attempt = deadlines.Start(TimeSpan.FromDays(60), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));

        Assert.False(attempt.TimedOut);
        deadlines.End(attempt);
    }
}
