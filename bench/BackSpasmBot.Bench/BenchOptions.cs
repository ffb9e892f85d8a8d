using System.Globalization;

namespace BackSpasmBot.Bench;

/// <summary>The command line: <c>[--quick] [--seconds S] [--warmup S] [--settle S] [--levels N,N…] [--soak N] [--only TEXT] [--no-peer] [--no-redis] [--peer DIR] [--redis HOST:PORT] [--compare REF] [--host-env NAME=VALUE]</c>.</summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }

    /// <summary>Length of each measured run (a concurrency level on one bot).</summary>
    public TimeSpan LevelDuration { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Warm-up on each bot before its first measured run (JIT, tiered compilation, connection pools). 15 s: after 4 s
    /// the .NET host was still compiling its hot methods at the higher tier, which doubled the p99 of whatever level
    /// was measured first (a triage turn at 1 conversation: 11–14 ms after 4 s, 3.5 ms after 15 s).
    /// </summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// At most this much more warm-up, after <see cref="WarmUp"/>, while the host's JIT is still compiling
    /// (<c>--settle S</c>; 0 for the fixed warm-up alone). See <see cref="Suite.WarmUpAsync"/>.
    /// </summary>
    public TimeSpan SettleLimit { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<int> Levels { get; init; } = [1, 16, 64, 256];

    /// <summary>Concurrency and length (messages) of the long conversations.</summary>
    public int LongConcurrency { get; init; } = 16;

    public int LongTurns { get; init; } = 40;

    /// <summary>When set, only the soak: this many complete conversations on our triage (SQLite).</summary>
    public long? Soak { get; init; }

    /// <summary>Only bots whose name contains this, or one of these comma-separated parts (case-insensitive).</summary>
    public string? Only { get; init; }

    public bool Peer { get; init; } = true;

    public bool Redis { get; init; } = true;

    /// <summary>The peer's source folder (<c>--peer DIR</c>); without it, <c>bench/peer</c> in this repository.</summary>
    public string? PeerFolder { get; init; }

    /// <summary>An existing Redis to use instead of starting one.</summary>
    public string? RedisConfiguration { get; init; }

    /// <summary>
    /// <c>--compare REF</c>: a git commit (or branch, tag, <c>HEAD~1</c>) whose host is built in a worktree and measured
    /// beside this build's, level by level, in the same run; the report then gives this build ÷ that one.
    /// </summary>
    public string? CompareRef { get; init; }

    /// <summary>
    /// <c>--host-env NAME=VALUE</c> (repeatable): an environment variable for this build's hosts, not the compared
    /// build's, to measure a runtime setting (e.g. <c>DOTNET_GCgen0size</c>) with <c>--compare</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options with
                {
                    Quick = true,
                    LevelDuration = TimeSpan.FromSeconds(1.5),
                    WarmUp = TimeSpan.FromSeconds(1),
                    SettleLimit = TimeSpan.Zero,
                    Levels = [1, 16],
                    LongConcurrency = 4,
                    LongTurns = 20,
                },
                "--seconds" => options with { LevelDuration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--settle" => options with { SettleLimit = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--levels" => options with { Levels = [.. Next().Split(',').Select(level => int.Parse(level, CultureInfo.InvariantCulture))] },
                "--soak" => options with { Soak = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--only" => options with { Only = Next() },
                "--no-peer" => options with { Peer = false },
                "--no-redis" => options with { Redis = false },
                "--peer" => options with { PeerFolder = Next() },
                "--redis" => options with { RedisConfiguration = Next() },
                "--compare" => options with { CompareRef = Next() },
                "--host-env" => options with { HostEnvironment = WithVariable(options.HostEnvironment, Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --quick, --seconds S, --warmup S, --settle S, --levels N,N…, --soak N, --only TEXT, --no-peer, --no-redis, --peer DIR, --redis HOST:PORT, --compare REF, --host-env NAME=VALUE."),
            };
        }

        return options;
    }

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> variables, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--host-env needs NAME=VALUE, not {assignment}.");
        }

        return new Dictionary<string, string>(variables) { [assignment[..equals]] = assignment[(equals + 1)..] };
    }
}
