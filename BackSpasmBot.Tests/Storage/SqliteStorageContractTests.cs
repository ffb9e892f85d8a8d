using BackSpasmBot.Storage;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Tests.Storage;

/// <summary>The contract against SqliteStorage, on a fresh file per test.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backspasmbot-sqlite-");

    protected override Task<IStorage> CreateStorageAsync() =>
        Task.FromResult<IStorage>(new SqliteStorage(Path.Combine(_folder.FullName, "state.db"), TimeSpan.FromHours(24), TimeProvider.System));

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
