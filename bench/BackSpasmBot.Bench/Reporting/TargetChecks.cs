using System.Globalization;

namespace BackSpasmBot.Bench.Reporting;

/// <summary>
/// The targets (issues #8 and #19), checked against a run's measurements: each printed as met or missed, from this run
/// alone (with <c>--compare</c>, this build's rows; the compared build's rows are left out).
/// </summary>
public static class TargetChecks
{
    private const string Compared = "64";
    private const double StateLimitBytes = 4 * 1024;
    private const double P99LimitMs = 2;
    private const double AllocationLimitBytes = 100 * 1024;

    /// <summary>Prints each target as met or missed; returns our triage on SQLite over the peer's triage at 64.</summary>
    public static double? Check(IReadOnlyList<Measurement> measurements, BenchOptions options, TextWriter output)
    {
        // A quick run has no 64 level: compare at its highest level and say so.
        var level = measurements.Any(m => m.Level == Compared)
            ? Compared
            : options.Levels.Max().ToString(CultureInfo.InvariantCulture);
        double? Throughput(string bot, string at = "") =>
            measurements.FirstOrDefault(m => m.Bot == bot && m.Level == (at.Length == 0 ? level : at))?.Load.TurnsPerSecond;

        output.WriteLine();
        output.WriteLine($"### Targets (at {level} conversations unless said otherwise)");
        output.WriteLine();
        Ratio(output, "our triage on SQLite vs our echo", Throughput(Suite.SqliteTriage), Throughput(Suite.OurEcho), 0.5);
        var triage = measurements.FirstOrDefault(m => m.Bot == Suite.SqliteTriage && m.Level == level);
        if (triage?.AllocatedBytesPerTurn is { } allocated)
        {
            output.WriteLine($"- allocations per triage turn on SQLite: {Report.Bytes(allocated)} (target ≤ {Report.Bytes(AllocationLimitBytes)}): {(allocated <= AllocationLimitBytes ? "met" : "MISSED")}");
        }
        else
        {
            output.WriteLine($"- allocations per triage turn on SQLite: not measured in this run (target ≤ {Report.Bytes(AllocationLimitBytes)})");
        }

        var ratio = Ratio(output, "our triage on SQLite vs the peer's triage", Throughput(Suite.SqliteTriage), Throughput(Suite.PeerTriage), 3);

        var single = measurements.FirstOrDefault(m => m.Bot == Suite.SqliteTriage && m.Level == "1");
        if (single is not null)
        {
            var p99 = single.Load.Percentile(99);
            output.WriteLine($"- p99 of a triage turn on SQLite at 1 conversation: {p99:0.00} ms (target < {P99LimitMs} ms): {(p99 < P99LimitMs ? "met" : "MISSED")}");
        }
        else
        {
            output.WriteLine($"- p99 of a triage turn on SQLite at 1 conversation: not measured in this run (target < {P99LimitMs} ms)");
        }

        output.WriteLine();
        output.WriteLine("Kept from earlier targets:");
        Ratio(output, "our echo vs the peer's echo", Throughput(Suite.OurEcho), Throughput(Suite.PeerEcho), 2);

        var stored = measurements.Where(m => m.Store is not null && !m.Bot.StartsWith(BenchEnvironment.BasePrefix, StringComparison.Ordinal)).ToList();
        if (stored.Count > 0)
        {
            var largest = stored.MaxBy(m => m.Store!.MaxBytes)!;
            var mean = stored.Max(m => m.Store!.AverageBytes);
            output.WriteLine($"- stored state per conversation: mean up to {Report.Bytes(mean)}, largest {Report.Bytes(largest.Store!.MaxBytes)} ({largest.Bot}, {largest.Level}) (target < 4 KB): {(largest.Store.MaxBytes < StateLimitBytes ? "met" : "MISSED")}");
        }

        var checkedTurns = measurements.Sum(m => m.Load.RepliesChecked);
        var late = measurements.Sum(m => m.Load.LateReplies);
        output.WriteLine($"- replies posted before the turn's HTTP response: checked on {checkedTurns:N0} message turns, {late} arrived late");
        output.WriteLine("- memory across 100,000 conversations: see `--soak 100000`");
        return ratio;
    }

    private static double? Ratio(TextWriter output, string what, double? ours, double? theirs, double target)
    {
        if (ours is not { } a || theirs is not { } b || b <= 0)
        {
            output.WriteLine($"- {what}: not measured in this run (target ≥ {target}×)");
            return null;
        }

        var ratio = a / b;
        output.WriteLine($"- {what}: {a:N0} / {b:N0} turns/s = {ratio:0.00}× (target ≥ {target}×): {(ratio >= target ? "met" : "MISSED")}");
        return ratio;
    }
}
