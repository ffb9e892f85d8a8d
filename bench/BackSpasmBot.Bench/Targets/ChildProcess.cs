using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace BackSpasmBot.Bench.Targets;

/// <summary>
/// A process the benchmark started and owns: its stdout is read line by line (lines with a given prefix are kept for
/// the caller), the tail of stderr is kept for error messages, and disposing kills it and only it.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly Queue<string> _errors = new();
    private readonly string _keepPrefix;
    private readonly bool _stopsWhenInputCloses;

    private ChildProcess(Process process, string keepPrefix, bool stopsWhenInputCloses)
    {
        _process = process;
        _keepPrefix = keepPrefix;
        _stopsWhenInputCloses = stopsWhenInputCloses;
    }

    public int Id => _process.Id;

    /// <remarks>
    /// <c>stopsWhenInputCloses</c>: True when closing stdin asks the process to stop; otherwise it is killed.<br/>
    /// <c>environment</c>: Variables set for the process, beside those it inherits.<br/>
    /// </remarks>
    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string keepPrefix, bool stopsWhenInputCloses, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var child = new ChildProcess(process, keepPrefix, stopsWhenInputCloses);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child._lines.Writer.TryComplete();
            }
            else if (e.Data.StartsWith(child._keepPrefix, StringComparison.Ordinal))
            {
                child._lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (child._errors)
            {
                child._errors.Enqueue(e.Data);
                if (child._errors.Count > 30)
                {
                    child._errors.Dequeue();
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The next kept line, or an error with the tail of stderr if the process ends or time runs out.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            return await _lines.Reader.ReadAsync(cts.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"{_process.StartInfo.FileName} gave no answer{(_process.HasExited ? $" and exited with {_process.ExitCode}" : string.Empty)}: {ErrorTail()}");
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public string ErrorTail()
    {
        lock (_errors)
        {
            return string.Join(Environment.NewLine, _errors);
        }
    }

    /// <summary>A loopback port nobody is listening on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts TCP connections on the port.</summary>
    public static async Task WaitForPortAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (waited.Elapsed < timeout)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited && !_stopsWhenInputCloses)
            {
                _process.Kill();
            }

            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await _process.WaitForExitAsync(cts.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill();
                    await _process.WaitForExitAsync(CancellationToken.None);
                }
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}
