using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.Teams;

/// <summary>
/// One headless Debian Chromium for the Playground tests, driven by Playwright. Playwright never downloads a
/// browser here: it is pointed at the installed one (see HeadlessChromium).
/// </summary>
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
