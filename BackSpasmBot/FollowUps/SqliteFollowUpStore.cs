using BackSpasmBot.Storage;
using Microsoft.Data.Sqlite;

namespace BackSpasmBot.FollowUps;

/// <summary>
/// Check-ins in the conversation store's SQLite file, table <c>follow_ups</c>, written through the store's one write
/// connection. A claim is one write transaction, so two processes on the file never take the same check-in.
/// </summary>
public sealed class SqliteFollowUpStore(SqliteStorage storage) : IFollowUpStore
{
    private const string Table = SqliteStorage.FollowUpTable;

    public Task ScheduleAsync(FollowUpRecord record, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            (connection, _) =>
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                using var upsert = Command(connection, transaction,
                    $"INSERT INTO {Table} (key, record, due_at, expires_at, lease_owner, lease_until) VALUES ($key, $record, $due, $expires, '', 0) " +
                    "ON CONFLICT (key) DO UPDATE SET record = excluded.record, due_at = excluded.due_at, expires_at = excluded.expires_at, lease_owner = '', lease_until = 0; " +
                    $"UPDATE {SqliteStorage.StateTable} SET expires_at = max(expires_at, $expires) WHERE key = $key");
                upsert.Parameters.AddWithValue("$key", record.Key);
                upsert.Parameters.AddWithValue("$record", record.ToJson());
                upsert.Parameters.AddWithValue("$due", record.DueAt.ToUnixTimeMilliseconds());
                upsert.Parameters.AddWithValue("$expires", record.ExpiresAt.ToUnixTimeMilliseconds());
                upsert.ExecuteNonQuery();
                transaction.Commit();
                return 0;
            },
            cancellationToken);

    public Task<bool> CancelAsync(string key, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            (connection, _) =>
            {
                using var delete = Command(connection, null, $"DELETE FROM {Table} WHERE key = $key");
                delete.Parameters.AddWithValue("$key", key);
                return delete.ExecuteNonQuery() > 0;
            },
            cancellationToken);

    public Task<FollowUpRecord?> FindAsync(string key, CancellationToken cancellationToken) =>
        storage.ReadAsync(
            (connection, now) =>
            {
                using var select = Command(connection, null, $"SELECT record FROM {Table} WHERE key = $key AND expires_at > $now");
                select.Parameters.AddWithValue("$key", key);
                select.Parameters.AddWithValue("$now", now);
                return select.ExecuteScalar() is string json ? FollowUpRecord.FromJson(json) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<FollowUpRecord>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        storage.WriteAsync<IReadOnlyList<FollowUpRecord>>(
            (connection, _) =>
            {
                var at = now.ToUnixTimeMilliseconds();

                // BEGIN IMMEDIATE: the check and the claim happen under one write lock, across processes too.
                using var transaction = connection.BeginTransaction(deferred: false);
                var due = new List<FollowUpRecord>();
                using (var select = Command(connection, transaction,
                    $"SELECT record FROM {Table} WHERE due_at <= $now AND lease_until <= $now AND expires_at > $now ORDER BY due_at LIMIT $max"))
                {
                    select.Parameters.AddWithValue("$now", at);
                    select.Parameters.AddWithValue("$max", max);
                    using var reader = select.ExecuteReader();
                    while (reader.Read())
                    {
                        due.Add(FollowUpRecord.FromJson(reader.GetString(0)));
                    }
                }

                using var claim = Command(connection, transaction, $"UPDATE {Table} SET lease_owner = $owner, lease_until = $until WHERE key = $key");
                claim.Parameters.AddWithValue("$owner", owner);
                claim.Parameters.AddWithValue("$until", (now + lease).ToUnixTimeMilliseconds());
                var key = claim.Parameters.Add("$key", SqliteType.Text);
                foreach (var record in due)
                {
                    key.Value = record.Key;
                    claim.ExecuteNonQuery();
                }

                transaction.Commit();
                return due;
            },
            cancellationToken);

    public Task CompleteAsync(FollowUpRecord record, string owner, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            (connection, _) =>
            {
                using var delete = Command(connection, null, $"DELETE FROM {Table} WHERE key = $key AND lease_owner = $owner AND due_at = $due");
                delete.Parameters.AddWithValue("$key", record.Key);
                delete.Parameters.AddWithValue("$owner", owner);
                delete.Parameters.AddWithValue("$due", record.DueAt.ToUnixTimeMilliseconds());
                return delete.ExecuteNonQuery();
            },
            cancellationToken);

    public Task RetryAsync(FollowUpRecord record, string owner, DateTimeOffset previousDueAt, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            (connection, _) =>
            {
                using var update = Command(connection, null,
                    $"UPDATE {Table} SET record = $record, due_at = $due, lease_owner = '', lease_until = 0 WHERE key = $key AND lease_owner = $owner AND due_at = $previous");
                update.Parameters.AddWithValue("$key", record.Key);
                update.Parameters.AddWithValue("$record", record.ToJson());
                update.Parameters.AddWithValue("$due", record.DueAt.ToUnixTimeMilliseconds());
                update.Parameters.AddWithValue("$owner", owner);
                update.Parameters.AddWithValue("$previous", previousDueAt.ToUnixTimeMilliseconds());
                return update.ExecuteNonQuery();
            },
            cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
