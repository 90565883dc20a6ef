using System.Collections.Concurrent;

namespace CognitoTyped.Tests.Concurrency;

/// <summary>
/// A UI thread stand-in (what a WinForms/WPF dispatcher or MAUI's main thread is to async code): one dedicated thread pumps a
/// <see cref="SynchronizationContext"/> whose posts all run on that thread, so a continuation that captured the context cannot
/// run while the thread is blocked in a synchronous wait.
/// </summary>
internal sealed class SingleThreadedContext : SynchronizationContext, IDisposable
{
    /// <summary>Only a hang trips this: a call that deadlocks fails the test instead of blocking the test run.</summary>
    public static readonly TimeSpan Deadlocked = TimeSpan.FromSeconds(30);

    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Thread _thread;

    public SingleThreadedContext()
    {
        // A background thread: if the code under test deadlocks it, the test fails and the test run still ends.
        _thread = new Thread(Pump) { IsBackground = true, Name = "single-threaded context" };
        _thread.Start();
    }

    public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Send is not used by async code.");

    /// <summary>
    /// Runs <paramref name="call"/> on the context's thread (with the context current) and returns its outcome, or throws a
    /// <see cref="TimeoutException"/> naming the deadlock when it has not returned within <see cref="Deadlocked"/>.
    /// </summary>
    public T Run<T>(Func<T> call)
    {
        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(
            _ =>
            {
                try
                {
                    outcome.SetResult(call());
                }
                catch (Exception exception)
                {
                    outcome.SetException(exception);
                }
            },
            null);
        if (!outcome.Task.Wait(Deadlocked))
        {
            throw new TimeoutException($"The call on the single-threaded context did not return within {Deadlocked}: it waits for work queued to the thread it blocks (a sync-over-async deadlock).");
        }

        return outcome.Task.GetAwaiter().GetResult();
    }

    /// <summary>Stops the pump once the queue is drained (a thread a deadlock holds stays blocked; it is a background thread).</summary>
    public void Dispose() => _queue.CompleteAdding();

    private void Pump()
    {
        SetSynchronizationContext(this);
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }
}
