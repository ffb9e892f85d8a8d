using System.Diagnostics;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.Teams;

/// <summary>
/// One headless Debian Chromium for the Playground tests, driven by Playwright. Playwright never downloads a
/// browser here: it is pointed at the installed one (installed by this fixture when missing and running as root).
/// </summary>
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await EnsureChromiumAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(ChromiumPath) || Environment.UserName != "root")
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
