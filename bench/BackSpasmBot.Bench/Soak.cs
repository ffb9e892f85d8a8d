using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Reporting;
using BackSpasmBot.Bench.Targets;

namespace BackSpasmBot.Bench;

/// <summary>
/// Memory across many completed conversations: our triage on SQLite (the production default) at 64 at once, with the
/// host's GC heap (after a full, compacting collection) and working set sampled after a first tenth and then every
/// tenth. Growth shows as a rising heap after collection; caches that fill once show only in the first sample.
/// </summary>
public static class Soak
{
    private const int Concurrency = 64;
    private const int Chunks = 10;

    public static async Task<int> RunAsync(LoadDriver driver, BenchOptions options, long conversations, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"Soak: {conversations:N0} complete conversations on {Suite.SqliteTriage}, {Concurrency} at once; load average {Report.LoadAverage():0.00}");
        await using var environment = await BenchEnvironment.CreateAsync(options with { Peer = false, Redis = false }, output, cancellationToken);
        await using var host = await environment.StartSqliteTriageAsync(cancellationToken);
        await driver.RunAsync(host.MessagesUrl, new LoadPlan(16, options.WarmUp, RecordLatencies: false), cancellationToken);

        var chunk = Math.Max(1, conversations / Chunks);
        var done = 0L;
        var errors = 0L;
        ProcessSample? first = null;
        ProcessSample last = await host.SampleAsync(collect: true, cancellationToken);
        output.WriteLine($"| conversations | turns/s | GC heap after full GC | GC heap growth since first | working set | errors |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|");
        while (done < conversations)
        {
            var plan = new LoadPlan(Concurrency, TimeSpan.FromDays(1), MaxConversations: Math.Min(chunk, conversations - done), RecordLatencies: false);
            var load = await driver.RunAsync(host.MessagesUrl, plan, cancellationToken);
            done += load.Conversations;
            errors += load.Errors;
            last = await host.SampleAsync(collect: true, cancellationToken);
            first ??= last;
            var growth = last.GcHeapBytes!.Value - first.GcHeapBytes!.Value;
            output.WriteLine($"| {done:N0} | {load.TurnsPerSecond:N0} | {Report.Bytes(last.GcHeapBytes.Value)} | {(growth >= 0 ? "+" : "-")}{Report.Bytes(Math.Abs(growth))} | {Report.Bytes(last.WorkingSetBytes)} | {load.Errors} |");
            if (load.Conversations == 0)
            {
                output.WriteLine($"no conversation completed: {load.FirstError}");
                return 1;
            }
        }

        // Allow 5% or 2 MB: the heap after collection wobbles a little with what happened to be in flight.
        var heapGrowth = last.GcHeapBytes!.Value - first!.GcHeapBytes!.Value;
        var allowed = Math.Max(2 * 1024 * 1024, first.GcHeapBytes.Value / 20);
        output.WriteLine();
        output.WriteLine($"GC heap after full GC: {Report.Bytes(first.GcHeapBytes.Value)} after the first {chunk:N0} conversations, {Report.Bytes(last.GcHeapBytes.Value)} after {done:N0}");
        output.WriteLine($"working set: {Report.Bytes(first.WorkingSetBytes)} then {Report.Bytes(last.WorkingSetBytes)}; peak {Report.Bytes(last.PeakWorkingSetBytes)}");
        output.WriteLine($"memory growth: {(heapGrowth <= allowed ? "none beyond noise" : "GROWING")} ({(heapGrowth >= 0 ? "+" : "-")}{Report.Bytes(Math.Abs(heapGrowth))}); errors {errors}; load average {Report.LoadAverage():0.00}");
        return errors == 0 && heapGrowth <= allowed ? 0 : 1;
    }
}
