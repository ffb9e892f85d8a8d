using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Teams;

/// <summary>
/// Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), started for one test against the real host:
/// a Teams look-alike UI plus a mocked connector. It is told not to open a browser (TEAMSAPPTESTER_BROWSER=none) and
/// writes its log to devTools/ in a temporary working folder. Disposing kills it and its children.
/// </summary>
public sealed partial class AgentsPlayground : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workingFolder;

    private AgentsPlayground(Process process, string workingFolder)
    {
        _process = process;
        _workingFolder = workingFolder;
    }

    public static string ToolsFolder => Path.Combine(RepositoryFiles.RepositoryRoot, "BackSpasmBot.Tests", "Teams", "tools");

    public Uri Address { get; private set; } = null!;

    /// <summary>What it printed, and its log file, for failure messages.</summary>
    public string Diagnostics
    {
        get
        {
            var log = Path.Combine(_workingFolder, "devTools", "m365agentsplayground.log");
            lock (_output)
            {
                return _output + (File.Exists(log) ? File.ReadAllText(log) : string.Empty);
            }
        }
    }

    /// <summary>Starts it on a free port and waits for "Listening on &lt;port&gt;".</summary>
    public static async Task<AgentsPlayground> StartAsync(Uri botBaseAddress, string channelId)
    {
        var executable = Path.Combine(ToolsFolder, "node_modules", ".bin", "agentsplayground");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed: run `npm ci` in {ToolsFolder} (the test build does this).");
        }

        var workingFolder = Directory.CreateTempSubdirectory("playground-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-e", new Uri(botBaseAddress, "/api/messages").AbsoluteUri, "-c", channelId, "-p", "0", "--disable-telemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";

        var playground = new AgentsPlayground(Process.Start(start)!, workingFolder);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (playground._output)
            {
                playground._output.AppendLine(e.Data);
            }

            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        playground._process.OutputDataReceived += OnLine;
        playground._process.ErrorDataReceived += OnLine;
        playground._process.BeginOutputReadLine();
        playground._process.BeginErrorReadLine();

        var exited = playground._process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            var diagnostics = playground.Diagnostics;
            playground.Dispose();
            throw new InvalidOperationException($"The Agents Playground did not start listening:\n{diagnostics}");
        }

        playground.Address = new Uri($"http://127.0.0.1:{await listening.Task}/");
        return playground;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workingFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed: the temporary folder is left for the OS to clean.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
