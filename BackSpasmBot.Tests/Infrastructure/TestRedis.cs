using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// The tests' Redis servers (the benchmark's <see cref="RedisServer"/>). <see cref="Shared"/> is the one CI starts
/// (BACKSPASMBOT_TEST_REDIS), or else one this test run starts on a free port; <see cref="StartPrivateAsync"/> starts
/// one a test owns (for outages: stop it, start it again on the same port). redis-server is installed on first need.
/// </summary>
public static class TestRedis
{
    public const string EnvironmentVariable = "BACKSPASMBOT_TEST_REDIS";

    private static readonly Lazy<Task<RedisServer>> SharedServer = new(StartSharedAsync);

    /// <summary>The Redis shared by the whole test run.</summary>
    public static Task<RedisServer> Shared => SharedServer.Value;

    /// <summary>A key prefix no other test uses, so that tests sharing one Redis never meet.</summary>
    public static string UniquePrefix() => $"test:{Guid.NewGuid():N}:";

    /// <summary>Starts a redis-server of the test's own; <paramref name="persistent"/> keeps its data across a restart.</summary>
    public static async Task<RedisServer> StartPrivateAsync(bool persistent = false)
    {
        if (RedisServer.FindExecutable() is null)
        {
            await DebianPackages.EnsureAsync("/usr/bin/redis-server", "redis-server");
        }

        return await RedisServer.StartNewAsync(persistent);
    }

    private static async Task<RedisServer> StartSharedAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return RedisServer.Running(configured.Trim());
        }

        var server = await StartPrivateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
