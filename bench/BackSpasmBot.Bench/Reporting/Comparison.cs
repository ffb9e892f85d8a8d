using System.Globalization;
using System.Text;

namespace BackSpasmBot.Bench.Reporting;

/// <summary>
/// The A/B table of a <c>--compare</c> run: for each of our bots and level, this build's figure, the compared build's,
/// and this ÷ that. Ratios from one run are the figures to quote; absolute figures move with the machine's load.
/// </summary>
public static class Comparison
{
    public static string Table(IReadOnlyList<Measurement> measurements, string reference, string baseCommit)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### A/B: this build ÷ {reference} ({baseCommit[..12]}), same run");
        text.AppendLine();
        text.AppendLine("| bot | level | turns/s | p99 ms | alloc/turn | host CPU/turn |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var ours in measurements.Where(m => !m.Bot.StartsWith(BenchEnvironment.BasePrefix, StringComparison.Ordinal)))
        {
            var theirs = measurements.FirstOrDefault(m => m.Level == ours.Level && m.Bot == BenchEnvironment.BaseName(ours.Bot));
            if (theirs is null)
            {
                continue;
            }

            string[] cells =
            [
                ours.Bot,
                ours.Level,
                Cell(ours.Load.TurnsPerSecond, theirs.Load.TurnsPerSecond, v => Report.Number(v, 0)),
                Cell(ours.Load.Percentile(99), theirs.Load.Percentile(99), v => Report.Number(v, 2)),
                Cell(ours.AllocatedBytesPerTurn ?? double.NaN, theirs.AllocatedBytesPerTurn ?? double.NaN, Report.Bytes),
                Cell(ours.CpuMicrosecondsPerTurn, theirs.CpuMicrosecondsPerTurn, v => Report.Number(v, 0) + " µs"),
            ];
            text.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        text.AppendLine().AppendLine("Each cell: this build / the compared build = ratio (turns/s: higher is better; the others: lower is better).");
        return text.ToString();
    }

    private static string Cell(double ours, double theirs, Func<double, string> format) =>
        double.IsFinite(ours) && double.IsFinite(theirs) && theirs > 0
            ? $"{format(ours)} / {format(theirs)} = {(ours / theirs).ToString("0.00", CultureInfo.InvariantCulture)}×"
            : "–";
}
