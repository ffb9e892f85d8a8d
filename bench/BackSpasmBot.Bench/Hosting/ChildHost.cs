using System.Text.Json;
using BackSpasmBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackSpasmBot.Bench.Hosting;

/// <summary>
/// The child side of <see cref="Targets.OurHostProcess"/>: the real host built by <see cref="BackSpasmBotApp.Build"/>,
/// in a process of its own, answering the parent's requests for statistics on stdin/stdout.
/// </summary>
/// <remarks>
/// Control lines start with <see cref="Prefix"/>; everything else on stdout is the host's own console log, which is
/// left as configured so that the benchmark pays what production pays.
/// </remarks>
public static class ChildHost
{
    public const string Prefix = "BENCH-";

    /// <remarks>
    /// <c>bot</c>: "triage" (the product) or "echo" (the baseline, swapped in through the build hook).<br/>
    /// </remarks>
    public static async Task<int> RunAsync(string bot, string[] hostArgs)
    {
        var app = BackSpasmBotApp.Build(hostArgs, builder =>
        {
            if (bot == "echo")
            {
                builder.Services.RemoveAll<IBot>();
                builder.Services.AddSingleton<IBot, EchoBot>();
            }
        });
        await app.StartAsync();
        Console.Out.WriteLine($"{Prefix}READY {app.Urls.First()}");
        Console.Out.Flush();

        while (await Console.In.ReadLineAsync() is { } command)
        {
            switch (command.Trim())
            {
                case "stats":
                    Report();
                    break;
                case "gc":
                    // Twice, so objects kept alive only by finalizers are gone too: what remains is what the host holds.
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    Report();
                    break;
                case "quit":
                    await app.StopAsync();
                    return 0;
            }
        }

        await app.StopAsync();
        return 0;
    }

    private static void Report()
    {
        var stats = new HostStats(
            GC.GetTotalAllocatedBytes(precise: true),
            GC.GetTotalMemory(forceFullCollection: false),
            GC.GetGCMemoryInfo().TotalCommittedBytes,
            Environment.WorkingSet,
            GC.CollectionCount(0),
            GC.GetTotalPauseDuration().TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount());
        Console.Out.WriteLine($"{Prefix}STATS {JsonSerializer.Serialize(stats)}");
        Console.Out.Flush();
    }
}

/// <summary>What the host's runtime says about its memory, its collections and its JIT.</summary>
/// <remarks>
/// <c>Collections</c>: Garbage collections of any generation since start-up (a gen1 or gen2 collection counts gen0 too).<br/>
/// <c>GcPauseMilliseconds</c>: Time the runtime has paused the process for them.<br/>
/// <c>JitCompiledMethods</c>: Methods the JIT has compiled, every tier counted; it stops growing once the host is warm.<br/>
/// The last three are null from a compared build that predates them.
/// </remarks>
public sealed record HostStats(long AllocatedBytes, long GcHeapBytes, long GcCommittedBytes, long WorkingSetBytes, long? Collections = null, double? GcPauseMilliseconds = null, long? JitCompiledMethods = null);
