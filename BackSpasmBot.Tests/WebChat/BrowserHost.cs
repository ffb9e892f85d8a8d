using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The real host with the built-in Direct Line, and one headless Debian Chromium driven by Playwright for a whole
/// test class. Playwright never downloads a browser here: it is pointed at the installed one.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    /// <summary>The phone the page is designed for first.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;

    public BotTestHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri PageAddress(string transport) => new(Host.BaseAddress, transport == "polling" ? "/?transport=polling" : "/");

    public async Task InitializeAsync()
    {
        Host = await StartHostAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>Starts the host as this fixture wants it; <paramref name="settings"/> come after the fixture's own.</summary>
    public virtual Task<BotTestHost> StartHostAsync(params string[] settings) =>
        BotTestHost.StartAsync(null, ["--DirectLine:Enabled=true", .. settings]);

    /// <summary>A fresh tab (own cookies and storage), by default in a British locale, so the emergency number is 999.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, ReducedMotion reducedMotion = ReducedMotion.NoPreference, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = viewport ?? Phone, ReducedMotion = reducedMotion });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        return page;
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

/// <summary>The same, with a clock the tests move: tokens and conversations can expire without waiting for them.</summary>
public sealed class ClockedBrowserHost : BrowserHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public override Task<BotTestHost> StartHostAsync(params string[] settings) =>
        BotTestHost.StartAsync(builder => builder.Services.AddSingleton<TimeProvider>(Clock), ["--DirectLine:Enabled=true", .. settings]);
}
