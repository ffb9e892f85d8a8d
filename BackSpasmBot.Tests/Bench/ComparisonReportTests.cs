using BackSpasmBot.Bench;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Reporting;
using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Tests.Bench;

/// <summary>
/// The report of an A/B run (<c>--compare REF</c>) from measurements made up for the purpose: the A/B table gives this
/// build ÷ the compared one, and the targets are judged on this build's rows only.
/// </summary>
public sealed class ComparisonReportTests
{
    private static readonly BenchOptions Options = BenchOptions.Parse(["--levels", "1,64", "--compare", "main"]);

    [Fact]
    public void TheABTableGivesEachOfOurBotsAsARatioOfTheComparedBuild()
    {
        var text = Report(
            Row(Suite.SqliteTriage, "64", turns: 2000, allocatedKb: 90),
            Row(BenchEnvironment.BaseName(Suite.SqliteTriage), "64", turns: 1000, allocatedKb: 300));

        Assert.Contains("### A/B: this build ÷ main (0123456789ab), same run", text, StringComparison.Ordinal);
        Assert.Contains("| ours triage SQLite | 64 | 2,000 / 1,000 = 2.00× |", text, StringComparison.Ordinal);
        Assert.Contains("90 KB / 300 KB = 0.30×", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFourTargetsAreJudgedOnThisBuildNotTheComparedOne()
    {
        var text = Report(
            Row(Suite.SqliteTriage, "64", turns: 3000, allocatedKb: 90),
            Row(Suite.SqliteTriage, "1", turns: 900, allocatedKb: 90, p99Ms: 1.5),
            Row(Suite.OurEcho, "64", turns: 5000, allocatedKb: 40),
            Row(Suite.PeerTriage, "64", turns: 900, allocatedKb: null),
            Row(BenchEnvironment.BaseName(Suite.SqliteTriage), "64", turns: 100, allocatedKb: 300),
            Row(BenchEnvironment.BaseName(Suite.SqliteTriage), "1", turns: 100, allocatedKb: 300, p99Ms: 9));

        Assert.Contains("- our triage on SQLite vs our echo: 3,000 / 5,000 turns/s = 0.60× (target ≥ 0.5×): met", text, StringComparison.Ordinal);
        Assert.Contains("- allocations per triage turn on SQLite: 90 KB (target ≤ 100 KB): met", text, StringComparison.Ordinal);
        Assert.Contains("- our triage on SQLite vs the peer's triage: 3,000 / 900 turns/s = 3.33× (target ≥ 3×): met", text, StringComparison.Ordinal);
        Assert.Contains("- p99 of a triage turn on SQLite at 1 conversation: 1.50 ms (target < 2 ms): met", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissedTargetSaysSo()
    {
        var text = Report(Row(Suite.SqliteTriage, "64", turns: 3000, allocatedKb: 108));

        Assert.Contains("- allocations per triage turn on SQLite: 108 KB (target ≤ 100 KB): MISSED", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTablesGiveTheHostsCollectionsPerThousandTurnsAndTheirMeanPause()
    {
        var load = new LoadResult("c", 2000, 200, TimeSpan.FromSeconds(1), [1.0], new Dictionary<string, long>(), 0, null, 0, 2000);
        var before = new ProcessSample(TimeSpan.Zero, 0, 0, 0, null, new RuntimeSample(10, TimeSpan.FromMilliseconds(20), 100));
        var after = new ProcessSample(TimeSpan.FromSeconds(1), 0, 0, 2000 * 1024, null, new RuntimeSample(30, TimeSpan.FromMilliseconds(60), 120));

        var text = Report(new Measurement(Suite.SqliteTriage, "64", load, before, after, null, 1));

        Assert.Contains("| 10.0 (2.00 ms) |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HostEnvironmentVariablesAndTheSettlingLimitAreReadFromTheCommandLine()
    {
        var options = BenchOptions.Parse(["--host-env", "DOTNET_GCgen0size=0x4000000", "--host-env", "DOTNET_TieredPGO=0", "--settle", "0"]);

        Assert.Equal("0x4000000", options.HostEnvironment["DOTNET_GCgen0size"]);
        Assert.Equal("0", options.HostEnvironment["DOTNET_TieredPGO"]);
        Assert.Equal(TimeSpan.Zero, options.SettleLimit);
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--host-env", "DOTNET_GCgen0size"]));
    }

    private static string Report(params Measurement[] measurements)
    {
        var output = new StringWriter();
        Suite.WriteReport(measurements, Options, output, baseCommit: "0123456789abcdef0123456789abcdef01234567");
        return output.ToString();
    }

    private static Measurement Row(string bot, string level, long turns, double? allocatedKb, double p99Ms = 10)
    {
        var load = new LoadResult("c", turns, turns / 10, TimeSpan.FromSeconds(1), [p99Ms], new Dictionary<string, long>(), 0, null, 0, turns);
        var before = new ProcessSample(TimeSpan.Zero, 0, 0, allocatedKb is null ? null : 0, null);
        var after = new ProcessSample(TimeSpan.FromSeconds(1), 0, 0, allocatedKb is null ? null : (long)(allocatedKb.Value * 1024 * turns), null);
        return new Measurement(bot, level, load, before, after, null, 1);
    }
}
