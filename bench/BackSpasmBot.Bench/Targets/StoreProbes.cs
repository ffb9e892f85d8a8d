using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace BackSpasmBot.Bench.Targets;

/// <summary>Reads what a store holds, from outside the host, the way an operator would.</summary>
public interface IStoreProbe
{
    Task<StoreSample?> ProbeAsync(string conversationPrefix, CancellationToken cancellationToken);
}

/// <summary>
/// The SQLite file's <c>bot_state</c> rows: key, eTag and JSON document lengths in bytes (UTF-8), per row. One row is
/// one conversation's state (the bot keeps conversation state only).
/// </summary>
public sealed class SqliteProbe(string path) : IStoreProbe
{
    public async Task<StoreSample?> ProbeAsync(string conversationPrefix, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT count(*), avg(n), max(n) FROM (SELECT length(CAST(key AS BLOB)) + length(CAST(etag AS BLOB)) + length(CAST(document AS BLOB)) AS n FROM bot_state WHERE instr(key, $prefix) > 0)";
        command.Parameters.AddWithValue("$prefix", "/" + conversationPrefix + "-");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(0) == 0)
        {
            return null;
        }

        return new StoreSample(reader.GetInt64(0), reader.GetDouble(1), reader.GetInt64(2), "SQLite key+eTag+document bytes per row");
    }
}

/// <summary>
/// Redis hashes under the bot's key prefix: field and value bytes (HSTRLEN) plus the key, per conversation, sampled
/// over at most 2,000 keys. <c>MEMORY USAGE</c> (Redis's own overhead included) is reported beside it.
/// </summary>
public sealed class RedisProbe(string configuration, string keyPrefix) : IStoreProbe
{
    private const int SampleSize = 2_000;

    public async Task<StoreSample?> ProbeAsync(string conversationPrefix, CancellationToken cancellationToken)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        var server = redis.GetServers()[0];
        var database = redis.GetDatabase();
        long count = 0, total = 0, max = 0, memory = 0;
        await foreach (var key in server.KeysAsync(pattern: keyPrefix + "*/" + conversationPrefix + "-*", pageSize: 500).WithCancellation(cancellationToken))
        {
            if (count == SampleSize)
            {
                break;
            }

            var entries = await database.HashGetAllAsync(key);
            var bytes = ((byte[])key!).Length + entries.Sum(e => ((byte[])e.Name!).Length + ((byte[])e.Value!).Length);
            memory += (long)await database.ExecuteAsync("MEMORY", "USAGE", key);
            total += bytes;
            max = Math.Max(max, bytes);
            count++;
        }

        return count == 0
            ? null
            : new StoreSample(count, (double)total / count, max, $"Redis key+fields+values bytes per hash (MEMORY USAGE {memory / count} B)");
    }
}
