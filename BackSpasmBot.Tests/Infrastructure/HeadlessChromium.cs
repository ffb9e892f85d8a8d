using Microsoft.Playwright;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright. Playwright never downloads a browser here: it is pointed at the
/// installed one: Debian's package, installed by .ci/run, or by the first browser test when it runs as root.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that work on these machines (no sandbox as root; no background calls to a closed network).</summary>
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        await DebianPackages.EnsureAsync(ExecutablePath, "chromium");
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Flags });
    }
}
