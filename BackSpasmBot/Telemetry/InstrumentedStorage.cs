using System.Diagnostics;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// The conversation store as the bot's state sees it, with a child span of the turn and a latency measurement for
/// every read, write and delete, and a count of those that fail (by exception type). Keys, which hold conversation
/// and user ids, and values are never recorded. Everything else passes through unchanged, exceptions included.
/// </summary>
public sealed class InstrumentedStorage(IStorage inner, BotMetrics metrics, TimeProvider time) : IStorage
{
    private const string Read = "read";
    private const string Write = "write";
    private const string Delete = "delete";

    private readonly string _provider = inner is JsonDocumentStorage durable ? durable.ProviderName.ToLowerInvariant() : nameof(StorageProvider.Memory).ToLowerInvariant();

    /// <summary>The store underneath.</summary>
    public IStorage Inner => inner;

    /// <summary>The store's JSON document interface, measured the same way; null when the store has none.</summary>
    public IJsonDocumentStore? JsonDocuments => inner is IJsonDocumentStore documents ? new MeasuredDocuments(this, documents) : null;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        IsObserved ? MeasuredReadAsync(keys, cancellationToken) : inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        IsObserved ? MeasuredWriteAsync(changes, cancellationToken) : inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        IsObserved ? MeasuredDeleteAsync(keys, cancellationToken) : inner.DeleteAsync(keys, cancellationToken);

    /// <summary>Something listens for store metrics or spans; otherwise calls go straight through.</summary>
    private bool IsObserved => metrics.MeasuresStore || BotTelemetry.Source.HasListeners();

    private async Task<IDictionary<string, object>> MeasuredReadAsync(string[] keys, CancellationToken cancellationToken)
    {
        var call = Begin(Read);
        try
        {
            var values = await inner.ReadAsync(keys, cancellationToken);
            End(call, null);
            return values;
        }
        catch (Exception ex)
        {
            End(call, ex);
            throw;
        }
    }

    private async Task MeasuredWriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        var call = Begin(Write);
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
            End(call, null);
        }
        catch (Exception ex)
        {
            End(call, ex);
            throw;
        }
    }

    private async Task MeasuredDeleteAsync(string[] keys, CancellationToken cancellationToken)
    {
        var call = Begin(Delete);
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
            End(call, null);
        }
        catch (Exception ex)
        {
            End(call, ex);
            throw;
        }
    }

    /// <summary>Starts a call's clock, and its span when a tracer listens.</summary>
    private StoreCall Begin(string operation)
    {
        var span = BotTelemetry.Source.HasListeners()
            ? BotTelemetry.Source.StartActivity(
                "store " + operation,
                ActivityKind.Client,
                parentContext: default,
                tags: [new(TelemetryTags.Operation, operation), new(TelemetryTags.Provider, _provider)])
            : null;
        return new StoreCall(operation, time.GetTimestamp(), span);
    }

    private void End(StoreCall call, Exception? exception)
    {
        var errorType = exception is null ? null : ErrorTypeOf(exception);
        metrics.StoreCalled(call.Operation, _provider, time.GetElapsedTime(call.Started), errorType);
        if (call.Span is { } span)
        {
            if (errorType is not null)
            {
                span.SetStatus(ActivityStatusCode.Error);
                span.SetTag(TelemetryTags.ErrorType, errorType);
            }

            span.Dispose();
        }
    }

    /// <summary>What went wrong, as a short fixed name: the store was down, an eTag did not match, or something else.</summary>
    private static string ErrorTypeOf(Exception exception) => exception switch
    {
        StorageUnavailableException => "unavailable",
        StorageConflictException => "conflict",
        OperationCanceledException => "cancelled",
        _ => exception.GetType().FullName ?? TelemetryTags.Other,
    };

    private sealed class MeasuredDocuments(InstrumentedStorage owner, IJsonDocumentStore documents) : IJsonDocumentStore
    {
        public Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken) =>
            owner.IsObserved ? owner.MeasureAsync(Read, () => documents.ReadJsonAsync(key, cancellationToken)) : documents.ReadJsonAsync(key, cancellationToken);

        public Task<string> WriteJsonAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
            owner.IsObserved
                ? owner.MeasureAsync(Write, () => documents.WriteJsonAsync(key, json, expectedETag, cancellationToken))
                : documents.WriteJsonAsync(key, json, expectedETag, cancellationToken);
    }

    private async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        var measured = Begin(operation);
        try
        {
            var result = await call();
            End(measured, null);
            return result;
        }
        catch (Exception ex)
        {
            End(measured, ex);
            throw;
        }
    }

    private readonly record struct StoreCall(string Operation, long Started, Activity? Span);
}
