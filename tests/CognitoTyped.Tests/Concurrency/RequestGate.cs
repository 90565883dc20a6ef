using System.Threading.Channels;

namespace CognitoTyped.Tests.Concurrency;

/// <summary>
/// Holds the requests of a fake handler until the test opens it, and tells the test when each one arrives, so a test
/// decides what overlaps what instead of hoping a delay is long enough on the machine it runs on.
/// </summary>
internal sealed class RequestGate
{
    /// <summary>Only a hang trips this: a request the code under test never sends fails the test instead of blocking it.</summary>
    private static readonly TimeSpan NeverArrived = TimeSpan.FromMinutes(1);

    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<int> _arrivals = Channel.CreateUnbounded<int>();
    private int _arrived;

    /// <summary>How many requests have reached the gate so far.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>For the handler: records the arrival, then waits until the gate opens or the request is cancelled.</summary>
    public Task PassAsync(CancellationToken cancellationToken)
    {
        _arrivals.Writer.TryWrite(Interlocked.Increment(ref _arrived));
        return _open.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits until the next request has reached the gate (the first call waits for the first request, and so on).</summary>
    public async Task NextArrivalAsync()
    {
        try
        {
            await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(NeverArrived);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No request reached the gate within {NeverArrived} ({Arrived} arrived before).");
        }
    }

    /// <summary>Lets every held request, and every later one, through.</summary>
    public void Open() => _open.TrySetResult();
}
