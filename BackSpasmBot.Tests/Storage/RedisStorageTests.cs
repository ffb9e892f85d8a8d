using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using StackExchange.Redis;

namespace BackSpasmBot.Tests.Storage;

/// <summary>What RedisStorage adds to the contract: idle expiry as a real TTL, and outages.</summary>
public sealed class RedisStorageTests
{
    [Fact]
    public async Task EveryWriteSetsTheIdleExpiryAsTheKeysTimeToLive()
    {
        var server = await TestRedis.Shared;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var storage = new RedisStorage(redis, TestRedis.UniquePrefix(), TimeSpan.FromHours(24));

        await storage.WriteAsync(new Dictionary<string, object> { ["emulator/conversations/c1"] = new { value = 1 } });

        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(storage.KeyFor("emulator/conversations/c1"));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task ADocumentIdleForTheExpiryIsGoneFromRedis()
    {
        var server = await TestRedis.Shared;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var storage = new RedisStorage(redis, TestRedis.UniquePrefix(), TimeSpan.FromSeconds(1));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });
        Assert.Single(await storage.ReadAsync(["k"]));

        await Task.Delay(TimeSpan.FromMilliseconds(1500));

        Assert.Empty(await storage.ReadAsync(["k"]));
        Assert.False(await redis.GetDatabase().KeyExistsAsync(storage.KeyFor("k")));
    }

    [Fact]
    public async Task WhileRedisIsDownOperationsFailAsUnavailableAndWorkAgainWhenItIsBack()
    {
        await using var server = await TestRedis.StartPrivateAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.Configuration + ",abortConnect=false");
        var storage = new RedisStorage(redis, TestRedis.UniquePrefix(), TimeSpan.FromHours(1));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });

        await server.StopAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 2 } }));
        Assert.False(await storage.IsHealthyAsync(CancellationToken.None));

        await server.StartAsync();
        await WaitUntil(() => storage.IsHealthyAsync(CancellationToken.None));

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 3 } });
        Assert.Single(await storage.ReadAsync(["k"]));
    }

    internal static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 20 s.");
            await Task.Delay(200);
        }
    }
}
