using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// A throw-away redis-server on a free loopback port, for the benchmark and the tests: no snapshots, and by default no
/// persistence either. It can be stopped and started again on the same port (the tests' outages), and it never
/// outlives the process that started it, even one that is killed before it can clean up.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly bool _persistent;
    private Process? _watchdog;

    private RedisServer(string endpoint, int port, string? directory, bool persistent)
    {
        Endpoint = endpoint;
        Port = port;
        _directory = directory;
        _persistent = persistent;
    }

    /// <summary>host:port, usable as a StackExchange.Redis configuration string.</summary>
    public string Endpoint { get; }

    public int Port { get; }

    /// <summary>A configuration string that fails fast while the server is down, so outage tests stay quick.</summary>
    public string Configuration => $"{Endpoint},connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000";

    /// <summary>redis-server's path, or null when it is not installed.</summary>
    public static string? FindExecutable() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>A Redis someone else runs: this never starts or stops it.</summary>
    public static RedisServer Running(string endpoint) => new(endpoint, 0, null, persistent: false);

    /// <summary>
    /// Starts a redis-server of the caller's own on a free loopback port. A persistent one keeps its data across
    /// <see cref="StopAsync"/> and <see cref="StartAsync"/> (an append-only file synced on every write), as a
    /// production Redis would across a restart.
    /// </summary>
    public static async Task<RedisServer> StartNewAsync(bool persistent = false, CancellationToken cancellationToken = default)
    {
        var port = ChildProcess.FreePort();
        var server = new RedisServer($"127.0.0.1:{port}", port, Directory.CreateTempSubdirectory("backspasmbot-redis-").FullName, persistent);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts (again) on the same port.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_directory is null || _watchdog is { HasExited: false })
        {
            return;
        }

        var executable = FindExecutable() ?? throw new InvalidOperationException(
            "redis-server is not installed: install Debian's redis-server package (apt-get install redis-server).");
        var redis = $"'{executable}' --port {Port} --bind 127.0.0.1 --save '' --dir '{_directory}' " +
            (_persistent ? "--appendonly yes --appendfsync always" : "--appendonly no");

        // Through a small shell that stops redis-server as soon as this process is gone.
        var watchdog = $"{redis} & r=$!; trap 'kill $r 2>/dev/null' EXIT TERM; " +
            $"while kill -0 {Environment.ProcessId} 2>/dev/null && kill -0 $r 2>/dev/null; do sleep 1; done";
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(watchdog);

        _watchdog = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _watchdog.OutputDataReceived += (_, _) => { };
        _watchdog.ErrorDataReceived += (_, _) => { };
        _watchdog.BeginOutputReadLine();
        _watchdog.BeginErrorReadLine();
        await WaitUntilListeningAsync(cancellationToken);
    }

    /// <summary>Stops the server at once, as a crash or an outage would.</summary>
    public async Task StopAsync()
    {
        if (_watchdog is null)
        {
            return;
        }

        if (!_watchdog.HasExited)
        {
            _watchdog.Kill(entireProcessTree: true);
            await _watchdog.WaitForExitAsync();
        }

        _watchdog.Dispose();
        _watchdog = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_watchdog!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_watchdog.ExitCode} on port {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port} within 10 s.");
    }
}
