using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The real host with the built-in Direct Line, and one headless Debian Chromium driven by Playwright for a whole
/// test class. Playwright never downloads a browser here: it is pointed at the installed one.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BotTestHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await BotTestHost.StartAsync(null, "--DirectLine:Enabled=true");
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
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
}
