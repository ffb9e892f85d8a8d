using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackSpasmBot.Tests.Storage;

/// <summary>What SqliteStorage adds to the contract: the file, privacy of the file, idle expiry and purge.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(24);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backspasmbot-sqlite-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_folder.FullName, "nested", "folder", "state.db");

    [Fact]
    public async Task CreatesItsFolderAndAnOwnerOnlyFileInWalModeOnFirstUse()
    {
        var storage = NewStorage();

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", await Scalar("PRAGMA journal_mode"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(DatabasePath)!));
        }
    }

    [Fact]
    public async Task WhatOneInstanceWroteIsReadByTheNextOnTheSameFile()
    {
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["k"] = new { value = "kept" } });
        SqliteConnection.ClearAllPools();

        var found = await NewStorage().ReadAsync(["k"]);

        Assert.Equal("kept", ((Newtonsoft.Json.Linq.JObject)found["k"])["value"]!.ToString());
    }

    [Fact]
    public async Task ANewFileHasPagesThatHoldAConversationsDocumentWholeAndItIsReadBackWhole()
    {
        // A 3 KB document (a long conversation's is about 2 KB) fits in one page beside its key, with no overflow page.
        var document = new string('x', 3 * 1024);
        using var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = document } });

        var found = await storage.ReadAsync(["k"]);

        Assert.Equal(SqliteStorage.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), await Scalar("PRAGMA page_size"));
        Assert.True(SqliteStorage.PageSize >= 16 * 1024);
        Assert.Equal(document, ((Newtonsoft.Json.Linq.JObject)found["k"])["value"]!.ToString());
    }

    [Fact]
    public async Task AFileMadeWithSmallerPagesKeepsThemAndItsDocumentsAreReadAndWrittenAsBefore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using (var earlier = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await earlier.OpenAsync();
            await Execute(earlier, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;");
            await Execute(earlier, "CREATE TABLE bot_state (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID");
            await Execute(earlier, $"INSERT INTO bot_state VALUES ('k', 'e1', '{{\"value\":\"{new string('x', 2048)}\"}}', {_time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds()})");
        }

        using var storage = NewStorage();
        var before = (await storage.ReadAsync(["k"]))["k"];
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["value"] = "second", ["eTag"] = "e1" } });
        var after = await storage.ReadAsync(["k"]);

        Assert.Equal(new string('x', 2048), ((Newtonsoft.Json.Linq.JObject)before)["value"]!.ToString());
        Assert.Equal("second", ((Newtonsoft.Json.Linq.JObject)after["k"])["value"]!.ToString());
        Assert.Equal("4096", await Scalar("PRAGMA page_size"));
    }

    [Fact]
    public async Task AReadAfterItsOwnWriteSeesWhatAnotherConnectionCommittedSinceAndNothingItHasNot()
    {
        // After a write, this store reads through its write connection while that is idle, whose pages it keeps cached:
        // another process's commit must still be seen, and its uncommitted write never.
        using var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = "first" } });
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await other.OpenAsync();
        await Execute(other, "BEGIN IMMEDIATE");
        await Execute(other, "UPDATE bot_state SET document = '{\"value\":\"second\"}', etag = 'other' WHERE key = 'k'");

        var whileUncommitted = await storage.ReadAsync(["k"]);
        await Execute(other, "COMMIT");
        var afterCommit = await storage.ReadAsync(["k"]);

        Assert.Equal("first", ((Newtonsoft.Json.Linq.JObject)whileUncommitted["k"])["value"]!.ToString());
        Assert.Equal("second", ((Newtonsoft.Json.Linq.JObject)afterCommit["k"])["value"]!.ToString());
        Assert.Equal("other", ((Newtonsoft.Json.Linq.JObject)afterCommit["k"])["eTag"]!.ToString());
    }

    [Fact]
    public async Task ADocumentIdleForTheExpiryIsGoneAtOnceAndPurgedFromTheFile()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new { value = 1 } });
        _time.Advance(TimeSpan.FromHours(12));
        await storage.WriteAsync(new Dictionary<string, object> { ["recent"] = new { value = 2 } });

        _time.Advance(TimeSpan.FromHours(12));

        Assert.Equal(["recent"], (await storage.ReadAsync(["old", "recent"])).Keys);
        Assert.Equal("2", await Scalar("SELECT count(*) FROM bot_state"));
        Assert.Equal(1, await storage.PurgeExpiredAsync());
        Assert.Equal("1", await Scalar("SELECT count(*) FROM bot_state"));
        Assert.Equal("0", await Scalar("SELECT count(*) FROM bot_state WHERE key = 'old'"));
    }

    [Fact]
    public async Task EachWriteStartsTheIdlePeriodAgain()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        _time.Advance(Idle - TimeSpan.FromMinutes(1));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 2 } });

        _time.Advance(Idle - TimeSpan.FromMinutes(1));

        Assert.Single(await storage.ReadAsync(["k"]));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    /// <summary>
    /// A write less than the slack (a minute here) after the last keeps the stored expiry: the conversation then expires
    /// no later than the idle expiry after its last write, and no earlier than the slack before that.
    /// </summary>
    [Fact]
    public async Task AWriteSecondsAfterTheLastKeepsItsExpiryWithinTheSlack()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        var firstExpiry = await Scalar("SELECT expires_at FROM bot_state WHERE key = 'k'");
        _time.Advance(TimeSpan.FromSeconds(30));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 2 } });

        Assert.Equal(firstExpiry, await Scalar("SELECT expires_at FROM bot_state WHERE key = 'k'"));

        _time.Advance(Idle - SqliteStorage.ExpirySlack(Idle) - TimeSpan.FromMilliseconds(1));
        Assert.Equal("2", ((Newtonsoft.Json.Linq.JObject)(await storage.ReadAsync(["k"]))["k"])["value"]!.ToString());
        _time.Advance(SqliteStorage.ExpirySlack(Idle) + TimeSpan.FromMilliseconds(1));
        Assert.Empty(await storage.ReadAsync(["k"]));

        Assert.Equal(TimeSpan.FromMinutes(1), SqliteStorage.ExpirySlack(Idle));
        Assert.Equal(TimeSpan.FromMilliseconds(10), SqliteStorage.ExpirySlack(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task AnExpiredConversationStartsAfreshAndItsStaleETagIsRefused()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["step"] = 1 } });
        var stale = (await storage.ReadAsync(["k"]))["k"];
        _time.Advance(Idle);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["step"] = 0 } });

        Assert.Equal("0", ((Newtonsoft.Json.Linq.JObject)(await storage.ReadAsync(["k"]))["k"])["step"]!.ToString());
    }

    [Fact]
    public async Task AWriteOfSeveralKeysWithOneConflictWritesNone()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Dictionary<string, object> { ["v"] = 1 } });

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["b"] = new Dictionary<string, object> { ["v"] = 2 },
            ["a"] = new Dictionary<string, object> { ["v"] = 3 },
        }));

        Assert.Equal(["a"], (await storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task WritesStayInTheWalUntilACheckpointCopiesThemIntoTheDatabaseFile()
    {
        using var storage = NewStorage();
        for (var i = 0; i < 20; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new { value = i } });
        }

        var beforeCheckpoint = await RowsInTheDatabaseFileAlone();
        await storage.CheckpointAsync();
        var afterCheckpoint = await RowsInTheDatabaseFileAlone();

        Assert.Equal(0, beforeCheckpoint);
        Assert.Equal(20, afterCheckpoint);
    }

    [Fact]
    public async Task TheHostCheckpointsTheWalEverySecond()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new StorageOptions());
        using var storage = NewStorage();
        using var maintenance = new SqliteMaintenance(storage, options, _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteMaintenance>.Instance);
        var firstRun = NextCheckpoint(maintenance);
        await maintenance.StartAsync(CancellationToken.None);
        await firstRun.WaitAsync(TimeSpan.FromMinutes(1));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        Assert.Equal(0, await RowsInTheDatabaseFileAlone());

        var nextRun = NextCheckpoint(maintenance);
        _time.Advance(SqliteMaintenance.CheckpointInterval);
        await nextRun.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await RowsInTheDatabaseFileAlone());
        await maintenance.StopAsync(CancellationToken.None);
    }

    /// <summary>Completes when the maintenance's next checkpoint run has finished (a hang guard, not a timing assertion, bounds the wait).</summary>
    private static Task NextCheckpoint(SqliteMaintenance maintenance)
    {
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRan(object? sender, EventArgs e)
        {
            maintenance.CheckpointRan -= OnRan;
            ran.TrySetResult();
        }

        maintenance.CheckpointRan += OnRan;
        return ran.Task;
    }

    [Fact]
    public async Task AFileThatCannotBeCreatedMakesTheStoreUnavailableAndUnhealthy()
    {
        var blocker = Path.Combine(_folder.FullName, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var storage = new SqliteStorage(Path.Combine(blocker, "state.db"), Idle, _time);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["k"]));
        Assert.False(await storage.IsHealthyAsync(CancellationToken.None));
        Assert.True(await NewStorage().IsHealthyAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private SqliteStorage NewStorage() => new(DatabasePath, Idle, _time);

    /// <summary>Rows found in a copy of the database file without its WAL: what has been checkpointed (none before the table itself is).</summary>
    private async Task<int> RowsInTheDatabaseFileAlone()
    {
        var copy = Path.Combine(_folder.FullName, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(DatabasePath, copy);
        if (await SqliteFile.ScalarAsync(copy, "SELECT count(*) FROM sqlite_master WHERE name = 'bot_state'", readOnly: true) == "0")
        {
            return 0;
        }

        return int.Parse((await SqliteFile.ScalarAsync(copy, "SELECT count(*) FROM bot_state", readOnly: true))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<string?> Scalar(string sql) => SqliteFile.ScalarAsync(DatabasePath, sql);

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
