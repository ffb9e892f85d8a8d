using BackSpasmBot.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The page for someone who uses a keyboard, a screen reader, large text, a small phone or reduced motion: what an
/// automated audit checks (axe, WCAG 2.0 to 2.2 A and AA), and what it cannot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatAccessibilityTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    private const string Opening = "My back went into spasm when I lifted a box";

    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Stands in for the print window, which a headless browser does not open.</summary>
    private const string PrintRecorder = "window.__printed = 0; window.print = () => { window.__printed++; };";

    [Fact]
    public async Task AKeyboardAloneCompletesATriageWithFocusAlwaysVisibleAndSavesThePlan()
    {
        var chat = await OpenAsync(extraScript: PrintRecorder);
        var keyboard = chat.Page.Keyboard;

        // As a keyboard user arrives: the skip link first, then on into the chat.
        await keyboard.PressAsync("Tab");
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to the chat" })).ToBeFocusedAsync();
        await AssertFocusRingAsync(chat.Page);
        await keyboard.PressAsync("Enter");
        await MoveFocusUntilAsync(chat.Page, "Tab", WebChatPage.SendBox);

        await chat.ActAsync(async () =>
        {
            await keyboard.TypeAsync(Opening);
            await keyboard.PressAsync("Enter");
        });

        for (var turn = 0; turn < 40 && await chat.OutcomeAsync() is null; turn++)
        {
            // When a question arrives, focus is in the send box; its answers are just before it.
            await Assertions.Expect(chat.Page.Locator(WebChatPage.SendBox)).ToBeFocusedAsync();
            var choice = WebChatPage.SelfCareChoices.FirstOrDefault((await chat.ChoicesAsync()).Contains);
            if (choice is null)
            {
                var lastBot = await chat.Page.Locator(WebChatPage.Activities).Last.InnerTextAsync();
                await chat.ActAsync(async () =>
                {
                    await keyboard.TypeAsync(lastBot.Contains("old", StringComparison.OrdinalIgnoreCase) ? "34" : "no");
                    await keyboard.PressAsync("Enter");
                });
                continue;
            }

            await MoveFocusUntilAsync(chat.Page, "Shift+Tab", WebChatPage.SuggestedActions);
            for (var step = 0; step < 10 && await FocusedTextAsync(chat.Page) != choice; step++)
            {
                await keyboard.PressAsync("ArrowRight");
                await AssertFocusRingAsync(chat.Page);
            }

            Assert.Equal(choice, await FocusedTextAsync(chat.Page));
            await chat.ActAsync(() => keyboard.PressAsync("Enter"));
        }

        Assert.Equal("selfcare", await chat.OutcomeAsync());
        await MoveFocusUntilAsync(chat.Page, "Shift+Tab", "#save-plan");
        await keyboard.PressAsync("Enter");
        await chat.Page.WaitForFunctionAsync("() => window.__printed === 1");
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewBotMessagesAreAnnouncedAndTheEmergencyBannerOnceAssertively()
    {
        var chat = await OpenAsync();
        await chat.TypeAsync("My back hurts");
        var question = (await chat.BubbleTextsAsync())[^1];
        Assert.Contains(await chat.AnnouncedAsync(), a => a.Politeness == "polite" && a.Text.Contains(question[..30], StringComparison.Ordinal));

        await chat.ChooseAsync("Yes");
        await Assertions.Expect(chat.Page.Locator("#urgent-banner")).ToBeVisibleAsync();
        var assertive = (await chat.AnnouncedAsync()).Where(a => a.Politeness == "assertive").ToArray();
        Assert.Single(assertive);
        Assert.Contains("Call 999", assertive[0].Text, StringComparison.Ordinal);
        await AssertNoAxeViolationsAsync(chat.Page, "at the emergency banner");

        // Back after a reload the banner is still there, but it is history: not shouted again.
        await chat.Page.ReloadAsync();
        await chat.WaitForWelcomeAsync();
        await Assertions.Expect(chat.Page.Locator("#urgent-banner")).ToBeVisibleAsync();
        Assert.DoesNotContain(await chat.AnnouncedAsync(), a => a.Politeness == "assertive");
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AxeFindsNoViolationsAtTheWelcomeAtAQuestionAndAtAnOutcome()
    {
        var chat = await OpenAsync();
        await AssertNoAxeViolationsAsync(chat.Page, "after the welcome");

        await chat.TypeAsync(Opening);
        await Assertions.Expect(chat.Page.Locator(WebChatPage.SuggestedActions).First).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(chat.Page, "at a question");

        await chat.AnswerUntilOutcomeAsync(chat.ChooseAsync, chat.TypeAsync);
        Assert.Equal("selfcare", await chat.OutcomeAsync());
        await AssertNoAxeViolationsAsync(chat.Page, "at a self-care outcome");
        await chat.Page.Context.CloseAsync();
    }

    public static TheoryData<int, int, int> Layouts => new()
    {
        { 390, 844, 100 },
        { 320, 640, 100 },
        { 390, 844, 200 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task TheChatReflowsWithoutSidewaysScrollingOrOverlapAndEveryTargetIsAtLeast24Px(int width, int height, int textPercent)
    {
        var chat = await OpenAsync(new ViewportSize { Width = width, Height = height });

        // A phone's larger-text setting scales the root font size; the page and Web Chat are sized from it.
        await chat.Page.AddStyleTagAsync(new() { Content = $"html {{ font-size: {textPercent}% !important; }}" });
        await chat.TypeAsync(Opening);
        await Assertions.Expect(chat.Page.Locator(WebChatPage.SuggestedActions).First).ToBeVisibleAsync();

        var layout = await chat.Page.EvaluateAsync<PageLayout>("""
            () => {
                const inLiveRegion = e => !!e.closest('.webchat__live-region-transcript');
                const targets = Array.from(document.querySelectorAll('a[href], button, input, textarea, select'))
                    .filter(e => !inLiveRegion(e) && e.getClientRects().length > 0)
                    .map(e => ({ name: (e.getAttribute('aria-label') || e.textContent || e.className).trim().slice(0, 40), box: e.getBoundingClientRect() }))
                    .filter(t => t.box.width > 0 && t.box.height > 0);
                const visible = ['#start-again', "[data-id='webchat-sendbox-input']", '.webchat__suggested-actions button', '#footer-call']
                    .flatMap(s => Array.from(document.querySelectorAll(s)));
                return {
                    scrollWidth: document.scrollingElement.scrollWidth,
                    viewportWidth: document.documentElement.clientWidth,
                    smallTargets: targets.filter(t => t.box.width < 24 || t.box.height < 24).map(t => `${t.name} ${Math.round(t.box.width)}x${Math.round(t.box.height)}`),
                    cutOff: visible.filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > document.documentElement.clientWidth; }).map(e => e.textContent.trim().slice(0, 40) || e.tagName),
                    chatBottom: document.getElementById('chat').getBoundingClientRect().bottom,
                    footerTop: document.querySelector('.site-footer').getBoundingClientRect().top,
                };
            }
            """);

        Assert.True(layout.ScrollWidth <= layout.ViewportWidth, $"the page scrolls sideways: {layout.ScrollWidth} px wide in {layout.ViewportWidth}");
        Assert.Empty(layout.SmallTargets);
        Assert.Empty(layout.CutOff);
        Assert.True(layout.ChatBottom <= layout.FooterTop + 0.5, $"the chat ({layout.ChatBottom}) runs under the footer ({layout.FooterTop})");
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReducedMotionStopsAnimationsAndTransitions()
    {
        const string Probe = """
            () => {
                const style = document.createElement('style');
                style.textContent = '@keyframes probe { from { opacity: 0 } to { opacity: 1 } } #probe { animation: probe 2s infinite; transition: color 2s; }';
                document.head.appendChild(style);
                const probe = document.body.appendChild(document.createElement('div'));
                probe.id = 'probe';
                const s = getComputedStyle(probe);
                return [parseFloat(s.animationDuration), parseFloat(s.transitionDuration)];
            }
            """;
        var moving = await OpenAsync();
        var still = await OpenAsync(reducedMotion: ReducedMotion.Reduce);

        var normally = await moving.Page.EvaluateAsync<double[]>(Probe);
        var reduced = await still.Page.EvaluateAsync<double[]>(Probe);

        Assert.Equal([2, 2], normally);
        Assert.All(reduced, seconds => Assert.True(seconds < 0.001, $"{seconds}s"));
        await moving.Page.Context.CloseAsync();
        await still.Page.Context.CloseAsync();
    }

    private async Task<WebChatPage> OpenAsync(ViewportSize? viewport = null, ReducedMotion reducedMotion = ReducedMotion.NoPreference, string extraScript = "")
    {
        var page = await browser.NewPageAsync(viewport, reducedMotion);
        await page.AddInitScriptAsync(WebChatPage.AnnouncementRecorder + extraScript);
        await page.GotoAsync(browser.PageAddress("websocket").ToString());
        var chat = new WebChatPage(page);
        await chat.WaitForWelcomeAsync();
        return chat;
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string when)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var violations = result.Violations.Select(v => $"{v.Id} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.True(result.Violations.Length == 0, $"axe {when}: " + string.Join("; ", violations));
    }

    /// <summary>Presses <paramref name="key"/> until focus is on an element matching <paramref name="selector"/>, checking the focus ring at every stop.</summary>
    private static async Task MoveFocusUntilAsync(IPage page, string key, string selector)
    {
        for (var step = 0; step < 25; step++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync(key);
            await AssertFocusRingAsync(page);
        }

        Assert.Fail($"{key} never reached {selector}");
    }

    private static Task<string> FocusedTextAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    /// <summary>The focused element shows a ring at least 2 px wide.</summary>
    private static async Task AssertFocusRingAsync(IPage page)
    {
        var ring = await page.EvaluateAsync<string[]>("""
            () => {
                const e = document.activeElement;
                if (!e || e === document.body) return null;
                const s = getComputedStyle(e);
                return [e.tagName + '.' + e.className, s.outlineStyle, s.outlineWidth];
            }
            """);
        if (ring is null)
        {
            return; // focus has left the page's controls (past the last one), as Tab does
        }

        Assert.True(ring[1] != "none" && double.Parse(ring[2].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"no visible focus on {ring[0]}: outline {ring[1]} {ring[2]}");
    }

    private sealed class PageLayout
    {
        public double ScrollWidth { get; set; }

        public double ViewportWidth { get; set; }

        public string[] SmallTargets { get; set; } = [];

        public string[] CutOff { get; set; } = [];

        public double ChatBottom { get; set; }

        public double FooterTop { get; set; }
    }
}
