using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench;

/// <summary>What the bots need around them: a temp folder for SQLite, a Redis, and the peer's installed copy.</summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    private const string RedisKeyPrefix = "bench:";

    /// <summary>Effectively no per-conversation rate limit: the limiter still runs, as in production, but never refuses.</summary>
    private static readonly string[] NoRateLimit =
        [
            "--Hardening:RateLimit:Burst=10000", "--Hardening:RateLimit:PerPeriod=10000", "--Hardening:RateLimit:Period=00:00:01",
            "--Hardening:AddressRateLimit:Burst=10000", "--Hardening:AddressRateLimit:PerPeriod=10000", "--Hardening:AddressRateLimit:Period=00:00:01",
            "--Bot:AllowAnonymous=true",
        ];

    private readonly string _folder;

    /// <summary>Environment variables for this build's hosts only (<c>--host-env</c>), not the compared build's.</summary>
    private readonly IReadOnlyDictionary<string, string> _hostEnvironment;
    private RedisServer? _redisServer;
    private string? _redis;
    private string? _peer;
    private string? _baseProgram;

    private BenchEnvironment(string folder, IReadOnlyDictionary<string, string> hostEnvironment)
    {
        _folder = folder;
        _hostEnvironment = hostEnvironment;
    }

    public static async Task<BenchEnvironment> CreateAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var environment = new BenchEnvironment(Directory.CreateTempSubdirectory("backspasmbot-bench-").FullName, options.HostEnvironment);
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

        if (options.CompareRef is { } reference)
        {
            (environment.BaseCommit, environment._baseProgram) = await BaselineBuild.PrepareAsync(reference, output, cancellationToken);
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

    /// <summary>The name a bot of the compared build (<c>--compare</c>) has in the tables.</summary>
    public static string BaseName(string name) => BasePrefix + name;

    public const string BasePrefix = "base ";

    /// <summary>The commit of the compared build, when <c>--compare</c> was given.</summary>
    public string? BaseCommit { get; private set; }

    /// <summary>
    /// The bots, in the order they are measured, each with a way to start it; with <c>--compare</c>, our bots also with
    /// a way to start the compared build's same bot (run beside it, level by level).
    /// </summary>
    public IEnumerable<(string Name, Func<CancellationToken, Task<IBotTarget>> Start, Func<CancellationToken, Task<IBotTarget>>? StartBase)> Targets()
    {
        foreach (var (name, start) in OurTargets(string.Empty, program: null))
        {
            var startBase = _baseProgram is null ? null : OurTargets(BasePrefix, _baseProgram).First(b => b.Name == BaseName(name)).Start;
            yield return (name, start, startBase);
        }

        if (_peer is { } peer)
        {
            yield return (Suite.PeerTriage, async ct => await PeerProcess.StartAsync(peer, echo: false, ct), null);
            yield return (Suite.PeerEcho, async ct => await PeerProcess.StartAsync(peer, echo: true, ct), null);
        }
    }

    /// <summary>Our bots, of this build (<paramref name="program"/> null) or of the compared one; each with its own store.</summary>
    private IEnumerable<(string Name, Func<CancellationToken, Task<IBotTarget>> Start)> OurTargets(string prefix, string? program)
    {
        var files = prefix.Length == 0 ? string.Empty : "base-";
        var environment = program is null ? _hostEnvironment : null;
        var sqlite = Path.Combine(_folder, $"{files}state.db");
        yield return (prefix + Suite.SqliteTriage, async ct => await OurHostProcess.StartAsync(
            prefix + Suite.SqliteTriage, echo: false, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={sqlite}", .. NoRateLimit], new SqliteProbe(sqlite), ct, program, environment));
        yield return (prefix + Suite.MemoryTriage, async ct => await OurHostProcess.StartAsync(
            prefix + Suite.MemoryTriage, echo: false, ["--Storage:Provider=Memory", .. NoRateLimit], null, ct, program, environment));
        if (_redis is { } redis)
        {
            var keyPrefix = prefix.Length == 0 ? RedisKeyPrefix : "bench-base:";
            yield return (prefix + Suite.RedisTriage, async ct => await OurHostProcess.StartAsync(
                prefix + Suite.RedisTriage,
                echo: false,
                ["--Storage:Provider=Redis", $"--Storage:Redis:Configuration={redis}", $"--Storage:Redis:KeyPrefix={keyPrefix}", .. NoRateLimit],
                new RedisProbe(redis, keyPrefix),
                ct,
                program,
                environment));
        }

        // The echo bot keeps no state; the store is the production default so the turn pipeline is the one triage runs on.
        var echoStore = Path.Combine(_folder, $"{files}echo.db");
        yield return (prefix + Suite.OurEcho, async ct => await OurHostProcess.StartAsync(
            prefix + Suite.OurEcho, echo: true, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={echoStore}", .. NoRateLimit], null, ct, program, environment));
    }

    /// <summary>Our triage on SQLite in a fresh folder (for the soak).</summary>
    public Task<OurHostProcess> StartSqliteTriageAsync(CancellationToken cancellationToken)
    {
        var sqlite = Path.Combine(_folder, "soak.db");
        return OurHostProcess.StartAsync(Suite.SqliteTriage, echo: false, ["--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={sqlite}", .. NoRateLimit], new SqliteProbe(sqlite), cancellationToken, environment: _hostEnvironment);
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
