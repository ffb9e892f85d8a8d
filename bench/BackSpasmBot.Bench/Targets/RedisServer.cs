namespace BackSpasmBot.Bench.Targets;

/// <summary>A throw-away redis-server on a free loopback port (no persistence), when one is installed.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ChildProcess _child;
    private readonly string _folder;

    private RedisServer(ChildProcess child, string folder, int port)
    {
        _child = child;
        _folder = folder;
        Configuration = $"127.0.0.1:{port}";
    }

    public string Configuration { get; }

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    public static async Task<RedisServer> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var port = ChildProcess.FreePort();
        var folder = Directory.CreateTempSubdirectory("backspasmbot-bench-redis-").FullName;
        var child = ChildProcess.Start(
            executable,
            ["--port", $"{port}", "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", folder],
            "\u0000",
            stopsWhenInputCloses: false);
        try
        {
            await ChildProcess.WaitForPortAsync(port, TimeSpan.FromSeconds(15), cancellationToken);
            return new RedisServer(child, folder, port);
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _child.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
