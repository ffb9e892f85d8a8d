using System.Text.RegularExpressions;
using BackSpasmBot.FollowUps;
using BackSpasmBot.Tests.FollowUps;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Tests.Teams;

/// <summary>
/// The bot in Microsoft 365 Agents Playground, Microsoft's Teams look-alike, in headless Chromium: a person
/// completes triages by clicking the bot's own buttons (suggested actions and hero card buttons).
/// The Playground renders with Web Chat: each bot message is a <c>.fai-OutputCard</c>, a hero card is
/// <c>[data-tid=hero-card]</c>, suggested actions are plain buttons under the last message, and the send box is the
/// one <c>[role=textbox][contenteditable]</c>. What the bot asked (channelData) comes from the host, not the UI.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundTests(PlaygroundBrowser browser) : IClassFixture<PlaygroundBrowser>
{
    private const string Welcome = "I'm an automated helper for back spasms";
    private const string BotMessages = ".fai-OutputCard";
    private const string SendBox = "[role=textbox][contenteditable=true]";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ButtonDrawTime = TimeSpan.FromSeconds(20);
    private static readonly string[] SelfCareButtons = ["No", "None of these", "Back ache", "1–2 days", "Lifting"];

    [Theory]
    [InlineData("msteams")]
    [InlineData("emulator")]
    public async Task CompletesASelfCareTriageByClickingTheBotsButtons(string channelId)
    {
        await using var session = await PlaygroundSession.StartAsync(browser, channelId);

        var clicked = 0;
        var replies = await session.TypeAsync("My back went into spasm when I lifted a box yesterday");
        for (var turn = 0; turn < 40 && Outcome(replies) is null; turn++)
        {
            var question = replies.Last(r => TriageData.Of(r)?.IsQuestion == true);
            if (TriageData.Of(question)!.Asks.Contains("age"))
            {
                replies = await session.TypeAsync("34");
                continue;
            }

            var buttons = TeamsPatient.ButtonsOf(question);
            replies = await session.ClickAsync(SelfCareButtons.First(buttons.Contains));
            clicked++;
        }

        Assert.Equal("selfcare", Outcome(replies)?.Disposition);
        var realClicks = clicked - session.TypedInsteadOfClicked;
        Assert.True(realClicks >= 8 && session.TypedInsteadOfClicked <= 3, $"{realClicks} buttons clicked, {session.TypedInsteadOfClicked} answers typed because no button was drawn");
        await Assertions.Expect(session.Page.Locator(BotMessages).Filter(new() { HasText = "look after at home" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CompletesAnEscalatedTriageByClickingYesToAWarningSign()
    {
        await using var session = await PlaygroundSession.StartAsync(browser, "msteams");

        await session.TypeAsync("My back hurts");
        var replies = await session.ClickAsync("Yes");

        Assert.Equal("emergency", Outcome(replies)?.Disposition);
        await Assertions.Expect(session.Page.Locator(BotMessages).Filter(new() { HasText = "cauda equina syndrome" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// After a self-care outcome in the personal chat, the person clicks "Tomorrow"; when the (test's) clock says it is
    /// due, the check-in reaches the Playground through its connector and is shown in the chat.
    /// </summary>
    [Fact]
    public async Task ACheckInArrivesInThePersonalChat()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var session = await PlaygroundSession.StartAsync(browser, "msteams", clock, "--FollowUp:Enabled=true", "--FollowUp:Delay=00:00:02", "--FollowUp:PollInterval=00:00:01");
        var replies = await session.TypeAsync(QuietPatient.Opening);
        for (var turn = 0; turn < 40 && !CheckInHost.Asks(replies).Contains("follow_up"); turn++)
        {
            replies = await session.TypeAsync(QuietPatient.AnswerTo(CheckInHost.Asks(replies)));
        }

        await session.ClickAsync("Tomorrow");
        var sender = session.Host.Services.GetRequiredService<FollowUpSender>();

        Assert.Equal(1, await CheckInHost.AdvanceAndWaitAsync(clock, CheckInHost.Delay, sender));
        await Assertions.Expect(session.Page.Locator(BotMessages).Filter(new() { HasText = "checking in, as you asked" })).ToBeVisibleAsync();
        await session.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "playground-checkin.png") });
    }

    private static TriageData? Outcome(IEnumerable<Activity> replies) =>
        replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true);

    /// <summary>A real host with a turn recorder, a Playground pointed at it, and a page showing the Playground.</summary>
    private sealed class PlaygroundSession : IAsyncDisposable
    {
        private readonly BotTestHost _host;
        private readonly AgentsPlayground _playground;
        private readonly TurnRecorder _turns;

        private PlaygroundSession(BotTestHost host, AgentsPlayground playground, TurnRecorder turns, IPage page)
        {
            _host = host;
            _playground = playground;
            _turns = turns;
            Page = page;
        }

        public IPage Page { get; }

        public BotTestHost Host => _host;

        /// <summary>Starts the host (on <paramref name="clock"/> when the test moves time itself, with any extra settings), the Playground and its page.</summary>
        public static async Task<PlaygroundSession> StartAsync(PlaygroundBrowser browser, string channelId, FakeTimeProvider? clock = null, params string[] settings)
        {
            var turns = new TurnRecorder();
            var host = await BotTestHost.StartAsync(
                builder =>
                {
                    builder.Services.AddSingleton<IMiddleware>(turns);
                    if (clock is not null)
                    {
                        builder.Services.AddSingleton<TimeProvider>(clock);
                    }
                },
                settings);
            var playground = await AgentsPlayground.StartAsync(host.BaseAddress, channelId);
            var context = await browser.Browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 1280, Height = 1000 } });
            // Generous waits: the Playground's page is a large bundle, and CI machines are shared.
            context.SetDefaultTimeout(60_000);
            Assertions.SetDefaultExpectTimeout(30_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync(playground.Address.AbsoluteUri, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
            var session = new PlaygroundSession(host, playground, turns, page);
            await session.ExpectBotSaidAsync(Welcome);
            return session;
        }

        /// <summary>Types into the send box and returns the bot's messages once they are on screen.</summary>
        public async Task<IReadOnlyList<Activity>> TypeAsync(string text)
        {
            var box = Page.Locator(SendBox);
            await box.ClickAsync();
            await box.PressSequentiallyAsync(text);
            await box.PressAsync("Enter");
            return await RepliesAsync($"typing \"{text}\"");
        }

        /// <summary>Presses that fell back to typing because the Playground did not draw the button.</summary>
        public int TypedInsteadOfClicked { get; private set; }

        /// <summary>
        /// Clicks the newest button with exactly this title (a suggested action or a card button). The Playground
        /// (0.2.28) now and then leaves a message's buttons undrawn when replies arrive quickly; then the person types
        /// the answer, as they could, and the test counts it (free text must always work; the tests bound how often).
        /// </summary>
        public async Task<IReadOnlyList<Activity>> ClickAsync(string title)
        {
            var exactTitle = new Regex($"^\\s*{Regex.Escape(title)}\\s*$");
            try
            {
                await Page.Locator("button").Filter(new() { HasTextRegex = exactTitle }).Last
                    .ClickAsync(new() { Timeout = (float)ButtonDrawTime.TotalMilliseconds });
            }
            catch (TimeoutException)
            {
                TypedInsteadOfClicked++;
                return await TypeAsync(title);
            }

            return await RepliesAsync($"clicking \"{title}\"");
        }

        private async Task<IReadOnlyList<Activity>> RepliesAsync(string action)
        {
            IReadOnlyList<Activity> replies;
            try
            {
                replies = await _turns.NextMessageTurnAsync(TurnTimeout);
            }
            catch (OperationCanceledException)
            {
                await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "playground-failure.png") });
                throw new TimeoutException($"The bot received no message from the Playground within {TurnTimeout} after {action}.\n{_playground.Diagnostics}");
            }

            return await ShownAsync(replies);
        }

        /// <summary>The bot's replies, once the newest of them is on screen.</summary>
        private async Task<IReadOnlyList<Activity>> ShownAsync(IReadOnlyList<Activity> replies)
        {
            if (replies.LastOrDefault(r => !string.IsNullOrEmpty(r.Text)) is { } last)
            {
                await ExpectBotSaidAsync(last.Text);
            }

            return replies;
        }

        /// <summary>Waits until the newest bot message on screen starts with this text's first line.</summary>
        private async Task ExpectBotSaidAsync(string text)
        {
            var firstLine = text.Split('\n')[0];
            var start = firstLine[..Math.Min(firstLine.Length, 50)];
            await Assertions.Expect(Page.Locator(BotMessages).Filter(new() { HasText = start }).Last).ToBeVisibleAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Page.Context.CloseAsync();
            _playground.Dispose();
            await _host.DisposeAsync();
        }
    }
}
