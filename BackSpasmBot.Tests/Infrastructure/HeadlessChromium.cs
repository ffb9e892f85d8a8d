using System.Diagnostics;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright. Playwright never downloads a browser here: it is pointed at the
/// installed one, which a fresh machine gets from Debian's package when the tests run as root (CI's .ci/run does too).
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that work on these machines (no sandbox as root; no background calls to a closed network).</summary>
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        await EnsureInstalledAsync();
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Flags });
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath) || Environment.UserName != "root")
        {
            return;
        }

        foreach (var command in new[] { "apt-get update -qq", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium" })
        {
            using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]))!;
            await process.WaitForExitAsync();
        }
    }
}
