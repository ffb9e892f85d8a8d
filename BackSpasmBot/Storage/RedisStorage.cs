using StackExchange.Redis;

namespace BackSpasmBot.Storage;

/// <summary>
/// Bot state in Redis, shared by every instance of the bot. Each document is a hash (eTag, JSON) under
/// <c>{prefix}{storage key}</c>, written by a script that checks the eTag and sets the idle expiry (Redis TTL) in
/// one atomic step.
/// </summary>
/// <remarks>
/// Keys are written one by one (each atomically), so the store also works on a Redis cluster, where one script
/// cannot touch keys in different slots.
/// </remarks>
public sealed class RedisStorage : JsonDocumentStorage
{
    private const string ETagField = "e";
    private const string DocumentField = "d";

    /// <summary>
    /// The hash field holding until when (Unix ms, the bot's clock) a booked check-in keeps the conversation: no write
    /// sets an expiry shorter than that (<see cref="FollowUps.RedisFollowUpStore"/> sets and clears it).
    /// </summary>
    public const string HoldField = "h";

    // ARGV: condition ('*' any, '' must not exist, else the expected eTag), new eTag, document, TTL in ms, now in Unix ms.
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'e')
        local expected = ARGV[1]
        if expected == '' then
          if current then return 0 end
        elseif expected ~= '*' then
          if current ~= expected then return 0 end
        end
        redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
        local ttl = tonumber(ARGV[4])
        local hold = redis.call('HGET', KEYS[1], 'h')
        if hold and tonumber(hold) - tonumber(ARGV[5]) > ttl then ttl = tonumber(hold) - tonumber(ARGV[5]) end
        redis.call('PEXPIRE', KEYS[1], ttl)
        return 1
        """;

    private static readonly RedisValue[] ReadFields = [ETagField, DocumentField];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;
    private readonly TimeProvider _time;

    public RedisStorage(IConnectionMultiplexer redis, string keyPrefix, TimeSpan idleExpiry, TimeProvider? time = null)
        : base(idleExpiry)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _keyPrefix = keyPrefix ?? string.Empty;
        _time = time ?? TimeProvider.System;
    }

    public override string ProviderName => "Redis";

    /// <summary>The Redis key a storage key is kept under.</summary>
    public RedisKey KeyFor(string storageKey) => _keyPrefix + storageKey;

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (IsBackendFailure(ex) || ex is TimeoutException)
        {
            return false;
        }
    }

    protected override async Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var reads = keys.Select(key => database.HashGetAsync(KeyFor(key), ReadFields)).ToArray();
        var values = await Task.WhenAll(reads).WaitAsync(cancellationToken);
        var documents = new List<StoredDocument>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (values[i] is [{ HasValue: true } eTag, { HasValue: true } json])
            {
                documents.Add(new StoredDocument(keys[i], eTag.ToString(), json.ToString()));
            }
        }

        return documents;
    }

    protected override async Task WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var ttl = (long)IdleExpiry.TotalMilliseconds;
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var write in writes)
        {
            var condition = write.Condition.MustNotExistNow ? string.Empty : write.Condition.ExpectedETag ?? "*";
            var written = await database
                .ScriptEvaluateAsync(WriteScript, [KeyFor(write.Key)], [condition, write.ETag, write.Json, ttl, now])
                .WaitAsync(cancellationToken);
            if ((long)written != 1)
            {
                throw new StorageConflictException(write.Key);
            }
        }
    }

    protected override Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        _redis.GetDatabase().KeyDeleteAsync(keys.Select(KeyFor).ToArray()).WaitAsync(cancellationToken);

    protected override bool IsBackendFailure(Exception exception) => exception is RedisException or RedisTimeoutException;
}
