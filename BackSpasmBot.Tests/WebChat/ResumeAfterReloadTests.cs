using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BackSpasmBot.Tests.WebChat;

/// <summary>
/// A phone reloads the page when the person comes back to it: the same conversation carries on, with its history and
/// its open question, over either transport. When it cannot (the token expired, the host restarted) the page starts a
/// new one and says so in one line; Start again really starts a new one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResumeAfterReloadTests(ClockedBrowserHost browser) : IClassFixture<ClockedBrowserHost>
{
    private const string ResumedLine = "Welcome back. Your conversation is as you left it.";
    private const string EndedLine = "Your earlier conversation had ended, so this is a new one.";
    private const string Opening = "My back went into spasm when I lifted a box";

    public static TheoryData<string> Transports => new() { "websocket", "polling" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AReloadMidTriageKeepsTheHistoryAndTheOpenQuestionCanBeAnswered(string transport)
    {
        var chat = await OpenAsync(transport);
        await chat.TypeAsync(Opening);
        await chat.ChooseAsync("No");
        await chat.ChooseAsync("No");
        var historyBefore = await chat.BubbleTextsAsync();
        var choicesBefore = await chat.ChoicesAsync();
        var turnsBefore = await chat.BotTurnsAsync();
        var conversationBefore = await chat.SavedConversationIdAsync();

        await chat.Page.ReloadAsync();
        await chat.WaitForBotTurnsAsync(turnsBefore);
        await Assertions.Expect(chat.Page.Locator(WebChatPage.SuggestedActions)).ToHaveCountAsync(choicesBefore.Count);

        Assert.Equal(historyBefore, await chat.BubbleTextsAsync());
        Assert.Equal(choicesBefore, await chat.ChoicesAsync());
        Assert.Equal(conversationBefore, await chat.SavedConversationIdAsync());
        await Assertions.Expect(chat.Status).ToHaveTextAsync(ResumedLine);
        Assert.DoesNotContain(await chat.AnnouncedAsync(), a => a.Politeness != "off" && a.Text.Contains(Opening, StringComparison.Ordinal));

        // The open question is answered, and the triage goes on from there: no second welcome, the next question new.
        await chat.ChooseAsync("No");
        var historyAfter = await chat.BubbleTextsAsync();
        Assert.Equal(historyBefore, historyAfter.Take(historyBefore.Count));
        Assert.Equal("No", historyAfter[historyBefore.Count]);
        Assert.DoesNotContain(historyAfter[^1], historyBefore);
        Assert.Single(historyAfter, text => text.Contains(WebChatPage.Welcome, StringComparison.Ordinal));
        Assert.Contains(await chat.AnnouncedAsync(), a => a.Politeness == "polite" && a.Text.Contains(historyAfter[^1][..30], StringComparison.Ordinal));
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task StartAgainBeginsANewConversationAndTheTabForgetsTheOldOne()
    {
        var chat = await OpenAsync("websocket");
        await chat.TypeAsync(Opening);
        var oldConversation = await chat.SavedConversationIdAsync();

        await chat.StartAgain.ClickAsync();
        await chat.WaitForWelcomeAsync();

        await Assertions.Expect(chat.Status).ToHaveTextAsync("You have started a new conversation.");
        await Assertions.Expect(chat.StartAgain).ToBeFocusedAsync();
        await Assertions.Expect(chat.Bubble(Opening)).Not.ToBeAttachedAsync();
        var newConversation = await chat.SavedConversationIdAsync();
        Assert.NotNull(newConversation);
        Assert.NotEqual(oldConversation, newConversation);

        // A reload now carries on the new conversation, never the old one.
        await chat.Page.ReloadAsync();
        await chat.WaitForWelcomeAsync();
        await Assertions.Expect(chat.Status).ToHaveTextAsync(ResumedLine);
        Assert.Equal(newConversation, await chat.SavedConversationIdAsync());
        await Assertions.Expect(chat.Bubble(Opening)).Not.ToBeAttachedAsync();
        await chat.Page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AnExpiredTokenStartsANewConversationAndSaysSoInOneLine(string transport)
    {
        var chat = await OpenAsync(transport);
        await chat.TypeAsync(Opening);
        var oldConversation = await chat.SavedConversationIdAsync();

        // The tab was put away for longer than a token lives (the conversation itself is still there).
        await chat.Page.GotoAsync("about:blank");
        browser.Clock.Advance(TimeSpan.FromMinutes(31));
        await chat.Page.GotoAsync(browser.PageAddress(transport).ToString());
        await chat.WaitForWelcomeAsync();

        await Assertions.Expect(chat.Status).ToHaveTextAsync(EndedLine);
        await Assertions.Expect(chat.Bubble(Opening)).Not.ToBeAttachedAsync();
        Assert.NotEqual(oldConversation, await chat.SavedConversationIdAsync());

        // And the new conversation works.
        await chat.TypeAsync(Opening);
        Assert.NotEmpty(await chat.ChoicesAsync());
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ATokenThatExpiresWhileThePageIsOpenIsSaidInOneLineWithStartAgain()
    {
        var chat = await OpenAsync("polling");
        await chat.TypeAsync(Opening);

        browser.Clock.Advance(TimeSpan.FromMinutes(31));

        await Assertions.Expect(chat.Status).ToHaveTextAsync("This conversation has expired. Press Start again to begin a new one.");
        Assert.Null(await chat.SavedConversationIdAsync());
        await chat.StartAgain.ClickAsync();
        await chat.WaitForWelcomeAsync();
        await Assertions.Expect(chat.Bubble(Opening)).Not.ToBeAttachedAsync();
        await chat.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AfterTheHostRestartsAReloadStartsANewConversationAndSaysSo()
    {
        var first = await browser.StartHostAsync();
        var address = first.BaseAddress;
        var page = await browser.NewPageAsync();
        var chat = new WebChatPage(page);
        try
        {
            await page.GotoAsync(address.ToString());
            await chat.WaitForWelcomeAsync();
            await chat.TypeAsync(Opening);
        }
        finally
        {
            await page.GotoAsync("about:blank");
            await first.DisposeAsync();
        }

        // Same address, new process: a new signing key and no conversations in memory.
        await using var second = await browser.StartHostAsync($"--urls=http://127.0.0.1:{address.Port}");
        await page.GotoAsync(address.ToString());
        await chat.WaitForWelcomeAsync();

        await Assertions.Expect(chat.Status).ToHaveTextAsync(EndedLine);
        await Assertions.Expect(chat.Bubble(Opening)).Not.ToBeAttachedAsync();
        await chat.TypeAsync(Opening);
        await page.Context.CloseAsync();
    }

    private async Task<WebChatPage> OpenAsync(string transport)
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(WebChatPage.AnnouncementRecorder);
        await page.GotoAsync(browser.PageAddress(transport).ToString());
        var chat = new WebChatPage(page);
        await chat.WaitForWelcomeAsync();
        return chat;
    }
}
