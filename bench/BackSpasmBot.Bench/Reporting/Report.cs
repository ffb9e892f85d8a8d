using System.Globalization;
using System.Text;
using BackSpasmBot.Bench.Driver;

namespace BackSpasmBot.Bench.Reporting;

/// <summary>Formats measurements as Markdown tables (so they paste into the README) and the targets as checks.</summary>
public static class Report
{
    public const string RatioLinePrefix = "triage/peer throughput ratio: ";

    private static readonly string[] Columns =
        ["bot", "turns/s", "conv/s", "p50 ms", "p95 ms", "p99 ms", "alloc/turn", "host CPU/turn", "GCs/1k turns (mean pause)", "state/conv", "peak WS", "outcomes", "errors", "load"];

    public static string Table(string title, IEnumerable<Measurement> rows)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", Columns) + " |");
        text.AppendLine("|" + string.Concat(Columns.Select((_, i) => i == 0 ? "---|" : "---:|")));
        var notes = new List<string>();
        foreach (var row in rows)
        {
            var load = row.Load;
            string[] cells =
            [
                row.Bot,
                Number(load.TurnsPerSecond, 0),
                Number(load.ConversationsPerSecond, 1),
                Number(load.Percentile(50), 2),
                Number(load.Percentile(95), 2),
                Number(load.Percentile(99), 2),
                row.AllocatedBytesPerTurn is { } allocated ? Bytes(allocated) : "–",
                double.IsNaN(row.CpuMicrosecondsPerTurn) ? "–" : Number(row.CpuMicrosecondsPerTurn, 0) + " µs",
                row.Collections is { } gc ? $"{Number(gc.PerThousandTurns, 1)} ({Number(gc.MeanPause.TotalMilliseconds, 2)} ms)" : "–",
                row.Store is { } store ? $"{Bytes(store.AverageBytes)} (max {Bytes(store.MaxBytes)})" : "–",
                Bytes(row.After.PeakWorkingSetBytes),
                Outcomes(load.Outcomes),
                load.Errors.ToString(CultureInfo.InvariantCulture),
                Number(row.LoadAverage, 1),
            ];
            text.AppendLine("| " + string.Join(" | ", cells) + " |");
            if (load.FirstError is { } error)
            {
                notes.Add($"{row.Bot}: first error: {error}");
            }

            if (load.LateReplies > 0)
            {
                notes.Add($"{row.Bot}: {load.LateReplies} replies reached the channel after their turn's HTTP response");
            }
        }

        foreach (var note in notes)
        {
            text.AppendLine().Append("- ").Append(note);
        }

        return text.ToString();
    }

    public static string RatioLine(double? ratio) =>
        RatioLinePrefix + (ratio is { } r && double.IsFinite(r) ? r.ToString("0.00", CultureInfo.InvariantCulture) : "n/a");

    public static string Number(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    public static string Bytes(double bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 10 * 1024 => (bytes / 1024).ToString("0", CultureInfo.InvariantCulture) + " KB",
        >= 1024 => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
    };

    private static string Outcomes(IReadOnlyDictionary<string, long> outcomes) =>
        outcomes.Count == 0 ? "–" : string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

    /// <summary>The first number of /proc/loadavg (NaN where there is none).</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>A one-line summary of a run, for progress output.</summary>
    public static string Progress(string bot, string level, LoadResult load) =>
        $"  {bot,-26} {level,-22} {Number(load.TurnsPerSecond, 0),8} turns/s  p99 {Number(load.Percentile(99), 2),7} ms  channel posts/turn {Number(load.Turns > 0 ? load.ChannelPosts / (double)load.Turns : double.NaN, 2)}  errors {load.Errors}";
}
