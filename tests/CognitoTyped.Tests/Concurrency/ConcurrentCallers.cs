namespace CognitoTyped.Tests.Concurrency;

/// <summary>Many callers of one API, each started on its own thread-pool work item.</summary>
internal static class ConcurrentCallers
{
    /// <summary>
    /// Makes <paramref name="count"/> calls from the thread pool and returns once every call has been made (has returned its
    /// task), without awaiting those tasks: with the service held at a <see cref="RequestGate"/>, they are all in flight together.
    /// </summary>
    public static async Task<Task<T>[]> StartAsync<T>(int count, Func<Task<T>> call)
        => await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default)));
}
