using BackSpasmBot.FollowUps;
using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace BackSpasmBot.Tests.FollowUps;

/// <summary>
/// The check-in stores against the real SQLite and Redis: two stores (as two instances would have) racing for the
/// same due check-ins take each exactly once, and a booked check-in keeps its conversation past the idle expiry.
/// </summary>
public sealed class FollowUpStoreTests
{
    private static readonly TimeSpan IdleExpiry = TimeSpan.FromHours(1);

    private static FollowUpRecord Record(string key, DateTimeOffset due) => new()
    {
        Key = key,
        Reference = new ConversationReference { ChannelId = "emulator", ServiceUrl = "http://127.0.0.1:1", Conversation = new ConversationAccount(id: key) },
        DueAt = due,
        ExpiresAt = due + IdleExpiry,
        Recheck = ["bladder_bowel"],
        Round = 1,
    };

    [Fact]
    public async Task TwoSqliteStoresOnOneFileTakeEachDueCheckInOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = new TempDatabase("followups");
        using var storageA = new SqliteStorage(database.Path, IdleExpiry, clock);
        using var storageB = new SqliteStorage(database.Path, IdleExpiry, clock);
        await TakeEachOnceAsync(new SqliteFollowUpStore(storageA), new SqliteFollowUpStore(storageB), clock);
    }

    [Fact]
    public async Task TwoRedisStoresOnOneServerTakeEachDueCheckInOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = await TestRedis.Shared;
        var prefix = TestRedis.UniquePrefix();
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        await TakeEachOnceAsync(new RedisFollowUpStore(redisA, prefix, clock), new RedisFollowUpStore(redisB, prefix, clock), clock);
    }

    private static async Task TakeEachOnceAsync(IFollowUpStore a, IFollowUpStore b, FakeTimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var keys = Enumerable.Range(0, 40).Select(i => $"emulator/conversations/c{i}").ToArray();
        foreach (var key in keys)
        {
            await a.ScheduleAsync(Record(key, now.AddSeconds(-1)), default);
        }

        await b.ScheduleAsync(Record("emulator/conversations/later", now.AddMinutes(1)), default);

        async Task<List<string>> DrainAsync(IFollowUpStore store, string owner)
        {
            var taken = new List<string>();
            for (var round = 0; round < 20; round++)
            {
                var claimed = await store.ClaimDueAsync(now, owner, TimeSpan.FromMinutes(2), 3, default);
                taken.AddRange(claimed.Select(r => r.Key));
                foreach (var record in claimed)
                {
                    await store.CompleteAsync(record, owner, default);
                }
            }

            return taken;
        }

        var results = await Task.WhenAll(Task.Run(() => DrainAsync(a, "a")), Task.Run(() => DrainAsync(b, "b")));

        var all = results[0].Concat(results[1]).ToList();
        Assert.Equal(keys.Order(), all.Order());
        Assert.Empty(results[0].Intersect(results[1]));
        Assert.NotNull(await a.FindAsync("emulator/conversations/later", default));
    }

    [Fact]
    public async Task ACheckInTakenButNotCompletedIsTakenAgainOnlyAfterItsLease()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = new TempDatabase("followups");
        using var storage = new SqliteStorage(database.Path, IdleExpiry, clock);
        var store = new SqliteFollowUpStore(storage);
        await store.ScheduleAsync(Record("k", clock.GetUtcNow()), default);

        Assert.Single(await store.ClaimDueAsync(clock.GetUtcNow(), "crashed", TimeSpan.FromMinutes(2), 10, default));
        Assert.Empty(await store.ClaimDueAsync(clock.GetUtcNow().AddMinutes(1), "other", TimeSpan.FromMinutes(2), 10, default));
        Assert.Single(await store.ClaimDueAsync(clock.GetUtcNow().AddMinutes(3), "other", TimeSpan.FromMinutes(2), 10, default));
    }

    [Fact]
    public async Task ACheckInPastItsExpiryIsNeverTaken()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = new TempDatabase("followups");
        using var storage = new SqliteStorage(database.Path, IdleExpiry, clock);
        var store = new SqliteFollowUpStore(storage);
        await store.ScheduleAsync(Record("k", clock.GetUtcNow()), default);

        clock.Advance(IdleExpiry + TimeSpan.FromSeconds(1));

        Assert.Empty(await store.ClaimDueAsync(clock.GetUtcNow(), "a", TimeSpan.FromMinutes(2), 10, default));
        Assert.Null(await store.FindAsync("k", default));
    }

    [Fact]
    public async Task ABookedCheckInKeepsTheSqliteConversationUntilItExpiresAndCancellingLetsItExpireAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = new TempDatabase("followups");
        using var storage = new SqliteStorage(database.Path, IdleExpiry, clock);
        var store = new SqliteFollowUpStore(storage);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 1 } });
        await store.ScheduleAsync(Record("k", clock.GetUtcNow().AddDays(2)), default);

        clock.Advance(TimeSpan.FromHours(30));
        Assert.Single(await storage.ReadAsync(["k"]));

        // A turn's save does not shorten it either: kept until the check-in expires (due in 48 h, plus the idle hour).
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 2 } });
        clock.Advance(TimeSpan.FromHours(18));
        Assert.Single(await storage.ReadAsync(["k"]));
        clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Empty(await storage.ReadAsync(["k"]));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 3 } });

        // Booked again, then cancelled: a save gets the plain idle expiry.
        await store.ScheduleAsync(Record("k", clock.GetUtcNow().AddDays(2)), default);
        await store.CancelAsync("k", default);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 4 } });
        clock.Advance(IdleExpiry + TimeSpan.FromSeconds(1));
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task ABookedCheckInKeepsTheRedisConversationUntilItExpiresAndCancellingLetsItExpireAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = await TestRedis.Shared;
        var prefix = TestRedis.UniquePrefix();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var storage = new RedisStorage(redis, prefix, IdleExpiry, clock);
        var store = new RedisFollowUpStore(redis, prefix, clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 1 } });

        await store.ScheduleAsync(Record("k", clock.GetUtcNow().AddDays(2)), default);
        Assert.True(await TimeToLive(redis, storage) > TimeSpan.FromDays(2));

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 2 } });
        Assert.True(await TimeToLive(redis, storage) > TimeSpan.FromDays(2));

        await store.CancelAsync("k", default);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { step = 3 } });
        Assert.True(await TimeToLive(redis, storage) <= IdleExpiry);
        Assert.Single(await storage.ReadAsync(["k"]));
    }

    private static async Task<TimeSpan?> TimeToLive(IConnectionMultiplexer redis, RedisStorage storage) =>
        await redis.GetDatabase().KeyTimeToLiveAsync(storage.KeyFor("k"));
}
