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
        output.WriteLine($"levels {string.Join(", ", options.Levels)} conversations x {options.LevelDuration.TotalSeconds:0.#} s, long conversations {options.LongConcurrency} x {options.LongTurns} messages; warm-up {options.WarmUp.TotalSeconds:0.#} s per bot");

        var measurements = new List<Measurement>();
        await using var environment = await BenchEnvironment.CreateAsync(options, output, cancellationToken);
        foreach (var (name, start) in environment.Targets())
        {
            if (options.Only is { } only && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            output.WriteLine($"{name}: starting");
            IBotTarget target;
            try
            {
                target = await start(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                output.WriteLine($"{name}: could not start, left out: {ex.Message}");
                continue;
            }

            await using (target)
            {
                measurements.AddRange(await MeasureAsync(driver, target, options, output, cancellationToken));
            }
        }

        WriteReport(measurements, options, output);
        return measurements.Any(m => m.Load.Errors > 0 || m.Load.LateReplies > 0) ? 1 : 0;
    }

    /// <summary>One table per level, then the targets; the last line is the ratio line the issue asks for.</summary>
    public static void WriteReport(IReadOnlyList<Measurement> measurements, BenchOptions options, TextWriter output)
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

        var ratio = TargetChecks.Check(measurements, options, output);
        output.WriteLine();
        output.WriteLine($"load average {Report.LoadAverage():0.00} at the end; host figures: CPU from /proc (host process only), alloc/turn from the .NET host's GC.GetTotalAllocatedBytes, state/conv read from the store, peak WS = VmHWM per level");
        output.WriteLine(Report.RatioLine(ratio));
    }

    public static string Level(int concurrency) => concurrency.ToString(CultureInfo.InvariantCulture);

    private static string Title(string level, BenchOptions options) => level == LongLevel
        ? $"Long conversations: {options.LongConcurrency} at once, {options.LongTurns} messages each (full triages with \"help\", then \"restart\")"
        : $"{level} concurrent conversation{(level == "1" ? string.Empty : "s")} ({options.LevelDuration.TotalSeconds:0.#} s; echo bots: 10 messages per conversation)";

    public static async Task<List<Measurement>> MeasureAsync(LoadDriver driver, IBotTarget target, BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await driver.RunAsync(target.MessagesUrl, new LoadPlan(16, options.WarmUp, Echo: target.Echo, RecordLatencies: false), cancellationToken);
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
