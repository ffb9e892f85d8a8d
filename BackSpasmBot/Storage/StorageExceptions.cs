namespace BackSpasmBot.Storage;

/// <summary>A write was refused because the stored document changed since it was read (optimistic concurrency).</summary>
/// <remarks>Nothing of the refused write was stored. Reload, re-apply the change and write again.</remarks>
public sealed class StorageConflictException : InvalidOperationException
{
    public StorageConflictException(string key)
        : base($"The stored item '{key}' changed since it was read (eTag conflict); nothing was written.")
    {
        Key = key;
    }

    /// <summary>The storage key of the item that conflicted (a channel and conversation id, never user text).</summary>
    public string Key { get; }
}

/// <summary>The store could not be reached or could not complete the operation. Retrying later may succeed.</summary>
/// <remarks>What was stored before is untouched by the failed operation (writes are all-or-nothing per key).</remarks>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string provider, Exception innerException)
        : base($"The {provider} conversation store is unavailable ({innerException.GetType().Name}).", innerException)
    {
        Provider = provider;
    }

    public string Provider { get; }
}
