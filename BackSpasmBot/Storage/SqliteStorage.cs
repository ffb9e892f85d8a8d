using Microsoft.Data.Sqlite;

namespace BackSpasmBot.Storage;

/// <summary>
/// Bot state in one SQLite file: created with its folder on first use, WAL mode, no set-up. Expiry is a column:
/// expired documents are invisible at once and removed from the file by <see cref="PurgeExpiredAsync"/>.
/// </summary>
/// <remarks>
/// Several processes on one machine may share the file (SQLite locks it); several machines need Redis. The folder
/// is created readable by its owner only, and the file too, because it holds health information.
/// </remarks>
public sealed class SqliteStorage : JsonDocumentStorage
{
    private const string Table = "bot_state";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public SqliteStorage(string path, TimeSpan idleExpiry, TimeProvider time)
        : base(idleExpiry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        Path = System.IO.Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Also how long a write waits for another connection's lock before giving up.
            DefaultTimeout = 15,
        }.ToString();
    }

    public override string ProviderName => "Sqlite";

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>Deletes the documents whose idle time has run out; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {Table} WHERE expires_at <= $now";
            command.Parameters.AddWithValue("$now", Now());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {Table} LIMIT 1)";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            return false;
        }
    }

    protected override async Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            names.Add($"$k{i}");
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        command.CommandText = $"SELECT key, etag, document FROM {Table} WHERE expires_at > $now AND key IN ({string.Join(", ", names)})";
        command.Parameters.AddWithValue("$now", Now());
        var documents = new List<StoredDocument>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return documents;
    }

    protected override async Task WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE: the eTag check and the write happen under one write lock, across processes too.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = Now();
        var expiresAt = now + (long)IdleExpiry.TotalMilliseconds;
        foreach (var write in writes)
        {
            if (write.Condition != WriteCondition.Any)
            {
                await using var select = connection.CreateCommand();
                select.Transaction = transaction;
                select.CommandText = $"SELECT etag FROM {Table} WHERE key = $key AND expires_at > $now";
                select.Parameters.AddWithValue("$key", write.Key);
                select.Parameters.AddWithValue("$now", now);
                var current = await select.ExecuteScalarAsync(cancellationToken) as string;
                if (!write.Condition.HoldsFor(current))
                {
                    throw new StorageConflictException(write.Key);
                }
            }

            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText =
                $"INSERT INTO {Table} (key, etag, document, expires_at) VALUES ($key, $etag, $document, $expires) " +
                "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at";
            upsert.Parameters.AddWithValue("$key", write.Key);
            upsert.Parameters.AddWithValue("$etag", write.ETag);
            upsert.Parameters.AddWithValue("$document", write.Json);
            upsert.Parameters.AddWithValue("$expires", expiresAt);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    protected override async Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            names.Add($"$k{i}");
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        command.CommandText = $"DELETE FROM {Table} WHERE key IN ({string.Join(", ", names)})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override bool IsBackendFailure(Exception exception) =>
        exception is SqliteException or IOException or UnauthorizedAccessException;

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();

            // secure_delete: deleted and expired documents are overwritten in the file, not just unlinked.
            pragmas.CommandText = "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            CreateFilePrivately();
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText =
                "PRAGMA journal_mode = WAL;" +
                $"CREATE TABLE IF NOT EXISTS {Table} (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;" +
                $"CREATE INDEX IF NOT EXISTS {Table}_expires_at ON {Table} (expires_at);";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    /// <summary>
    /// Creates the folder and an empty file readable by the owner only, before SQLite opens it: SQLite gives its WAL
    /// and shared-memory files the database file's permissions.
    /// </summary>
    private void CreateFilePrivately()
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (File.Exists(Path))
        {
            return;
        }

        try
        {
            using var file = new FileStream(Path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another process created it first.
        }
    }
}
