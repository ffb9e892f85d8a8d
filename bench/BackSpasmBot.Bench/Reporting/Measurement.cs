using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench.Reporting;

/// <summary>One bot at one level: the driver's figures, and the bot's process and store before and after.</summary>
public sealed record Measurement(string Bot, string Level, LoadResult Load, ProcessSample Before, ProcessSample After, StoreSample? Store, double LoadAverage)
{
    public double? AllocatedBytesPerTurn =>
        Load.Turns > 0 && After.AllocatedBytes is { } after && Before.AllocatedBytes is { } before ? (after - before) / (double)Load.Turns : null;

    public double CpuMicrosecondsPerTurn =>
        Load.Turns > 0 ? (After.CpuTime - Before.CpuTime).TotalMicroseconds / Load.Turns : double.NaN;
}
