using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>Keeps every log entry of a host (rendered message, template properties and exception text) for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString(), StringComparer.Ordinal)
                : [];
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), exception?.ToString(), properties));
        }
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception, IReadOnlyDictionary<string, string?> Properties)
{
    /// <summary>Everything the entry would put in a log sink.</summary>
    public string AllText => string.Join('\n', [Category, Message, Exception ?? string.Empty, .. Properties.Values]);

    public override string ToString() => $"{Level} {Category}: {Message}";
}
