using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench;

/// <summary>What the bots need around them: a temp folder for SQLite, a Redis, and the peer's installed copy.</summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    private const string RedisKeyPrefix = "bench:";

    /// <summary>Effectively no per-conversation rate limit: the limiter still runs, as in production, but never refuses.</summary>
    private static readonly string[] NoRateLimit =
        ["--Hardening:RateLimit:Burst=10000", "--Hardening:RateLimit:PerPeriod=10000", "--Hardening:RateLimit:Period=00:00:01"];

    private readonly string _folder;
    private RedisServer? _redisServer;
    private string? _redis;
    private string? _peer;

    private BenchEnvironment(string folder)
    {
        _folder = folder;
    }

    public static async Task<BenchEnvironment> CreateAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var environment = new BenchEnvironment(Directory.CreateTempSubdirectory("backspasmbot-bench-").FullName);
        if (options.Redis)
        {
            if (options.RedisConfiguration is { } configured)
            {
                environment._redis = configured;
            }
            else if (RedisServer.FindExecutable() is not null)
            {
                environment._redisServer = await RedisServer.StartNewAsync(cancellationToken: cancellationToken);
                environment._redis = environment._redisServer.Endpoint;
            }
            else
            {
                output.WriteLine("redis: no redis-server on PATH and no --redis given; Redis left out");
            }
        }

        if (options.Peer)
        {
            var source = options.PeerFolder ?? PeerProcess.DefaultSource();
            if (source is null)
            {
                output.WriteLine("peer: bench/peer not found beside this build (give --peer DIR); the JavaScript peer is left out");
            }
            else
            {
                try
                {
                    environment._peer = await PeerProcess.PrepareAsync(source, output, cancellationToken);
                }
                catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
                {
                    output.WriteLine($"peer: could not install ({ex.Message}); the JavaScript peer is left out");
                }
            }
        }

        return environment;
    }

    /// <summary>The bots, in the order they are measured, each with a way to start it.</summary>
    public IEnumerable<(string Name, Func<CancellationToken, Task<IBotTarget>> Start)> Targets()
    {
        var sqlite = Path.Combine(_folder, "state.db");
        yield return (Suite.SqliteTriage, async ct => await OurHostProcess.StartAsync(
            Suite.SqliteTriage, echo: false, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={sqlite}", .. NoRateLimit], new SqliteProbe(sqlite), ct));
        yield return (Suite.MemoryTriage, async ct => await OurHostProcess.StartAsync(
            Suite.MemoryTriage, echo: false, ["--Storage:Provider=Memory", .. NoRateLimit], null, ct));
        if (_redis is { } redis)
        {
            yield return (Suite.RedisTriage, async ct => await OurHostProcess.StartAsync(
                Suite.RedisTriage,
                echo: false,
                ["--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis}", $"--Storage:Redis:KeyPrefix={RedisKeyPrefix}", .. NoRateLimit],
                new RedisProbe(redis, RedisKeyPrefix),
                ct));
        }

        // The echo bot keeps no state; the store is the production default so the turn pipeline is the one triage runs on.
        var echoStore = Path.Combine(_folder, "echo.db");
        yield return (Suite.OurEcho, async ct => await OurHostProcess.StartAsync(
            Suite.OurEcho, echo: true, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={echoStore}", .. NoRateLimit], null, ct));
        if (_peer is { } peer)
        {
            yield return (Suite.PeerTriage, async ct => await PeerProcess.StartAsync(peer, echo: false, ct));
            yield return (Suite.PeerEcho, async ct => await PeerProcess.StartAsync(peer, echo: true, ct));
        }
    }

    /// <summary>Our triage on SQLite in a fresh folder (for the soak).</summary>
    public Task<OurHostProcess> StartSqliteTriageAsync(CancellationToken cancellationToken)
    {
        var sqlite = Path.Combine(_folder, "soak.db");
        return OurHostProcess.StartAsync(Suite.SqliteTriage, echo: false, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={sqlite}", .. NoRateLimit], new SqliteProbe(sqlite), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_redisServer is not null)
        {
            await _redisServer.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
