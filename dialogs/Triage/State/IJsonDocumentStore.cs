namespace BackSpasmBot.Triage.State;

/// <summary>
/// A store that keeps each value as a JSON document with an eTag beside it, and hands that JSON over as it is: the
/// typed conversation state reads and writes through it without building a JSON tree. The host's durable stores
/// implement it; for any other <c>IStorage</c> the state falls back to the SDK's interface.
/// </summary>
public interface IJsonDocumentStore
{
    /// <summary>The document under <paramref name="key"/> (its JSON without the eTag, and its eTag); null when absent or expired.</summary>
    Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> under <paramref name="key"/> if the stored eTag is <paramref name="expectedETag"/>
    /// (null: only if nothing is stored), with a fresh expiry; returns the new eTag. Throws the store's conflict
    /// exception otherwise, and its unavailable exception when the backend cannot be reached.
    /// </summary>
    Task<string> WriteJsonAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);
}

/// <summary>A stored document: its JSON (without the eTag) and its eTag.</summary>
public sealed record StoredJson(string Json, string ETag);
