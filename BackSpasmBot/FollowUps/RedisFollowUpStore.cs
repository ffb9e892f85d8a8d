using System.Globalization;
using BackSpasmBot.Storage;
using StackExchange.Redis;

namespace BackSpasmBot.FollowUps;

/// <summary>
/// Check-ins in Redis, shared by every instance: each is a hash <c>{prefix}followup:{state key}</c> (record, due time,
/// lease), expiring with the check-in, and an index of due times, the sorted set <c>{prefix}followups</c> whose members
/// are <c>{due}|{state key}</c>. The hash is the truth; the index only says where to look, and an entry whose hash is
/// gone or due at another time is removed when met. Every script touches one key, so this works on a Redis cluster.
/// </summary>
public sealed class RedisFollowUpStore(IConnectionMultiplexer redis, string keyPrefix, TimeProvider time) : IFollowUpStore
{
    // KEYS[1] the check-in's hash. ARGV: now, owner, lease until. Returns the record, or nil when not free and due.
    private const string ClaimScript = """
        local due = redis.call('HGET', KEYS[1], 'due')
        if not due or tonumber(due) > tonumber(ARGV[1]) then return false end
        local lease = redis.call('HGET', KEYS[1], 'lease')
        if lease and tonumber(lease) > tonumber(ARGV[1]) then return false end
        redis.call('HSET', KEYS[1], 'lease', ARGV[3], 'owner', ARGV[2])
        return redis.call('HGET', KEYS[1], 'r')
        """;

    // KEYS[1] the check-in's hash. ARGV: owner, due. Deletes it if this owner holds it and it was not booked again.
    private const string CompleteScript = """
        if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'due') == ARGV[2] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    // KEYS[1] the check-in's hash. ARGV: owner, previous due, new due, record.
    private const string RetryScript = """
        if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'due') == ARGV[2] then
          redis.call('HSET', KEYS[1], 'due', ARGV[3], 'r', ARGV[4], 'lease', '0', 'owner', '')
          return 1
        end
        return 0
        """;

    // KEYS[1] the conversation state's hash. ARGV: hold until (Unix ms), hold left (ms). Never shortens its expiry.
    private const string HoldScript = """
        redis.call('HSET', KEYS[1], 'h', ARGV[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 1
        """;

    private RedisKey Index => keyPrefix + "followups";

    public async Task ScheduleAsync(FollowUpRecord record, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var now = time.GetUtcNow();
        var left = (long)Math.Max(1, (record.ExpiresAt - now).TotalMilliseconds);
        var due = Ms(record.DueAt);
        await Guard(async () =>
        {
            await database.HashSetAsync(RecordKey(record.Key), [new("r", record.ToJson()), new("due", due), new("lease", "0"), new("owner", string.Empty)]);
            await database.KeyExpireAsync(RecordKey(record.Key), TimeSpan.FromMilliseconds(left));
            await database.SortedSetAddAsync(Index, Member(due, record.Key), due);
            await database.ScriptEvaluateAsync(HoldScript, [StateKey(record.Key)], [Ms(record.ExpiresAt), left]);
        }).WaitAsync(cancellationToken);
    }

    public async Task<bool> CancelAsync(string key, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        return await Guard(async () =>
        {
            var deleted = await database.KeyDeleteAsync(RecordKey(key));
            await database.HashDeleteAsync(StateKey(key), RedisStorage.HoldField);
            return deleted;
        }).WaitAsync(cancellationToken);
    }

    public async Task<FollowUpRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var json = await Guard(() => redis.GetDatabase().HashGetAsync(RecordKey(key), "r")).WaitAsync(cancellationToken);
        return json.HasValue ? FollowUpRecord.FromJson(json.ToString()) : null;
    }

    public async Task<IReadOnlyList<FollowUpRecord>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var at = Ms(now);
        var candidates = await Guard(() => database.SortedSetRangeByScoreAsync(Index, double.NegativeInfinity, at, take: max * 4)).WaitAsync(cancellationToken);
        var claimed = new List<FollowUpRecord>();
        foreach (var member in candidates)
        {
            if (claimed.Count >= max)
            {
                break;
            }

            var (due, key) = Parse(member.ToString());
            var stored = await Guard(() => database.HashGetAsync(RecordKey(key), "due")).WaitAsync(cancellationToken);
            if (!stored.HasValue || stored.ToString() != due)
            {
                // Cancelled, expired, sent, or booked again for another time: the index entry is stale.
                await Guard(() => database.SortedSetRemoveAsync(Index, member)).WaitAsync(cancellationToken);
                continue;
            }

            var json = await Guard(() => database.ScriptEvaluateAsync(ClaimScript, [RecordKey(key)], [at, owner, Ms(now + lease)])).WaitAsync(cancellationToken);
            if (!json.IsNull)
            {
                claimed.Add(FollowUpRecord.FromJson(json.ToString()!));
            }
        }

        return claimed;
    }

    public async Task CompleteAsync(FollowUpRecord record, string owner, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var due = Ms(record.DueAt);
        await Guard(async () =>
        {
            var deleted = (long)await database.ScriptEvaluateAsync(CompleteScript, [RecordKey(record.Key)], [owner, due]);
            await database.SortedSetRemoveAsync(Index, Member(due, record.Key));
            if (deleted == 1)
            {
                await database.HashDeleteAsync(StateKey(record.Key), RedisStorage.HoldField);
            }
        }).WaitAsync(cancellationToken);
    }

    public async Task RetryAsync(FollowUpRecord record, string owner, DateTimeOffset previousDueAt, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var due = Ms(record.DueAt);
        await Guard(async () =>
        {
            var moved = (long)await database.ScriptEvaluateAsync(RetryScript, [RecordKey(record.Key)], [owner, Ms(previousDueAt), due, record.ToJson()]);
            if (moved == 1)
            {
                await database.SortedSetAddAsync(Index, Member(due, record.Key), due);
                await database.SortedSetRemoveAsync(Index, Member(Ms(previousDueAt), record.Key));
            }
        }).WaitAsync(cancellationToken);
    }

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static string Member(long due, string key) => due.ToString(CultureInfo.InvariantCulture) + "|" + key;

    private static (string Due, string Key) Parse(string member)
    {
        var bar = member.IndexOf('|', StringComparison.Ordinal);
        return (member[..bar], member[(bar + 1)..]);
    }

    private RedisKey RecordKey(string key) => keyPrefix + "followup:" + key;

    /// <summary>The conversation state's key, as <see cref="RedisStorage.KeyFor"/> names it.</summary>
    private RedisKey StateKey(string key) => keyPrefix + key;

    private static async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            throw new StorageUnavailableException("Redis", ex);
        }
    }

    private static Task Guard(Func<Task> operation) => Guard(async () =>
    {
        await operation();
        return 0;
    });
}
