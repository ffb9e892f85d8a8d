using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackSpasmBot.Storage;

/// <summary>
/// Bot state in one SQLite file: created with its folder on first use, WAL mode, no set-up. Expiry is a column:
/// expired documents are invisible at once and removed from the file by <see cref="PurgeExpiredAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// Writes go one at a time through a single connection kept open, with its statements prepared once. SQLite allows
/// one writer at a time anyway; letting concurrent turns race for its lock made the losers wait in
/// Microsoft.Data.Sqlite's busy loop, which sleeps 150 ms between attempts. Reads (WAL lets them run beside the
/// writer) use connections kept open for reuse, so no turn pays for opening one.
/// </para>
/// <para>
/// Several processes on one machine may share the file (SQLite locks it; a writer from another process then waits
/// in that busy loop); several machines need Redis. The folder is created readable by its owner only, and the file
/// too, because it holds health information.
/// </para>
/// </remarks>
public sealed class SqliteStorage : JsonDocumentStorage, IDisposable
{
    private const string Table = "bot_state";

    /// <summary>The conversation state table, for the check-in store that shares the file.</summary>
    internal const string StateTable = Table;

    /// <summary>Booked check-ins (<see cref="FollowUps.SqliteFollowUpStore"/>): a conversation with one is kept until it expires.</summary>
    internal const string FollowUpTable = "follow_ups";

    /// <summary>WAL size at which the writer checkpoints by itself: about 40 MB, whatever the file's page size.</summary>
    public const int BackstopCheckpointBytes = 40_000 * 1024;

    /// <summary>
    /// The page size of a new file. A conversation's document (1–3 KB) fits in one 16 KB page beside its key; with
    /// SQLite's default 4 KB pages every document above about 1 KB spilled into an overflow page of its own, so each
    /// turn's write put 4.7 pages on average into the WAL (the leaf, the overflow page, the free list and the header
    /// as the old overflow page is freed and a new one taken, the expiry index) where it now puts 2 (the leaf and the
    /// expiry index), and each read read two pages instead of one. A file created with another page size keeps it
    /// (SQLite changes it only with VACUUM; docs/state-and-privacy.md says how).
    /// </summary>
    public const int PageSize = 16_384;

    /// <summary>
    /// How far a conversation's stored expiry may lag behind its last write: a hundredth of the idle expiry, at most a
    /// minute. A write whose expiry would move by less keeps the stored one, so the conversation expires between
    /// <c>IdleExpiry - slack</c> and <c>IdleExpiry</c> after its last message (never later), and the turns of a
    /// conversation in progress, seconds apart, write one page of the file instead of two: the expiry index is touched
    /// about once a minute per conversation, not on every turn (docs/benchmark.md: about a quarter of a write's CPU).
    /// </summary>
    public static TimeSpan ExpirySlack(TimeSpan idleExpiry) => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, idleExpiry.Ticks / 100));

    /// <summary>Idle read connections kept for reuse; more may be open at once under load, then closed.</summary>
    private static readonly int MaxIdleReaders = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<Reader> _idleReaders = [];
    private Writer? _writer;
    private volatile bool _initialized;
    private bool _disposed;

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

            // The store keeps its own connections open; the driver's pool would only add a second layer.
            Pooling = false,

            // Also how long a write waits for another process's lock before giving up.
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
            return await OnWriterAsync(
                writer =>
                {
                    using var command = writer.Connection.CreateCommand();
                    command.CommandText = $"DELETE FROM {FollowUpTable} WHERE expires_at <= $now; DELETE FROM {Table} WHERE expires_at <= $now";
                    command.Parameters.AddWithValue("$now", Now());
                    return command.ExecuteNonQuery();
                },
                cancellationToken);
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }

    /// <summary>
    /// Copies what the WAL holds into the database file without waiting for readers or the writer (a passive
    /// checkpoint), so that turns never pay for it. <see cref="SqliteMaintenance"/> runs it every second.
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await OnReaderAsync(
                reader =>
                {
                    using var command = reader.Connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    return command.ExecuteNonQuery();
                },
                cancellationToken);
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
            return await OnReaderAsync(
                reader =>
                {
                    using var command = reader.Connection.CreateCommand();
                    command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {Table} LIMIT 1)";
                    command.ExecuteScalar();
                    return true;
                },
                cancellationToken);
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            return false;
        }
    }

    protected override Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // One key (every turn's read) on the write connection when no write is using it: its page cache is still
        // valid, because the commits since its last read were its own, whereas a read connection's is dropped by every
        // commit of another connection and must read its pages again from the file and the WAL.
        if (keys.Count == 1 && TryOnIdleWriter(writer => Rows(writer.ReadOne(keys[0], Now()), keys.Count), out var documents))
        {
            return Task.FromResult(documents);
        }

        return OnReaderAsync(
            reader =>
            {
                // One key through the connection's statement prepared once; several through a new one.
                if (keys.Count == 1)
                {
                    return Rows(reader.ReadOne(keys[0], Now()), keys.Count);
                }

                using var command = reader.Connection.CreateCommand();
                command.CommandText = $"SELECT key, etag, document FROM {Table} WHERE expires_at > $now AND key IN ({AddKeys(command, keys)})";
                command.Parameters.AddWithValue("$now", Now());
                return Rows(command, keys.Count);
            },
            cancellationToken);
    }

    private static IReadOnlyList<StoredDocument> Rows(SqliteCommand read, int keys)
    {
        var documents = new List<StoredDocument>(keys);
        using var rows = read.ExecuteReader();
        while (rows.Read())
        {
            documents.Add(new StoredDocument(rows.GetString(0), rows.GetString(1), rows.GetString(2)));
        }

        return documents;
    }

    protected override Task WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) =>
        OnWriterAsync(
            writer =>
            {
                // BEGIN IMMEDIATE: the eTag check and the write happen under one write lock, across processes too.
                writer.Begin();
                try
                {
                    var now = Now();
                    var expiresAt = now + (long)IdleExpiry.TotalMilliseconds;
                    foreach (var write in writes)
                    {
                        if (write.Condition != WriteCondition.Any && !write.Condition.HoldsFor(writer.CurrentETag(write.Key, now)))
                        {
                            throw new StorageConflictException(write.Key);
                        }

                        writer.Upsert(write, expiresAt, (long)ExpirySlack(IdleExpiry).TotalMilliseconds);
                    }

                    writer.Commit();
                    return 0;
                }
                catch
                {
                    writer.RollBack();
                    throw;
                }
            },
            cancellationToken);

    protected override Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        OnWriterAsync(
            writer =>
            {
                using var command = writer.Connection.CreateCommand();
                command.CommandText = $"DELETE FROM {Table} WHERE key IN ({AddKeys(command, keys)})";
                return command.ExecuteNonQuery();
            },
            cancellationToken);

    protected override bool IsBackendFailure(Exception exception) =>
        exception is SqliteException or IOException or UnauthorizedAccessException;

    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            _disposed = true;
            _writer?.Dispose();
            _writer = null;
            while (_idleReaders.TryTake(out var reader))
            {
                reader.Dispose();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="write"/> on the write connection (the check-in store shares the file and its one writer).</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, long, T> write, CancellationToken cancellationToken)
    {
        try
        {
            return await OnWriterAsync(writer => write(writer.Connection, Now()), cancellationToken);
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }

    /// <summary>Runs <paramref name="read"/> on a read connection.</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, long, T> read, CancellationToken cancellationToken)
    {
        try
        {
            return await OnReaderAsync(reader => read(reader.Connection, Now()), cancellationToken);
        }
        catch (Exception ex) when (IsBackendFailure(ex))
        {
            throw new StorageUnavailableException(ProviderName, ex);
        }
    }

    /// <summary>Adds the keys as parameters $k0, $k1… and returns their names as an SQL list.</summary>
    private static string AddKeys(SqliteCommand command, IReadOnlyList<string> keys)
    {
        var names = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        return string.Join(", ", names);
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Runs a read on an idle connection (or a new one), then keeps the connection for the next read.</summary>
    private async Task<T> OnReaderAsync<T>(Func<Reader, T> read, CancellationToken cancellationToken)
    {
        if (!_idleReaders.TryTake(out var reader))
        {
            reader = new Reader(await OpenAsync(cancellationToken));
        }

        try
        {
            var result = read(reader);
            if (_idleReaders.Count < MaxIdleReaders && !_disposed)
            {
                _idleReaders.Add(reader);
                reader = null;
            }

            return result;
        }
        finally
        {
            reader?.Dispose();
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the write connection if it is open and no write holds it at this moment, without
    /// waiting; false when it could not. A failure replaces the connection, as a failed write does.
    /// </summary>
    private bool TryOnIdleWriter<T>(Func<Writer, T> read, out T result)
    {
        result = default!;
        if (_writer is null || !_writeGate.Wait(0))
        {
            return false;
        }

        try
        {
            if (_writer is not { } writer || _disposed)
            {
                return false;
            }

            try
            {
                result = read(writer);
                return true;
            }
            catch
            {
                writer.Dispose();
                _writer = null;
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs a write on the one write connection, one write at a time; a failed connection is replaced.</summary>
    private async Task<T> OnWriterAsync<T>(Func<Writer, T> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer ??= await OpenWriterAsync(cancellationToken);
            try
            {
                return write(_writer);
            }
            catch (Exception ex) when (ex is not StorageConflictException)
            {
                _writer.Dispose();
                _writer = null;
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// The write connection. It leaves checkpoints (copying the WAL into the database file, with an fsync) to
    /// <see cref="CheckpointAsync"/>, run off the turn path, and checkpoints itself only when the WAL has grown past
    /// <see cref="BackstopCheckpointBytes"/> because nothing else did.
    /// </summary>
    private async Task<Writer> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA page_size";
            var pageSize = Convert.ToInt64(await pragma.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            pragma.CommandText = $"PRAGMA wal_autocheckpoint = {BackstopCheckpointBytes / Math.Max(pageSize, 512)};";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return new Writer(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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
                $"PRAGMA page_size = {PageSize};" +
                "PRAGMA journal_mode = WAL;" +
                $"CREATE TABLE IF NOT EXISTS {Table} (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;" +
                $"CREATE INDEX IF NOT EXISTS {Table}_expires_at ON {Table} (expires_at);" +
                $"CREATE TABLE IF NOT EXISTS {FollowUpTable} (key TEXT NOT NULL PRIMARY KEY, record TEXT NOT NULL, due_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, lease_owner TEXT NOT NULL DEFAULT '', lease_until INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;" +
                $"CREATE INDEX IF NOT EXISTS {FollowUpTable}_due_at ON {FollowUpTable} (due_at);";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    /// <summary>
    /// A read connection with the one-key read that every turn makes, prepared once and reused with new parameter
    /// values: preparing it for every read cost about a fifth of the read.
    /// </summary>
    private sealed class Reader(SqliteConnection connection) : IDisposable
    {
        private SqliteCommand? _readOne;

        public SqliteConnection Connection { get; } = connection;

        /// <summary>The read of one key, ready to execute.</summary>
        public SqliteCommand ReadOne(string key, long now) => ReadOneStatement(ref _readOne, Connection, key, now);

        public void Dispose()
        {
            _readOne?.Dispose();
            Connection.Dispose();
        }
    }

    /// <summary>The read of one key on <paramref name="connection"/>, prepared on first use into <paramref name="statement"/>.</summary>
    private static SqliteCommand ReadOneStatement(ref SqliteCommand? statement, SqliteConnection connection, string key, long now)
    {
        if (statement is null)
        {
            statement = connection.CreateCommand();
            statement.CommandText = $"SELECT key, etag, document FROM {Table} WHERE expires_at > $now AND key IN ($k0)";
            statement.Parameters.Add("$k0", SqliteType.Text);
            statement.Parameters.Add("$now", SqliteType.Integer);
        }

        statement.Parameters["$k0"].Value = key;
        statement.Parameters["$now"].Value = now;
        return statement;
    }

    /// <summary>
    /// The write connection with its statements (the transaction's begin, commit and rollback too), prepared once and
    /// reused with new parameter values: preparing them for every write cost about a tenth of the write. It also reads
    /// one key when no write needs it (<see cref="TryOnIdleWriter"/>).
    /// </summary>
    private sealed class Writer : IDisposable
    {
        /// <summary>
        /// Where a write puts the expiry: <c>$expires</c>, or a booked check-in's expiry if later (a check-in keeps its
        /// conversation until it expires, however long ago the last message was).
        /// </summary>
        private const string ExpiryOfThisWrite = $"max($expires, coalesce((SELECT expires_at FROM {FollowUpTable} WHERE key = $key), 0))";

        private SqliteCommand? _readOne;
        private readonly SqliteCommand _begin;
        private readonly SqliteCommand _commit;
        private readonly SqliteCommand _rollback;
        private readonly SqliteCommand _selectETag;
        private readonly SqliteCommand _upsert;
        private readonly SqliteCommand _replaceDocument;

        public Writer(SqliteConnection connection)
        {
            Connection = connection;
            _begin = Statement(connection, "BEGIN IMMEDIATE");
            _commit = Statement(connection, "COMMIT");
            _rollback = Statement(connection, "ROLLBACK");
            _selectETag = connection.CreateCommand();
            _selectETag.CommandText = $"SELECT etag FROM {Table} WHERE key = $key AND expires_at > $now";
            _selectETag.Parameters.Add("$key", SqliteType.Text);
            _selectETag.Parameters.Add("$now", SqliteType.Integer);
            _upsert = connection.CreateCommand();
            _upsert.CommandText =
                $"INSERT INTO {Table} (key, etag, document, expires_at) VALUES ($key, $etag, $document, {ExpiryOfThisWrite}) " +
                "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at";
            _upsert.Parameters.Add("$key", SqliteType.Text);
            _upsert.Parameters.Add("$etag", SqliteType.Text);
            _upsert.Parameters.Add("$document", SqliteType.Text);
            _upsert.Parameters.Add("$expires", SqliteType.Integer);

            // The same write when the stored expiry is already within the slack of where the upsert would put it: only
            // the document and its eTag change, so the expiry index (and its page in the WAL) is left alone.
            _replaceDocument = connection.CreateCommand();
            _replaceDocument.CommandText =
                $"UPDATE {Table} SET etag = $etag, document = $document WHERE key = $key " +
                $"AND expires_at BETWEEN {ExpiryOfThisWrite} - $slack AND {ExpiryOfThisWrite}";
            _replaceDocument.Parameters.Add("$key", SqliteType.Text);
            _replaceDocument.Parameters.Add("$etag", SqliteType.Text);
            _replaceDocument.Parameters.Add("$document", SqliteType.Text);
            _replaceDocument.Parameters.Add("$expires", SqliteType.Integer);
            _replaceDocument.Parameters.Add("$slack", SqliteType.Integer);
        }

        public SqliteConnection Connection { get; }

        /// <summary>The read of one key, ready to execute.</summary>
        public SqliteCommand ReadOne(string key, long now) => ReadOneStatement(ref _readOne, Connection, key, now);

        /// <summary>Begins a transaction that holds the write lock from the start.</summary>
        public void Begin() => _begin.ExecuteNonQuery();

        public void Commit() => _commit.ExecuteNonQuery();

        /// <summary>
        /// Rolls the transaction back. Throws only when it is still open afterwards, so that the caller replaces the
        /// connection; SQLite may have rolled it back by itself already (after an I/O error), which is fine.
        /// </summary>
        public void RollBack()
        {
            try
            {
                _rollback.ExecuteNonQuery();
            }
            catch (SqliteException) when (SQLitePCL.raw.sqlite3_get_autocommit(Connection.Handle) != 0)
            {
            }
        }

        public string? CurrentETag(string key, long now)
        {
            _selectETag.Parameters["$key"].Value = key;
            _selectETag.Parameters["$now"].Value = now;
            return _selectETag.ExecuteScalar() as string;
        }

        /// <summary>
        /// Writes the document with its expiry at <paramref name="expiresAt"/> (or its check-in's, if later); an expiry
        /// stored less than <paramref name="slack"/> milliseconds before that is kept (<see cref="ExpirySlack"/>).
        /// </summary>
        public void Upsert(DocumentWrite write, long expiresAt, long slack)
        {
            if (slack > 0)
            {
                _replaceDocument.Parameters["$key"].Value = write.Key;
                _replaceDocument.Parameters["$etag"].Value = write.ETag;
                _replaceDocument.Parameters["$document"].Value = write.Json;
                _replaceDocument.Parameters["$expires"].Value = expiresAt;
                _replaceDocument.Parameters["$slack"].Value = slack;
                if (_replaceDocument.ExecuteNonQuery() == 1)
                {
                    return;
                }
            }

            _upsert.Parameters["$key"].Value = write.Key;
            _upsert.Parameters["$etag"].Value = write.ETag;
            _upsert.Parameters["$document"].Value = write.Json;
            _upsert.Parameters["$expires"].Value = expiresAt;
            _upsert.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _readOne?.Dispose();
            _begin.Dispose();
            _commit.Dispose();
            _rollback.Dispose();
            _selectETag.Dispose();
            _upsert.Dispose();
            _replaceDocument.Dispose();
            Connection.Dispose();
        }

        private static SqliteCommand Statement(SqliteConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
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
