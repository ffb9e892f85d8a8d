using System.Diagnostics;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Installs a Debian package that a test needs, the first time a test needs it, so that `dotnet test` works on a
/// fresh machine without a package install in every build. Only as root with apt-get; otherwise the caller's own
/// "not installed" message says what to install. One install at a time, and each package is tried once per run.
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly HashSet<string> Tried = new(StringComparer.Ordinal);

    /// <summary>Installs <paramref name="package"/> when <paramref name="executable"/> is missing. Never throws.</summary>
    public static async Task EnsureAsync(string executable, string package)
    {
        if (File.Exists(executable) || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return;
        }

        await OneAtATime.WaitAsync();
        try
        {
            if (File.Exists(executable) || !Tried.Add(package))
            {
                return;
            }

            await RunAsync("apt-get update -qq");
            await RunAsync($"DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends {package}");
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task RunAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardOutput = true })!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
    }
}
