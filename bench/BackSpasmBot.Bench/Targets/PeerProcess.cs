namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// The JavaScript peer (<c>../shared/peer</c>, botbuilder 4.23.3 with botbuilder-dialogs), run from a writable copy
/// with its packages installed by <c>npm install --ignore-scripts</c>, in triage or echo mode.
/// </summary>
public sealed class PeerProcess : IBotTarget
{
    private readonly ChildProcess _child;

    private PeerProcess(string name, bool echo, ChildProcess child, int port)
    {
        Name = name;
        Echo = echo;
        _child = child;
        MessagesUrl = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public string Name { get; }

    public Uri MessagesUrl { get; }

    public bool Echo { get; }

    /// <summary>
    /// Copies the peer to a folder of its own under the temp folder and installs its packages there once; later runs
    /// reuse the copy while its package.json and bot.js are unchanged.
    /// </summary>
    public static async Task<string> PrepareAsync(string source, TextWriter log, CancellationToken cancellationToken)
    {
        var target = Path.Combine(Path.GetTempPath(), "backspasmbot-bench-peer");
        var installed = Path.Combine(target, "node_modules", "botbuilder-dialogs");
        var same = Directory.Exists(installed)
            && new[] { "package.json", "bot.js" }.All(f => File.Exists(Path.Combine(target, f))
                && File.ReadAllText(Path.Combine(target, f)) == File.ReadAllText(Path.Combine(source, f)));
        if (same)
        {
            return target;
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        log.WriteLine($"peer: npm install --ignore-scripts in {target}");
        await using var npm = ChildProcess.Start("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund"], "\u0000", stopsWhenInputCloses: false, workingDirectory: target);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await npm.WaitForExitAsync(timeout.Token);
        if (!Directory.Exists(installed))
        {
            throw new InvalidOperationException($"npm install did not install the peer's packages: {npm.ErrorTail()}");
        }

        return target;
    }

    public static async Task<PeerProcess> StartAsync(string folder, bool echo, CancellationToken cancellationToken)
    {
        var port = ChildProcess.FreePort();
        var child = ChildProcess.Start("node", echo ? ["bot.js", $"{port}", "echo"] : ["bot.js", $"{port}"], "peer listening", stopsWhenInputCloses: false, workingDirectory: folder);
        try
        {
            await child.ReadLineAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return new PeerProcess(echo ? "peer echo (JS SDK)" : "peer triage (JS SDK)", echo, child, port);
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public Task<ProcessSample> SampleAsync(bool collect, CancellationToken cancellationToken) =>
        Task.FromResult(ProcFs.Sample(_child.Id));

    public void ResetPeak() => ProcFs.ResetPeak(_child.Id);

    public Task<StoreSample?> ProbeStoreAsync(string conversationPrefix, CancellationToken cancellationToken) => Task.FromResult<StoreSample?>(null);

    public ValueTask DisposeAsync() => _child.DisposeAsync();
}
