using BackSpasmBot.Storage;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using StackExchange.Redis;

namespace BackSpasmBot.Tests.Storage;

/// <summary>The contract against RedisStorage on a real redis-server, with a key prefix of its own per test.</summary>
public sealed class RedisStorageContractTests : StorageContractTests
{
    private ConnectionMultiplexer? _redis;

    protected override async Task<IStorage> CreateStorageAsync()
    {
        var server = await TestRedis.Shared;
        _redis = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        return new RedisStorage(_redis, TestRedis.UniquePrefix(), TimeSpan.FromHours(24));
    }

    public override async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
