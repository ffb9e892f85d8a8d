using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using static BackSpasmBot.Tests.FollowUps.CheckInHost;

namespace BackSpasmBot.Tests.FollowUps;

/// <summary>
/// The follow-up check-in over the Bot Framework protocol: the person's messages are POSTed to /api/messages, and the
/// check-in arrives as a proactive message at the stored service URL (the sink), when the test's clock says it is due.
/// </summary>
public sealed class CheckInTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;
    private CheckInHost _host = null!;
    private readonly TempDatabase _database = new("checkin");

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _host = await StartAsync(NewClock(), "--Storage:Provider=Sqlite", $"--Storage:Sqlite:Path={_database.Path}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sink.DisposeAsync();
        _database.Dispose();
    }

    private const string SpanishOpening = "tengo un espasmo en la parte baja de la espalda desde hace dos días";

    private static readonly LanguageContent Spanish = ClinicalContent.Default.Language("es");

    /// <summary>The quiet patient's answers, in Spanish.</summary>
    private static string SpanishAnswerTo(IReadOnlyList<string> asks) => asks switch
    {
        _ when asks.Contains("age") => "35",
        _ when asks.Contains("onset") => "hace 2 días",
        _ when asks.Contains("first_episode") => "no",
        _ when asks.Contains("trigger") => "levantando una caja",
        _ when asks.Contains("backache") => "dolor de espalda",
        _ => "no",
    };

    private HttpConversation NewSpanishChat() => new(_host.Host, _sink, "emulator", locale: "es-ES");

    private HttpConversation NewChat(string? conversationType = null, string userName = "User") => new(_host.Host, _sink, "emulator", conversationType, userName: userName);

    private async Task<HttpConversation> BookAsync(string answer = "Tomorrow", string userName = "User")
    {
        var chat = NewChat(userName: userName);
        var outcome = await ToOutcomeAsync(chat);
        Assert.Equal(["follow_up"], Asks(outcome));
        await chat.SayAsync(answer);
        return chat;
    }

    private async Task<IReadOnlyList<Activity>> CheckInArrivesAsync(HttpConversation chat)
    {
        Assert.Equal(1, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
        return _sink.Take(chat.ConversationId);
    }

    [Fact]
    public async Task AfterSelfCareTheOfferAsksAboutAFollowUpWithThreeChoices()
    {
        var replies = await ToOutcomeAsync(NewChat());

        var outcome = replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!;
        Assert.Equal("selfcare", outcome.Disposition);
        var offer = replies[^1];
        Assert.Equal(["follow_up"], TriageData.Of(offer)!.Asks);
        Assert.Equal(["Tomorrow", "In 2 days", "No thanks"], offer.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task WithConsentTheCheckInArrivesAtTheServiceUrlWhenDueAndNotBefore()
    {
        var chat = NewChat();
        await ToOutcomeAsync(chat);
        var booked = Assert.Single(await chat.SayAsync("Tomorrow"));
        Assert.Contains("check on you tomorrow", booked.Text, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, TimeSpan.FromSeconds(1), _host.Sender));
        Assert.Empty(_sink.Take(chat.ConversationId));

        var checkIn = Assert.Single(await CheckInArrivesAsync(chat));
        Assert.True(IsFollowUp(checkIn));
        Assert.Equal(["progress"], TriageData.Of(checkIn)!.Asks);
        Assert.Equal(chat.User.Id, checkIn.Recipient.Id);
        Assert.Null(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));
    }

    [Fact]
    public async Task TheCheckInAsksAgainAboutBladderSaddleAndBothLegsThenMovesThePlanFromIceToHeat()
    {
        var chat = await BookAsync();
        await CheckInArrivesAsync(chat);

        var afterProgress = await chat.SayAsync("Better");
        Assert.Equal(["bladder_bowel"], Asks(afterProgress));
        Assert.Equal(["saddle_numbness"], Asks(await chat.SayAsync("no")));
        Assert.Equal(["both_legs"], Asks(await chat.SayAsync("no")));
        var end = await chat.SayAsync("no");

        Assert.All(afterProgress.Concat(end), reply => Assert.True(IsFollowUp(reply)));
        var outcome = end.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!;
        Assert.Equal("selfcare", outcome.Disposition);

        // Two days at the triage, and the check-in after it: past 48 hours, so heat and no more ice.
        Assert.Contains("heat", outcome.Plan);
        Assert.DoesNotContain("ice_first", outcome.Plan);
        Assert.Contains(end, r => r.Text.Contains("switch from ice to warmth", StringComparison.Ordinal));
        Assert.DoesNotContain(end, r => TriageData.Of(r)?.Asks.Contains("follow_up") == true);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("I've wet myself twice today")]
    public async Task AnsweringTheCheckInWithARedFlagEscalatesAtOnce(string answer)
    {
        var chat = await BookAsync();
        await CheckInArrivesAsync(chat);
        await chat.SayAsync("about the same");

        var replies = await chat.SayAsync(answer);

        var outcome = replies.Single(r => TriageData.Of(r)?.IsOutcome == true);
        Assert.Equal("emergency", TriageData.Of(outcome)!.Disposition);
        Assert.Contains("bladder_bowel", TriageData.Of(outcome)!.Findings);
        Assert.True(IsFollowUp(outcome));
    }

    [Fact]
    public async Task ARedFlagInsteadOfTheProgressAnswerEscalatesToo()
    {
        var chat = await BookAsync();
        await CheckInArrivesAsync(chat);

        var replies = await chat.SayAsync("my legs have both gone numb and tingly");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task WorseLeadsToADoctorWithTheReasonAndOffersOneMoreCheckIn()
    {
        var chat = await BookAsync();
        await CheckInArrivesAsync(chat);
        await chat.SayAsync("worse");
        await chat.SayAsync("no");
        await chat.SayAsync("no");

        var end = await chat.SayAsync("no");

        Assert.Contains(end, r => r.Text.Contains("getting worse rather than better", StringComparison.Ordinal));
        var outcome = end.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!;
        Assert.Equal("gp", outcome.Disposition);
        Assert.Equal(["not_improving"], outcome.Findings);
        Assert.Equal(["follow_up"], Asks(end));
    }

    [Fact]
    public async Task NoThanksBooksNothing()
    {
        var chat = await BookAsync("No thanks");

        Assert.Null(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));
        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
    }

    [Theory]
    [InlineData("forget me")]
    [InlineData("stop check-ins")]
    public async Task ForgetMeAndStopCheckInsCancelTheCheckIn(string command)
    {
        var chat = await BookAsync();
        Assert.NotNull(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));

        await chat.SayAsync(command);

        Assert.Null(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));
        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
        Assert.Empty(_sink.Take(chat.ConversationId));
    }

    [Fact]
    public async Task IdleExpiryOfTheConversationCancelsTheCheckIn()
    {
        var chat = await BookAsync();
        var storage = _host.Host.Services.GetRequiredService<IStorage>();

        // As if the conversation had expired (or been erased by another instance) before the check-in was due.
        await storage.DeleteAsync([$"emulator/conversations/{chat.ConversationId}"]);

        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
        Assert.Empty(_sink.Take(chat.ConversationId));
        Assert.Null(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));
    }

    [Fact]
    public async Task ACheckInTheChannelRefusesIsTriedAgainAtTheNextPollAndSentOnce()
    {
        var chat = await BookAsync();
        _sink.FailWith = 503;

        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
        var pending = await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default);
        Assert.Equal(1, pending?.Attempts);

        _sink.FailWith = null;
        Assert.Equal(1, await AdvanceAndWaitAsync(_host.Clock, TimeSpan.FromSeconds(1), _host.Sender));
        Assert.Equal(["progress"], TriageData.Of(Assert.Single(_sink.Take(chat.ConversationId)))!.Asks);
    }

    [Fact]
    public async Task ASpanishCheckInUnderstandsSpanishFromTheOfferToAWorseOutcome()
    {
        var chat = NewSpanishChat();
        var replies = await ToOutcomeAsync(chat, SpanishOpening, SpanishAnswerTo);
        var offer = replies[^1];
        Assert.Equal(["follow_up"], TriageData.Of(offer)!.Asks);
        Assert.Equal([Spanish.Message("follow_up_tomorrow_choice"), Spanish.Message("follow_up_in_two_days_choice"), Spanish.Message("follow_up_no_thanks_choice")], offer.SuggestedActions.Actions.Select(a => a.Title));

        var booked = Assert.Single(await chat.SayAsync("pasado mañana"));
        Assert.Equal(Spanish.Message("follow_up_booked_in_two_days"), booked.Text);
        Assert.Equal(0, await AdvanceAndWaitAsync(_host.Clock, Delay, _host.Sender));
        var checkIn = Assert.Single(await CheckInArrivesAsync(chat));
        Assert.Equal(Spanish.Message("follow_up_progress"), checkIn.Text);
        Assert.Equal([Spanish.Message("follow_up_better_choice"), Spanish.Message("follow_up_same_choice"), Spanish.Message("follow_up_worse_choice")], checkIn.SuggestedActions.Actions.Select(a => a.Title));

        var afterProgress = await chat.SayAsync("¡mucho peor!");
        Assert.Contains(afterProgress, r => r.Text == Spanish.Message("follow_up_recheck_intro"));
        Assert.Equal(["bladder_bowel"], Asks(afterProgress));
        Assert.Equal(["saddle_numbness"], Asks(await chat.SayAsync("no")));
        Assert.Equal(["both_legs"], Asks(await chat.SayAsync("no")));
        var end = await chat.SayAsync("no");

        Assert.Contains(end, r => r.Text.Contains(Spanish.Message("follow_up_worse_reason"), StringComparison.Ordinal));
        var outcome = end.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!;
        Assert.Equal("gp", outcome.Disposition);
        Assert.Equal(["not_improving"], outcome.Findings);
        Assert.Equal(["follow_up"], Asks(end));
    }

    [Theory]
    [InlineData("Mañana", "Mejor", "selfcare")]
    [InlineData("manana", "mas o menos", "selfcare")]
    [InlineData("sí, mañana", "ya no me duele", "selfcare")]
    public async Task ASpanishCheckInTakesTheButtonsAndPlainSpanishWithOrWithoutAccents(string booking, string progress, string disposition)
    {
        var chat = NewSpanishChat();
        await ToOutcomeAsync(chat, SpanishOpening, SpanishAnswerTo);
        Assert.Equal(Spanish.Message("follow_up_booked_tomorrow"), Assert.Single(await chat.SayAsync(booking)).Text);
        await CheckInArrivesAsync(chat);

        var afterProgress = await chat.SayAsync(progress);

        Assert.Contains(afterProgress, r => r.Text == Spanish.Message("follow_up_recheck_intro"));
        Assert.DoesNotContain(afterProgress, r => r.Text == Spanish.Message("follow_up_progress_retry"));
        await chat.SayAsync("no");
        await chat.SayAsync("no");
        var end = await chat.SayAsync("no");
        Assert.Equal(disposition, end.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
        var expectedOpening = progress == "mas o menos" ? Spanish.Message("follow_up_same") : Spanish.Message("follow_up_better");
        Assert.Contains(end, r => r.Text.Contains(expectedOpening, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASpanishNoThanksBooksNothing()
    {
        var chat = NewSpanishChat();
        await ToOutcomeAsync(chat, SpanishOpening, SpanishAnswerTo);

        Assert.Equal(Spanish.Message("follow_up_declined"), Assert.Single(await chat.SayAsync("No, gracias")).Text);

        Assert.Null(await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default));
    }

    [Fact]
    public async Task AGroupChatGetsNoOffer()
    {
        var replies = await ToOutcomeAsync(NewChat(conversationType: "groupChat"));

        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.Asks.Contains("follow_up") == true);
    }

    [Fact]
    public async Task WhatIsStoredHoldsNoTextThePersonTyped()
    {
        var chat = await BookAsync(userName: "Alex Quinton");

        var record = await _host.Store.FindAsync($"emulator/conversations/{chat.ConversationId}", default);

        Assert.NotNull(record);
        Assert.Equal(_sink.ServiceUrl, record.Reference.ServiceUrl);
        Assert.Equal(_host.Clock.GetUtcNow() + Delay, record.DueAt);
        Assert.Equal(["bladder_bowel", "saddle_numbness", "both_legs"], record.Recheck);
        var json = record.ToJson();
        Assert.DoesNotContain("went into", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lifting", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tomorrow", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Quinton", json, StringComparison.Ordinal);
        Assert.Contains(chat.User.Id, json, StringComparison.Ordinal);
    }
}
