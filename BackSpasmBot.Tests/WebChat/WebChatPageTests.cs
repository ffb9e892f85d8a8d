using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>The Web Chat page in a real browser, over the built-in Direct Line's WebSocket stream and over polling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    // Web Chat renders apostrophes typographically, so the check avoids them.
    private const string Welcome = "automated helper for back spasms";
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string Activities = ".webchat__basic-transcript__activity";
    private const string SuggestedActions = ".webchat__suggested-actions button";

    public static TheoryData<string> Transports => new() { "websocket", "polling" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task LoadsThePageAndGetsTheWelcome(string transport)
    {
        var page = await OpenAsync(transport, out var sockets);

        await Assertions.Expect(Bubble(page, Welcome)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(SendBox)).ToBeEditableAsync();
        Assert.Equal(transport == "websocket" ? 1 : 0, sockets.Count);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CompletesASelfCareTriageByClickingButtonsAndTyping(string transport)
    {
        var page = await OpenAsync(transport, out _);
        await Assertions.Expect(Bubble(page, Welcome)).ToBeVisibleAsync();

        await TypeAsync(page, "My back went into spasm when I lifted a box");
        var clicked = 0;
        for (var turn = 0; turn < 40 && await OutcomeAsync(page) is null; turn++)
        {
            var buttons = await page.Locator(SuggestedActions).AllInnerTextsAsync();
            var choice = new[] { "No", "None of these", "Back ache", "Lifting", "1–2 days" }.FirstOrDefault(buttons.Contains);
            if (choice is not null)
            {
                await ActAsync(page, () => page.Locator(SuggestedActions).GetByText(choice, new() { Exact = true }).ClickAsync());
                clicked++;
            }
            else
            {
                var lastBot = await page.Locator(Activities).Last.InnerTextAsync();
                await TypeAsync(page, lastBot.Contains("old", StringComparison.OrdinalIgnoreCase) || lastBot.Contains("age", StringComparison.OrdinalIgnoreCase) ? "34" : "no");
            }
        }

        Assert.Equal("selfcare", await OutcomeAsync(page));
        Assert.True(clicked >= 5, $"only {clicked} buttons were clicked");
        await Assertions.Expect(page.Locator("#urgent-banner")).ToBeHiddenAsync();
        Assert.Empty(await CspViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CompletesAnEmergencyTriageAndShowsTheBannerWithATelLink(string transport)
    {
        var page = await OpenAsync(transport, out _);
        await Assertions.Expect(Bubble(page, Welcome)).ToBeVisibleAsync();

        await TypeAsync(page, "My back hurts");
        await ActAsync(page, () => page.Locator(SuggestedActions).GetByText("Yes", new() { Exact = true }).ClickAsync());

        await Assertions.Expect(Bubble(page, "cauda equina syndrome")).ToBeVisibleAsync();
        var banner = page.Locator("#urgent-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(banner).ToContainTextAsync("999");
        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = "Call 999" })).ToHaveAttributeAsync("href", "tel:999");
        Assert.Equal("emergency", await OutcomeAsync(page));
        Assert.Empty(await CspViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePageRunsUnderItsContentSecurityPolicyAndTheBrowserEnforcesIt()
    {
        var page = await OpenAsync("websocket", out _);
        await Assertions.Expect(Bubble(page, Welcome)).ToBeVisibleAsync();
        await TypeAsync(page, "My back hurts");
        Assert.Empty(await CspViolationsAsync(page));

        // What the policy forbids is really refused, and reported: an injected inline script and a foreign image.
        await page.EvaluateAsync("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.__injected = true';
                document.body.appendChild(script);
                new Image().src = 'https://tracker.example/pixel.png';
            }
            """);
        await page.WaitForFunctionAsync("() => window.__cspViolations.length >= 2");

        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__injected"));
        Assert.Equal(["img-src", "script-src-elem"], (await CspViolationsAsync(page)).Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }

    private Task<IPage> OpenAsync(string transport, out List<string> sockets)
    {
        var opened = new List<string>();
        sockets = opened;
        return OpenPageAsync(transport, opened);
    }

    private async Task<IPage> OpenPageAsync(string transport, List<string> sockets)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.effectiveDirective));
            """);
        var query = transport == "polling" ? "?transport=polling" : string.Empty;
        await page.GotoAsync(new Uri(browser.Host.BaseAddress, "/" + query).ToString());
        return page;
    }

    private static Task TypeAsync(IPage page, string text) => ActAsync(page, async () =>
    {
        await page.Locator(SendBox).FillAsync(text);
        await page.Locator(SendBox).PressAsync("Enter");
    });

    /// <summary>Does something that sends a message, then waits for its echo and the bot's answer to be shown.</summary>
    private static async Task ActAsync(IPage page, Func<Task> action)
    {
        var before = await page.Locator(Activities).CountAsync();
        await action();
        await Assertions.Expect(page.Locator(Activities)).Not.ToHaveCountAsync(before);
        await Assertions.Expect(page.Locator(Activities).Nth(before + 1)).ToBeAttachedAsync();
        await page.WaitForTimeoutAsync(300);
    }

    /// <summary>A message bubble as shown (Web Chat also keeps hidden copies of each message for screen readers).</summary>
    private static ILocator Bubble(IPage page, string text) =>
        page.Locator(".webchat__bubble__content").Filter(new() { HasText = text }).First;

    /// <summary>The directives the page has violated so far, as the browser reported them to the page.</summary>
    private static async Task<string[]> CspViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__cspViolations");

    private static Task<string?> OutcomeAsync(IPage page) => page.Locator("body").GetAttributeAsync("data-triage-outcome");
}
