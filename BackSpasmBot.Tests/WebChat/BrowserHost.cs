using System.Diagnostics;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The real host with the built-in Direct Line, and one headless Debian Chromium driven by Playwright for a whole
/// test class. Playwright never downloads a browser here: it is pointed at the installed one.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BotTestHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await EnsureChromiumAsync();
        Host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own cookies and storage) in a British locale, so the emergency number is 999.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 412, Height = 915 } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>A fresh machine may lack Chromium: install Debian's package when running as root (CI's .ci/run does too).</summary>
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
