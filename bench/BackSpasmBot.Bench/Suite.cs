using System.Globalization;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Reporting;
using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench;

/// <summary>
/// The benchmark proper: every bot in turn (a fresh process each), warmed up, then driven at each concurrency level and
/// with long conversations; then one table per level, the targets, and the ratio line last.
/// </summary>
public static class Suite
{
    public const string SqliteTriage = "ours triage SQLite";
    public const string MemoryTriage = "ours triage Memory";
    public const string RedisTriage = "ours triage Redis";
    public const string OurEcho = "ours echo";
    public const string PeerTriage = "peer triage (JS SDK)";
    public const string PeerEcho = "peer echo (JS SDK)";
    public const string LongLevel = "long";

    public static async Task<int> RunAsync(LoadDriver driver, BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"BackSpasmBot benchmark: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average {Report.LoadAverage():0.00} at start");
        output.WriteLine($"levels {string.Join(", ", options.Levels)} conversations x {options.LevelDuration.TotalSeconds:0.#} s, long conversations {options.LongConcurrency} x {options.LongTurns} messages; warm-up {options.WarmUp.TotalSeconds:0.#} s per bot, then until the host's JIT settles (at most {options.SettleLimit.TotalSeconds:0.#} s more)");
        if (options.HostEnvironment.Count > 0)
        {
            output.WriteLine($"this build's hosts run with {string.Join(", ", options.HostEnvironment.Select(v => $"{v.Key}={v.Value}"))}");
        }

        var measurements = new List<Measurement>();
        await using var environment = await BenchEnvironment.CreateAsync(options, output, cancellationToken);
        foreach (var (name, start, startBase) in environment.Targets())
        {
            if (options.Only is { } only && !only.Split(',').Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            await using var target = await TryStartAsync(name, start, output, cancellationToken);
            if (target is null)
            {
                continue;
            }

            if (startBase is null)
            {
                measurements.AddRange(await MeasureAsync(driver, target, options, output, cancellationToken));
                continue;
            }

            await using var baseTarget = await TryStartAsync(BenchEnvironment.BaseName(name), startBase, output, cancellationToken);
            measurements.AddRange(baseTarget is null
                ? await MeasureAsync(driver, target, options, output, cancellationToken)
                : await MeasurePairAsync(driver, target, baseTarget, options, output, cancellationToken));
        }

        WriteReport(measurements, options, output, environment.BaseCommit);
        return measurements.Any(m => m.Load.Errors > 0 || m.Load.LateReplies > 0) ? 1 : 0;
    }

    /// <summary>One table per level, then the targets; the last line is the ratio line the issue asks for.</summary>
    public static void WriteReport(IReadOnlyList<Measurement> measurements, BenchOptions options, TextWriter output, string? baseCommit = null)
    {
        foreach (var level in options.Levels.Select(Level).Append(LongLevel))
        {
            var rows = measurements.Where(m => m.Level == level).ToList();
            if (rows.Count > 0)
            {
                output.Write(Report.Table(Title(level, options), rows));
                output.WriteLine();
            }
        }

        if (baseCommit is not null)
        {
            output.Write(Comparison.Table(measurements, options.CompareRef!, baseCommit));
            output.WriteLine();
        }

        var ratio = TargetChecks.Check(measurements, options, output);
        output.WriteLine();
        output.WriteLine($"load average {Report.LoadAverage():0.00} at the end; host figures: CPU from /proc (host process only), alloc/turn from the .NET host's GC.GetTotalAllocatedBytes, state/conv read from the store, peak WS = VmHWM per level");
        output.WriteLine(Report.RatioLine(ratio));
    }

    public static string Level(int concurrency) => concurrency.ToString(CultureInfo.InvariantCulture);

    private static string Title(string level, BenchOptions options) => level == LongLevel
        ? $"Long conversations: {options.LongConcurrency} at once, {options.LongTurns} messages each (full triages with \"help\", then \"restart\")"
        : $"{level} concurrent conversation{(level == "1" ? string.Empty : "s")} ({options.LevelDuration.TotalSeconds:0.#} s; echo bots: 10 messages per conversation)";

    private static async Task<IBotTarget?> TryStartAsync(string name, Func<CancellationToken, Task<IBotTarget>> start, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"{name}: starting");
        try
        {
            return await start(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            output.WriteLine($"{name}: could not start, left out: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// This build's bot and the compared build's, both running: each warmed up, then measured one after the other at
    /// each level (the order swapped from one level to the next), so that both see the same load from the rest of
    /// the machine as nearly as one run allows.
    /// </summary>
    public static async Task<List<Measurement>> MeasurePairAsync(LoadDriver driver, IBotTarget target, IBotTarget baseTarget, BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        IBotTarget[] pair = [target, baseTarget];
        var settled = await WarmUpAsync(driver, target, options, null, output, cancellationToken);
        await WarmUpAsync(driver, baseTarget, options, settled, output, cancellationToken);

        var results = new List<Measurement>();
        var swap = false;
        foreach (var level in options.Levels)
        {
            foreach (var bot in swap ? pair.Reverse() : pair)
            {
                results.Add(await MeasureRunAsync(driver, bot, Level(level), new LoadPlan(level, options.LevelDuration, Echo: bot.Echo), output, cancellationToken));
            }

            swap = !swap;
        }

        if (!target.Echo)
        {
            var plan = new LoadPlan(options.LongConcurrency, options.LevelDuration, LongTurns: options.LongTurns);
            foreach (var bot in swap ? pair.Reverse() : pair)
            {
                results.Add(await MeasureRunAsync(driver, bot, LongLevel, plan, output, cancellationToken));
            }
        }

        return results;
    }

    public static async Task<List<Measurement>> MeasureAsync(LoadDriver driver, IBotTarget target, BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await WarmUpAsync(driver, target, options, null, output, cancellationToken);
        var results = new List<Measurement>();
        foreach (var level in options.Levels)
        {
            results.Add(await MeasureRunAsync(driver, target, Level(level), new LoadPlan(level, options.LevelDuration, Echo: target.Echo), output, cancellationToken));
        }

        if (!target.Echo)
        {
            var plan = new LoadPlan(options.LongConcurrency, options.LevelDuration, LongTurns: options.LongTurns);
            results.Add(await MeasureRunAsync(driver, target, LongLevel, plan, output, cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// The fixed warm-up (<c>--warmup</c>), then, for a host that reports its JIT, rounds of <see cref="SettleRound"/>
    /// until one compiles fewer than <see cref="SettledMethods"/> methods, at most <c>--settle</c> more: the figures are
    /// then the host's steady state, not its tiered compilation, which ran for about 45 s after start-up on the 2-core
    /// build machine. A bot that reports no JIT (the peer, or a compared build older than the report) is warmed up for
    /// as long as the settled bot it is measured beside (<paramref name="sameAs"/>).
    /// </summary>
    /// <returns>How long the warm-up ran beyond the fixed part.</returns>
    public static async Task<TimeSpan> WarmUpAsync(LoadDriver driver, IBotTarget bot, BenchOptions options, TimeSpan? sameAs, TextWriter output, CancellationToken cancellationToken)
    {
        var plan = new LoadPlan(16, options.WarmUp, Echo: bot.Echo, RecordLatencies: false);
        await driver.RunAsync(bot.MessagesUrl, plan, cancellationToken);
        var extra = TimeSpan.Zero;
        var last = (await bot.SampleAsync(collect: false, cancellationToken)).Runtime;
        if (last is null)
        {
            if (sameAs is { } same && same > TimeSpan.Zero)
            {
                await driver.RunAsync(bot.MessagesUrl, plan with { Duration = same }, cancellationToken);
                output.WriteLine($"{bot.Name}: warmed up {options.WarmUp.TotalSeconds:0} s + {same.TotalSeconds:0} s (as long as the bot beside it)");
            }

            return sameAs ?? TimeSpan.Zero;
        }

        var compiled = long.MaxValue;
        while (compiled >= SettledMethods && extra + SettleRound <= options.SettleLimit)
        {
            await driver.RunAsync(bot.MessagesUrl, plan with { Duration = SettleRound }, cancellationToken);
            extra += SettleRound;
            var now = (await bot.SampleAsync(collect: false, cancellationToken)).Runtime!;
            compiled = now.JitCompiledMethods - last.JitCompiledMethods;
            last = now;
        }

        output.WriteLine(compiled < SettledMethods
            ? $"{bot.Name}: warmed up {options.WarmUp.TotalSeconds:0} s + {extra.TotalSeconds:0} s until the JIT settled ({compiled} methods in the last {SettleRound.TotalSeconds:0} s; {last.JitCompiledMethods:N0} in all)"
            : $"{bot.Name}: warmed up {options.WarmUp.TotalSeconds:0} s + {extra.TotalSeconds:0} s; the JIT had not settled{(compiled == long.MaxValue ? string.Empty : $" ({compiled} methods in the last {SettleRound.TotalSeconds:0} s)")}");
        return extra;
    }

    /// <summary>One round of the settling warm-up.</summary>
    public static readonly TimeSpan SettleRound = TimeSpan.FromSeconds(3);

    /// <summary>A round that compiles fewer methods than this ends the warm-up.</summary>
    public const long SettledMethods = 10;

    public static async Task<Measurement> MeasureRunAsync(LoadDriver driver, IBotTarget target, string level, LoadPlan plan, TextWriter output, CancellationToken cancellationToken)
    {
        target.ResetPeak();
        var before = await target.SampleAsync(collect: false, cancellationToken);
        var loadAverage = Report.LoadAverage();
        var load = await driver.RunAsync(target.MessagesUrl, plan, cancellationToken);
        var after = await target.SampleAsync(collect: false, cancellationToken);
        var store = await target.ProbeStoreAsync(load.ConversationPrefix, cancellationToken);
        output.WriteLine(Report.Progress(target.Name, level == LongLevel ? "long" : $"{level} at once", load));
        return new Measurement(target.Name, level, load, before, after, store, loadAverage);
    }
}
