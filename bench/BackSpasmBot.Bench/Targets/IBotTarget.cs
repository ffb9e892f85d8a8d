namespace BackSpasmBot.Bench.Targets;

/// <summary>A bot the driver can load: where to post, and what its process and store can tell about the cost.</summary>
public interface IBotTarget : IAsyncDisposable
{
    /// <summary>A short name for the table, e.g. "ours triage SQLite".</summary>
    string Name { get; }

    Uri MessagesUrl { get; }

    /// <summary>True for the echo baselines (the driver plays echo conversations).</summary>
    bool Echo { get; }

    /// <summary>The process's CPU and memory now; <paramref name="collect"/> runs a full GC first where possible.</summary>
    Task<ProcessSample> SampleAsync(bool collect, CancellationToken cancellationToken);

    /// <summary>Starts a new peak-working-set window.</summary>
    void ResetPeak();

    /// <summary>What the store holds per conversation of one run, when the target has a store the benchmark can read.</summary>
    Task<StoreSample?> ProbeStoreAsync(string conversationPrefix, CancellationToken cancellationToken);
}

/// <remarks>
/// <c>AllocatedBytes</c>: Bytes the .NET host has allocated since it started (null for non-.NET processes).<br/>
/// <c>GcHeapBytes</c>: Bytes live on the GC heap (after a full GC when one was asked for).<br/>
/// <c>Runtime</c>: The .NET host's collections and JIT, when it reports them.<br/>
/// </remarks>
public sealed record ProcessSample(TimeSpan CpuTime, long WorkingSetBytes, long PeakWorkingSetBytes, long? AllocatedBytes, long? GcHeapBytes, RuntimeSample? Runtime = null);

/// <remarks>
/// <c>Collections</c>: Garbage collections since start-up, every generation.<br/>
/// <c>GcPause</c>: Time the process was paused for them.<br/>
/// <c>JitCompiledMethods</c>: Methods compiled by the JIT since start-up, every tier.<br/>
/// </remarks>
public sealed record RuntimeSample(long Collections, TimeSpan GcPause, long JitCompiledMethods);

/// <remarks>
/// <c>Documents</c>: Documents in the store.<br/>
/// <c>AverageBytes</c>: Mean size of a conversation's stored state: key, eTag and JSON document.<br/>
/// <c>MaxBytes</c>: The largest.<br/>
/// </remarks>
public sealed record StoreSample(long Documents, double AverageBytes, long MaxBytes, string HowMeasured);
