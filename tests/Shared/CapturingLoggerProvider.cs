using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CognitoTyped.Testing;

/// <summary>Keeps every log line at every level: its category, event, formatted message and structured state.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    internal sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
    {
        /// <summary>Everything the line carries, as text: what a sink could write anywhere.</summary>
        public IEnumerable<string> Texts() => new[] { Message }.Concat(State.Select(pair => pair.Key + "=" + Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var message = formatter(state, exception) + (exception is null ? string.Empty : " " + exception);
            owner._entries.Enqueue(new Entry(category, logLevel, eventId, message, pairs.ToList()));
        }
    }
}
