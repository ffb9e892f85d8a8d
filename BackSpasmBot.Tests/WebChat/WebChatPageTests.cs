using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>The Web Chat page in a real browser, over the built-in Direct Line's WebSocket stream and over polling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    public static TheoryData<string> Transports => new() { "websocket", "polling" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task LoadsThePageAndGetsTheWelcome(string transport)
    {
        var (chat, sockets) = await OpenAsync(transport);

        await Assertions.Expect(chat.Bubble(WebChatPage.Welcome)).ToBeVisibleAsync();
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Assertions.Expect(chat.Page.Locator(WebChatPage.SendBox)).ToBeEditableAsync();
        Assert.Equal(transport == "websocket" ? 1 : 0, sockets.Count);
        await chat.Page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CompletesASelfCareTriageByClickingButtonsAndTypingAndPrintsThePlanAlone(string transport)
    {
        var (chat, _) = await OpenAsync(transport);
        await chat.WaitForWelcomeAsync();

        await chat.TypeAsync("My back went into spasm when I lifted a box");
        var clicked = 0;
        await chat.AnswerUntilOutcomeAsync(choice => { clicked++; return chat.ChooseAsync(choice); }, chat.TypeAsync);

        Assert.Equal("selfcare", await chat.OutcomeAsync());
        Assert.True(clicked >= 5, $"only {clicked} buttons were clicked");
        await Assertions.Expect(chat.Page.Locator("#urgent-banner")).ToBeHiddenAsync();
        Assert.Empty(await CspViolationsAsync(chat.Page));

        // Save my plan opens the print window, which prints the plan alone: the outcome's advice as a dated list.
        await chat.SaveMyPlan.ClickAsync();
        await chat.Page.WaitForFunctionAsync("() => window.__printed === 1");
        await chat.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var plan = chat.Page.Locator("#printable-plan");
        await Assertions.Expect(plan).ToBeVisibleAsync();
        await Assertions.Expect(chat.Page.Locator("#chat")).ToBeHiddenAsync();
        await Assertions.Expect(chat.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(plan.GetByRole(AriaRole.Heading, new() { Name = "My back pain plan" })).ToBeVisibleAsync();
        await Assertions.Expect(plan.Locator("#plan-date")).ToContainTextAsync("Saved on");
        Assert.True(await plan.Locator("li").CountAsync() >= 5);
        // Web Chat shows apostrophes typographically; the printed plan keeps the bot's own.
        var outcome = (await chat.BubbleTextsAsync())[^1].Replace('\u2019', '\'');
        foreach (var item in await plan.Locator("li").AllInnerTextsAsync())
        {
            Assert.Contains(item, outcome, StringComparison.Ordinal);
        }
        await chat.Page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CompletesAnEmergencyTriageAndShowsTheBannerWithATelLink(string transport)
    {
        var (chat, _) = await OpenAsync(transport);
        await chat.WaitForWelcomeAsync();

        await chat.TypeAsync("My back hurts");
        await chat.ChooseAsync("Yes");

        await Assertions.Expect(chat.Bubble("cauda equina syndrome")).ToBeVisibleAsync();
        var banner = chat.Page.Locator("#urgent-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("999");
        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = "Call 999" })).ToHaveAttributeAsync("href", "tel:999");
        Assert.Equal("emergency", await chat.OutcomeAsync());
        await Assertions.Expect(chat.SaveMyPlan).ToBeHiddenAsync();
        Assert.Empty(await CspViolationsAsync(chat.Page));
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePageRunsUnderItsContentSecurityPolicyAndTheBrowserEnforcesIt()
    {
        var (chat, _) = await OpenAsync("websocket");
        var page = chat.Page;
        await chat.WaitForWelcomeAsync();
        await chat.TypeAsync("My back hurts");
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

    private async Task<(WebChatPage Chat, List<string> Sockets)> OpenAsync(string transport)
    {
        var page = await browser.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.effectiveDirective));
            // Stands in for the print window, which a headless browser does not open.
            window.__printed = 0;
            window.print = () => { window.__printed++; };
            """);
        await page.GotoAsync(browser.PageAddress(transport).ToString());
        return (new WebChatPage(page), sockets);
    }

    /// <summary>The directives the page has violated so far, as the browser reported them to the page.</summary>
    private static async Task<string[]> CspViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__cspViolations");
}
