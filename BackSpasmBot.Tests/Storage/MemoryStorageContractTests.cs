using Microsoft.Bot.Builder;

namespace BackSpasmBot.Tests.Storage;

/// <summary>The contract against the SDK's own MemoryStorage, as it comes: the reference the other stores follow.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override bool DocumentsAreLastWriterWins => true;

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());

    // MemoryStorage 4.23.1 throws a plain exception with this message on an eTag mismatch.
    protected override bool IsConflict(Exception exception) => exception.Message.StartsWith("Etag conflict", StringComparison.Ordinal);
}
