using System.Collections;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Storage;

/// <summary>
/// The <see cref="IStorage"/> contract shared by the durable stores: values are stored as plain JSON documents (no
/// type names), each with an eTag kept beside it, and every write is checked against the eTag it was read with.
/// </summary>
/// <remarks>
/// <para>What a caller may rely on:</para>
/// <list type="bullet">
/// <item><description>
/// <see cref="ReadAsync"/> returns each found value as a <see cref="JObject"/> (no CLR types are recorded), with its
/// current eTag in an <c>"eTag"</c> property; keys that were never written, were deleted or have expired are absent.
/// </description></item>
/// <item><description>
/// An <see cref="IStoreItem"/> is written if its <c>ETag</c> is <c>"*"</c> (overwrite) or null (never read), or equals
/// the stored eTag; otherwise <see cref="StorageConflictException"/>. An empty eTag is an <see cref="ArgumentException"/>.
/// </description></item>
/// <item><description>
/// A document (a dictionary, as <c>BotState</c> writes, or a <see cref="JObject"/>) carries its eTag inside, as the
/// JavaScript SDK does: with an <c>"eTag"</c> entry it is checked the same way; without one it was never read from
/// the store, so it is only created, never written over an existing document. That is what stops a conversation's
/// state from being overwritten by a turn that read an older version, across instances.
/// </description></item>
/// <item><description>Any other value (a plain object) is written unconditionally, last writer wins.</description></item>
/// <item><description>
/// A write of several keys is all-or-nothing per key; a conflict on any key throws before or without touching the
/// others in stores that support it (SQLite writes them in one transaction).
/// </description></item>
/// <item><description>A stored document expires after <see cref="IdleExpiry"/> without a write.</description></item>
/// <item><description>
/// A backend that cannot be reached surfaces as <see cref="StorageUnavailableException"/>, never as a partial result.
/// </description></item>
/// </list>
/// </remarks>
public abstract class JsonDocumentStorage : IStorage, IJsonDocumentStore
{
    /// <summary>The name of the eTag property inside stored documents (the SDK's and the JavaScript SDK's name).</summary>
    public const string ETagProperty = "eTag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // No type names: they break when classes move, bloat every document, and are a deserialization risk.
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 128,
    });

    protected JsonDocumentStorage(TimeSpan idleExpiry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleExpiry, TimeSpan.Zero);
        IdleExpiry = idleExpiry;
    }

    /// <summary>The provider's name, for logs, health reports and exceptions.</summary>
    public abstract string ProviderName { get; }

    /// <summary>How long a document lives after its last write.</summary>
    public TimeSpan IdleExpiry { get; }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var distinct = keys.Where(key => !string.IsNullOrEmpty(key)).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return result;
        }

        foreach (var document in await GuardAsync(() => ReadDocumentsAsync(distinct, cancellationToken)))
        {
            var value = ParseDocument(document.Json);
            value[ETagProperty] = document.ETag;
            result[document.Key] = value;
        }

        return result;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var writes = changes.Select(change => Prepare(change.Key, change.Value)).ToList();
        return WriteAndStampAsync(changes, writes, cancellationToken);
    }

    /// <summary>
    /// Writes, then gives each written value its new eTag (as the SDK's MemoryStorage does for store items), so that a
    /// second save of the same state in one turn is checked against what this turn wrote rather than conflicting with it.
    /// </summary>
    private async Task WriteAndStampAsync(IDictionary<string, object> changes, List<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        await GuardAsync(() => WriteDocumentsAsync(writes, cancellationToken));
        foreach (var write in writes)
        {
            switch (changes[write.Key])
            {
                case IStoreItem item:
                    item.ETag = write.ETag;
                    break;
                case JObject document:
                    document[ETagProperty] = write.ETag;
                    break;
                case IDictionary<string, object> document when !document.IsReadOnly:
                    document[ETagProperty] = write.ETag;
                    break;
            }
        }
    }

    /// <inheritdoc/>
    public async Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var documents = await GuardAsync(() => ReadDocumentsAsync([key], cancellationToken));
        return documents.Count == 0 ? null : new StoredJson(documents[0].Json, documents[0].ETag);
    }

    /// <inheritdoc/>
    public async Task<string> WriteJsonAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var condition = expectedETag switch
        {
            null => WriteCondition.MustNotExist,
            "*" => WriteCondition.Any,
            _ => WriteCondition.MustMatch(expectedETag),
        };
        var write = new DocumentWrite(key, json, condition, NewETag());
        await GuardAsync(() => WriteDocumentsAsync([write], cancellationToken));
        return write.ETag;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Where(key => !string.IsNullOrEmpty(key)).Distinct(StringComparer.Ordinal).ToArray();
        return distinct.Length == 0 ? Task.CompletedTask : GuardAsync(() => DeleteDocumentsAsync(distinct, cancellationToken));
    }

    /// <summary>Whether the backend answers now. Never throws.</summary>
    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>Reads the documents that exist and have not expired.</summary>
    protected abstract Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes each document if its condition holds, with a fresh eTag and a fresh expiry; throws
    /// <see cref="StorageConflictException"/> for the first whose condition does not hold.
    /// </summary>
    protected abstract Task WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken);

    protected abstract Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Whether an exception from the backend means it is unreachable or failing (rather than a bug).</summary>
    protected abstract bool IsBackendFailure(Exception exception);

    /// <summary>A new eTag: random, so that a deleted and re-created document never reuses an old one.</summary>
    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static DocumentWrite Prepare(string key, object? value)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("Storage keys must be non-empty.", nameof(key));
        }

        if (value is null)
        {
            throw new ArgumentException($"The value for '{key}' is null; use DeleteAsync to remove an item.", nameof(value));
        }

        JObject document;
        try
        {
            document = value is JObject json ? (JObject)json.DeepClone() : JObject.FromObject(value, Serializer);
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException or InvalidCastException)
        {
            throw new ArgumentException($"The value for '{key}' must serialize to a JSON object.", nameof(value), ex);
        }

        var documentETag = TakeETag(document);
        var isDocument = value is JObject or IDictionary;
        var eTag = value is IStoreItem item ? item.ETag : isDocument ? documentETag : "*";
        var condition = eTag switch
        {
            null when isDocument => WriteCondition.MustNotExist,
            null or "*" => WriteCondition.Any,
            "" => throw new ArgumentException($"The eTag for '{key}' is empty: use \"*\" to overwrite, or the eTag read from the store.", nameof(value)),
            _ => WriteCondition.MustMatch(eTag),
        };

        return new DocumentWrite(key, document.ToString(Formatting.None), condition, NewETag());
    }

    /// <summary>Removes the eTag from the document body (it is kept beside it) and returns it.</summary>
    private static string? TakeETag(JObject document)
    {
        string? eTag = null;
        foreach (var property in document.Properties().Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            if (property.Value.Type == JTokenType.String)
            {
                eTag = property.Value.Value<string>();
            }

            property.Remove();
        }

        return eTag;
    }

    private static JObject ParseDocument(string json)
    {
        // Dates stay strings: parsing them would change what comes back (format, offset) from what was written.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 128 };
        return JObject.Load(reader);
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }

    private async Task GuardAsync(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }
}

/// <summary>A stored document as read: its key, current eTag and JSON body (without the eTag).</summary>
public sealed record StoredDocument(string Key, string ETag, string Json);

/// <summary>A document to write, and the condition under which it may be written.</summary>
/// <summary>One document to write: its JSON, the condition the stored one must meet, and the eTag it gets.</summary>
public sealed record DocumentWrite(string Key, string Json, WriteCondition Condition, string ETag);

/// <summary>When a write may replace what is stored.</summary>
public sealed record WriteCondition
{
    private WriteCondition(string? expectedETag, bool mustNotExist)
    {
        ExpectedETag = expectedETag;
        MustNotExistNow = mustNotExist;
    }

    /// <summary>Write whatever is stored ("*").</summary>
    public static WriteCondition Any { get; } = new(null, false);

    /// <summary>Write only if nothing (unexpired) is stored under the key.</summary>
    public static WriteCondition MustNotExist { get; } = new(null, true);

    /// <summary>The eTag the stored document must have; null when any or none will do.</summary>
    public string? ExpectedETag { get; }

    public bool MustNotExistNow { get; }

    /// <summary>Write only if the stored document has this eTag.</summary>
    public static WriteCondition MustMatch(string eTag) => new(eTag, false);

    /// <summary>Whether the condition holds given the eTag stored now (null when nothing is stored).</summary>
    public bool HoldsFor(string? currentETag) =>
        MustNotExistNow ? currentETag is null : ExpectedETag is null || string.Equals(ExpectedETag, currentETag, StringComparison.Ordinal);
}
