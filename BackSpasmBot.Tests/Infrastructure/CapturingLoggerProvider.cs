using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Keeps every log entry of a host (rendered message, template properties and exception text), and the text of every
/// scope opened, for assertions.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly ConcurrentQueue<string> _scopes = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    /// <summary>What each scope would add to the entries logged inside it (its text and its properties).</summary>
    public IReadOnlyCollection<string> Scopes => _scopes;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries, _scopes);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries, ConcurrentQueue<string> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.Select(pair => $"{pair.Key}={pair.Value}") : [];
            scopes.Enqueue(string.Join('\n', [category, state.ToString() ?? string.Empty, .. properties]));
            return null;
        }

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
