using System.Security.Cryptography;

namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// The JavaScript peer (<c>bench/peer</c>: botbuilder 4.23.3 with botbuilder-dialogs), run from a writable copy with
/// its packages installed by <c>npm ci</c>, in triage or echo mode.
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

    /// <summary><c>bench/peer</c> in the repository this program was built from, or null when it is not there.</summary>
    public static string? DefaultSource()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackSpasmBot.sln")))
            {
                var peer = Path.Combine(dir.FullName, "bench", "peer");
                return File.Exists(Path.Combine(peer, "bot.js")) ? peer : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Copies the peer's files to a temp folder named after their contents and installs its packages there, so the
    /// repository stays clean and later runs of the same peer reuse the install. The install goes to a folder of its
    /// own first and is then renamed into place, so that a run that fails or races another never leaves half a copy.
    /// </summary>
    public static async Task<string> PrepareAsync(string source, TextWriter log, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(source).Order(StringComparer.Ordinal).ToArray();
        var target = Path.Combine(Path.GetTempPath(), $"backspasmbot-bench-peer-{Fingerprint(files)}");
        if (IsInstalled(target))
        {
            return target;
        }

        var staging = $"{target}-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        // --ignore-scripts: botbuilder-dialogs' install script only prunes duplicate copies of its text recognizers,
        // through `npx rimraf`, which npx would have to download; the prompts work the same without it.
        log.WriteLine($"peer: npm ci --ignore-scripts in {staging}");
        await using var npm = ChildProcess.Start("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], "\u0000", stopsWhenInputCloses: false, workingDirectory: staging);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await npm.WaitForExitAsync(timeout.Token);
        if (!IsInstalled(staging))
        {
            throw new InvalidOperationException($"npm ci did not install the peer's packages: {npm.ErrorTail()}");
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (IsInstalled(target))
        {
            Directory.Delete(staging, recursive: true);
        }

        return target;
    }

    private static bool IsInstalled(string folder) => Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder-dialogs"));

    private static string Fingerprint(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
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
