using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench.Reporting;

/// <summary>
/// One bot at one level: the driver's figures, the bot's process and store before and after, and the machine's
/// one-minute load average when the run started (the cores are shared with whatever else runs).
/// </summary>
public sealed record Measurement(string Bot, string Level, LoadResult Load, ProcessSample Before, ProcessSample After, StoreSample? Store, double LoadAverage)
{
    public double? AllocatedBytesPerTurn =>
        Load.Turns > 0 && After.AllocatedBytes is { } after && Before.AllocatedBytes is { } before ? (after - before) / (double)Load.Turns : null;

    /// <summary>Garbage collections per 1,000 turns and their mean pause, when the host reports its runtime.</summary>
    public (double PerThousandTurns, TimeSpan MeanPause)? Collections =>
        Load.Turns > 0 && After.Runtime is { } after && Before.Runtime is { } before
            ? ((after.Collections - before.Collections) * 1000.0 / Load.Turns,
               after.Collections > before.Collections ? (after.GcPause - before.GcPause) / (after.Collections - before.Collections) : TimeSpan.Zero)
            : null;

    public double CpuMicrosecondsPerTurn =>
        Load.Turns > 0 ? (After.CpuTime - Before.CpuTime).TotalMicroseconds / Load.Turns : double.NaN;
}
