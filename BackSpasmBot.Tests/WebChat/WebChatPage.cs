using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// The Web Chat page as a person uses it, for the browser tests: what to find on it, and how to answer the bot and
/// wait for its reply. Waits are on the page's own signals (the count of bot turns it has seen, its outcome), never
/// on the clock.
/// </summary>
public sealed class WebChatPage(IPage page)
{
    // Web Chat renders apostrophes typographically, so the checks avoid them.
    public const string Welcome = "automated helper for back spasms";
    public const string OpeningQuestion = "In a few words";
    public const string SendBox = "[data-id='webchat-sendbox-input']";
    public const string Activities = ".webchat__basic-transcript__activity";
    public const string SuggestedActions = ".webchat__suggested-actions button";

    /// <summary>The answers that lead a self-care triage, clicked when the bot offers them.</summary>
    public static readonly string[] SelfCareChoices = ["No", "None of these", "Back ache", "Lifting", "1–2 days"];

    /// <summary>
    /// Records what is written into live regions, with the region's politeness at that moment, in
    /// <c>window.__announced</c>: what a screen reader would be given to say.
    /// </summary>
    public const string AnnouncementRecorder = """
        window.__announced = [];
        new MutationObserver(mutations => {
            for (const mutation of mutations) {
                const region = mutation.target.nodeType === 1 ? mutation.target.closest('[aria-live]') : mutation.target.parentElement?.closest('[aria-live]');
                const text = Array.from(mutation.addedNodes).map(n => n.textContent).join(' ').trim();
                if (region && text) {
                    window.__announced.push({ politeness: region.getAttribute('aria-live'), text });
                }
            }
        }).observe(document, { subtree: true, childList: true, characterData: true });
        """;

    public IPage Page => page;

    public ILocator Status => page.Locator("#chat-status");

    public ILocator StartAgain => page.GetByRole(AriaRole.Button, new() { Name = "Start again" });

    public ILocator SaveMyPlan => page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" });

    /// <summary>A message bubble as shown (Web Chat also keeps hidden copies of each message for screen readers).</summary>
    public ILocator Bubble(string text) => page.Locator(".webchat__bubble__content").Filter(new() { HasText = text }).First;

    public async Task<IReadOnlyList<string>> BubbleTextsAsync() => await page.Locator(".webchat__bubble__content").AllInnerTextsAsync();

    public async Task<IReadOnlyList<string>> ChoicesAsync() => await page.Locator(SuggestedActions).AllInnerTextsAsync();

    public Task<string?> OutcomeAsync() => page.Locator("body").GetAttributeAsync("data-triage-outcome");

    /// <summary>Questions asked and outcomes given so far, as the page counts them (history included).</summary>
    public async Task<int> BotTurnsAsync() => int.TryParse(await page.Locator("body").GetAttributeAsync("data-bot-turns"), out var turns) ? turns : 0;

    public Task WaitForBotTurnsAsync(int atLeast) =>
        page.WaitForFunctionAsync("n => Number(document.body.dataset.botTurns || 0) >= n", atLeast);

    public Task WaitForWelcomeAsync() => Assertions.Expect(Bubble(OpeningQuestion)).ToBeVisibleAsync();

    public async Task<string?> SavedConversationIdAsync() =>
        await page.EvaluateAsync<string?>("() => JSON.parse(sessionStorage.getItem('backspasmbot.conversation') || 'null')?.conversationId ?? null");

    public async Task<AnnouncedText[]> AnnouncedAsync() => await page.EvaluateAsync<AnnouncedText[]>("() => window.__announced");

    public Task TypeAsync(string text) => ActAsync(async () =>
    {
        await page.Locator(SendBox).FillAsync(text);
        await page.Locator(SendBox).PressAsync("Enter");
    });

    public Task ChooseAsync(string choice) =>
        ActAsync(() => page.Locator(SuggestedActions).GetByText(choice, new() { Exact = true }).ClickAsync());

    /// <summary>Does something that answers the bot, then waits until the bot has asked its next question or given an outcome.</summary>
    public async Task ActAsync(Func<Task> action)
    {
        var before = await BotTurnsAsync();
        await action();
        await WaitForBotTurnsAsync(before + 1);
    }

    /// <summary>Answers until an outcome: the offered choice that leads to self-care, else an age or a plain "no".</summary>
    public async Task AnswerUntilOutcomeAsync(Func<string, Task> choose, Func<string, Task> type)
    {
        for (var turn = 0; turn < 40 && await OutcomeAsync() is null; turn++)
        {
            var choices = await ChoicesAsync();
            if (SelfCareChoices.FirstOrDefault(choices.Contains) is { } choice)
            {
                await choose(choice);
            }
            else
            {
                var lastBot = await page.Locator(Activities).Last.InnerTextAsync();
                await type(lastBot.Contains("old", StringComparison.OrdinalIgnoreCase) || lastBot.Contains("age", StringComparison.OrdinalIgnoreCase) ? "34" : "no");
            }
        }
    }
}

/// <summary>Text written into a live region, and the region's aria-live at that moment.</summary>
public sealed class AnnouncedText
{
    public string Politeness { get; set; } = "";

    public string Text { get; set; } = "";
}
