using System.Text.Json;
using BackSpasmBot.Bench.Hosting;

namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// Our host in a child process: this program run as <c>host --bot triage|echo -- &lt;host arguments&gt;</c>.
/// </summary>
/// <remarks>
/// A separate process rather than the driver's own: the host gets its own GC heaps and thread pool as in production,
/// its working set and allocations are its alone (the driver and the sink allocate a lot), and it is measured exactly
/// as the Node.js peer is. The cores are still shared with the driver, as they are for the peer.
/// </remarks>
public sealed class OurHostProcess : IBotTarget
{
    private readonly ChildProcess _child;
    private readonly IStoreProbe? _store;
    private readonly SemaphoreSlim _control = new(1, 1);

    private OurHostProcess(string name, bool echo, ChildProcess child, Uri baseUrl, IStoreProbe? store)
    {
        Name = name;
        Echo = echo;
        _child = child;
        _store = store;
        MessagesUrl = new Uri(baseUrl, "/api/messages");
    }

    /// <summary>
    /// The runtime environment docs/configuration.md ("Runtime") recommends for production, given to every host the
    /// benchmark starts (this build's and a compared build's alike): a 32 MB gen0 budget. The runtime reads it only
    /// from the environment, not from runtimeconfig.json.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ProductionRuntime = new Dictionary<string, string>
    {
        ["DOTNET_GCgen0size"] = "0x2000000",
    };

    public string Name { get; }

    public Uri MessagesUrl { get; }

    public bool Echo { get; }

    /// <param name="name">The row's name in the tables.</param>
    /// <param name="echo">The echo bot instead of the triage.</param>
    /// <param name="hostSettings">Configuration for the host, as command-line settings.</param>
    /// <param name="store">Reads what the host stored, or null.</param>
    /// <param name="program">Another build's benchmark program (<c>--compare</c>); null for this build.</param>
    /// <param name="environment">Environment variables for the host process (<c>--host-env</c>), on top of <see cref="ProductionRuntime"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the host.</param>
    public static async Task<OurHostProcess> StartAsync(string name, bool echo, IEnumerable<string> hostSettings, IStoreProbe? store, CancellationToken cancellationToken, string? program = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell where this program is.");
        var arguments = new List<string>();
        if (program is not null)
        {
            // Run with the same dotnet as this program (its own apphost is not needed).
            arguments.Add(program);
            self = Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
        else if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            arguments.Add(typeof(OurHostProcess).Assembly.Location);
        }

        arguments.AddRange(["host", "--bot", echo ? "echo" : "triage", "--", "--urls", "http://127.0.0.1:0", .. hostSettings]);
        var variables = new Dictionary<string, string>(ProductionRuntime);
        foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
        {
            variables[variable] = value;
        }

        var child = ChildProcess.Start(self, arguments, ChildHost.Prefix, stopsWhenInputCloses: true, environment: variables);
        try
        {
            var ready = await child.ReadLineAsync(TimeSpan.FromSeconds(60), cancellationToken);
            var url = ready[(ready.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            return new OurHostProcess(name, echo, child, new Uri(url), store);
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public async Task<ProcessSample> SampleAsync(bool collect, CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken);
        try
        {
            await _child.WriteLineAsync(collect ? "gc" : "stats");
            var line = await _child.ReadLineAsync(TimeSpan.FromSeconds(30), cancellationToken);
            var stats = JsonSerializer.Deserialize<HostStats>(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])!;
            var runtime = stats is { Collections: { } collections, GcPauseMilliseconds: { } pause, JitCompiledMethods: { } methods }
                ? new RuntimeSample(collections, TimeSpan.FromMilliseconds(pause), methods)
                : null;
            return ProcFs.Sample(_child.Id, stats.AllocatedBytes, stats.GcHeapBytes, runtime);
        }
        finally
        {
            _control.Release();
        }
    }

    public void ResetPeak() => ProcFs.ResetPeak(_child.Id);

    public Task<StoreSample?> ProbeStoreAsync(string conversationPrefix, CancellationToken cancellationToken) =>
        _store is null ? Task.FromResult<StoreSample?>(null) : _store.ProbeAsync(conversationPrefix, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _child.DisposeAsync();
        _control.Dispose();
    }
}
