using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// A real redis-server for tests. <see cref="Shared"/> is the one CI starts (BACKSPASMBOT_TEST_REDIS), or else one
/// this test run starts on a free port and stops at exit. <see cref="StartPrivateAsync"/> starts one a test owns
/// (for outages: stop it, start it again on the same port).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "BACKSPASMBOT_TEST_REDIS";

    private static readonly Lazy<Task<RedisServer>> SharedServer = new(StartSharedAsync);

    private readonly string? _directory;
    private Process? _process;

    private readonly bool _persistent;

    private RedisServer(string endpoint, int port, string? directory, bool persistent = false)
    {
        _persistent = persistent;
        Endpoint = endpoint;
        Port = port;
        _directory = directory;
    }

    /// <summary>host:port, usable as a StackExchange.Redis configuration string.</summary>
    public string Endpoint { get; }

    public int Port { get; }

    /// <summary>A configuration string that fails fast while the server is down, so outage tests stay quick.</summary>
    public string Configuration => $"{Endpoint},connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000";

    /// <summary>The Redis shared by the whole test run.</summary>
    public static Task<RedisServer> Shared => SharedServer.Value;

    /// <summary>A key prefix no other test uses, so that tests sharing one Redis never meet.</summary>
    public static string UniquePrefix() => $"test:{Guid.NewGuid():N}:";

    /// <summary>Starts a redis-server of the test's own on a free loopback port.</summary>
    /// <param name="persistent">
    /// Keep the data across <see cref="StopAsync"/> and <see cref="StartAsync"/> (an append-only file synced on every
    /// write), as a production Redis would across a restart.
    /// </param>
    public static async Task<RedisServer> StartPrivateAsync(bool persistent = false)
    {
        var port = FreePort();
        var server = new RedisServer($"127.0.0.1:{port}", port, Directory.CreateTempSubdirectory("backspasmbot-redis-").FullName, persistent);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        if (FindBinary() is null)
        {
            await DebianPackages.EnsureAsync("/usr/bin/redis-server", "redis-server");
        }

        var binary = FindBinary() ?? throw new InvalidOperationException(
            "redis-server is not installed. Install Debian's redis-server package (apt-get install redis-server), or set " +
            $"{EnvironmentVariable}=host:port to use a running Redis.");
        // Through a small shell that stops redis-server when this test process is gone, even if it is killed
        // before it can clean up, so that no server outlives the test run.
        var redis = $"'{binary}' --port {Port} --bind 127.0.0.1 --save '' --dir '{_directory}' " +
            (_persistent ? "--appendonly yes --appendfsync always" : "--appendonly no");
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

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    /// <summary>Stops the server at once, as a crash or an outage would.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
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

    private static async Task<RedisServer> StartSharedAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new RedisServer(configured.Trim(), 0, null);
        }

        var server = await StartPrivateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private static string? FindBinary() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port} within 10 s.");
    }
}
