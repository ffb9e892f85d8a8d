using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Tests.Teams;

/// <summary>Teams-shaped activities through the real /api/messages endpoint, with replies through the real connector.</summary>
public sealed class TeamsActivityTests(BotHostFixture bot) : IClassFixture<BotHostFixture>
{
    private const string Disclaimer = "I'm an automated helper for back spasms";
    private const string SharedNote = "Everyone in this conversation can see what you write here";

    private static Activity InstallationUpdate(string locale = "en-US") => new(ActivityTypes.InstallationUpdate) { Action = "add", Locale = locale };

    private static Activity ConversationUpdate(HttpConversation chat) => new(ActivityTypes.ConversationUpdate) { MembersAdded = [chat.User, chat.Bot] };

    private static int Count(IEnumerable<Activity> replies, string text) =>
        replies.Count(r => r.Type == ActivityTypes.Message && r.Text?.Contains(text, StringComparison.Ordinal) == true);

    [Fact]
    public async Task InstallingInAPersonalChatWelcomesOnceWhenBothEventsArriveAtTheSameTime()
    {
        var chat = bot.NewHttpConversation("msteams", "personal");

        // Teams (and the Agents Playground) send both events at the same moment.
        await Task.WhenAll(chat.PostAsync(InstallationUpdate()), chat.PostAsync(ConversationUpdate(chat)));
        var replies = bot.Sink.Take(chat.ConversationId);

        Assert.Equal(1, Count(replies, Disclaimer));
        // The client's en-US locale chooses the language, not the country: the deployment's region (GB) gives the number.
        Assert.Contains("call 999", replies.Single(r => r.Text.Contains(Disclaimer, StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Equal(1, Count(replies, "what's happening with your back"));
        Assert.Equal(0, Count(replies, SharedNote));
    }

    [Fact]
    public async Task ASecondInstallEventOrAnUpgradeDoesNotWelcomeAgain()
    {
        var chat = bot.NewHttpConversation("msteams", "personal");

        var first = await chat.SendAsync(InstallationUpdate());
        var again = await chat.SendAsync(InstallationUpdate());
        var upgrade = await chat.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = "add-upgrade" });
        var conversationUpdate = await chat.SendAsync(ConversationUpdate(chat));

        Assert.Equal(1, Count(first, Disclaimer));
        Assert.Empty(again.Concat(upgrade).Concat(conversationUpdate));
    }

    [Fact]
    public async Task APersonWhoMessagesBeforeAnyInstallEventStillGetsTheDisclaimerFirst()
    {
        var chat = bot.NewHttpConversation("msteams", "personal");

        var replies = await chat.SayAsync("My back hurts");

        Assert.StartsWith(Disclaimer, replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ButtonPress.Text)]
    [InlineData(ButtonPress.ValueOnly)]
    [InlineData(ButtonPress.AdaptiveCardSubmit)]
    public async Task APersonalChatCompletesASelfCareTriageWithAtMostThreeSuggestedActionsAndNoneBesideACard(ButtonPress press)
    {
        var chat = bot.NewHttpConversation("msteams", "personal");
        await chat.SendAsync(InstallationUpdate("en-GB"));
        var patient = new TeamsPatient(chat, press);

        var outcome = await patient.CompleteSelfCareAsync();

        Assert.Equal("selfcare", outcome.Disposition);
        var withButtons = patient.BotMessages.Where(m => TeamsPatient.ButtonsOf(m).Count > 0).ToList();
        Assert.Contains(withButtons, m => m.SuggestedActions is not null);
        Assert.Contains(withButtons, m => m.Attachments is { Count: > 0 });
        Assert.All(patient.BotMessages, m => Assert.True((m.SuggestedActions?.Actions?.Count ?? 0) <= 3, "more than 3 suggested actions"));
        Assert.All(patient.BotMessages.Where(m => m.Attachments is { Count: > 0 }), m => Assert.Null(m.SuggestedActions));
        Assert.DoesNotContain(patient.BotMessages, m => m.Text?.Contains(SharedNote, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(ButtonPress.ValueOnly)]
    [InlineData(ButtonPress.AdaptiveCardSubmit)]
    public async Task AValueOnlyYesToTheFirstWarningSignQuestionEscalates(ButtonPress press)
    {
        var chat = bot.NewHttpConversation("msteams", "personal");
        var patient = new TeamsPatient(chat, press);
        await patient.TypeAsync("My back hurts");

        var replies = await patient.PressAsync("Yes");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task AnAdaptiveCardSubmitThatAlsoCarriesTeamsMessageBackDataIsUnderstood()
    {
        var chat = bot.NewHttpConversation("msteams", "personal");
        await chat.SayAsync("My back hurts");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message)
        {
            Value = new JObject { ["msteams"] = new JObject { ["type"] = "messageBack", ["displayText"] = "Yes" }, ["answer"] = "Yes" },
        });

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InAGroupChatOrChannelTheMentionIsStrippedButtonsAreCardsAndTheOutcomeNamesNoFindings(string conversationType)
    {
        var chat = bot.NewHttpConversation("msteams", conversationType);
        var patient = new TeamsPatient(chat, ButtonPress.Text, mentionsTheBot: true);

        var outcome = await patient.CompleteSelfCareAsync("My back went into spasm when I lifted a box yesterday and my leg is numb");

        var first = patient.BotMessages.Take(3).ToList();
        Assert.StartsWith(Disclaimer, first[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(SharedNote, first[1].Text, StringComparison.Ordinal);
        Assert.All(patient.BotMessages, m => Assert.Null(m.SuggestedActions));
        Assert.Contains(patient.BotMessages, m => TeamsPatient.ButtonsOf(m).Contains("No"));
        Assert.NotNull(outcome.Disposition);
        Assert.Empty(outcome.Findings);
        Assert.DoesNotContain(patient.BotMessages, m => m.Text?.Contains("<at>", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AMentionedAnswerIsReadWithoutTheMention()
    {
        var chat = bot.NewHttpConversation("msteams", "groupChat");
        var patient = new TeamsPatient(chat, ButtonPress.Text, mentionsTheBot: true);
        await patient.TypeAsync("My back hurts");

        var replies = await patient.TypeAsync("yes");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task InTeamsTheBotsTeamsIdGivesTheSharedNoteAPrivateChatButton()
    {
        var appId = Guid.NewGuid();
        var chat = bot.NewHttpConversation("msteams", "channel");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.InstallationUpdate)
        {
            Action = "add",
            Recipient = new ChannelAccount($"28:{appId}", "BackSpasmBot", RoleTypes.Bot),
        });

        var note = replies.Single(r => r.Text?.StartsWith(SharedNote, StringComparison.Ordinal) == true);
        var button = (JObject.FromObject(note.Attachments.Single().Content)["buttons"] as JArray)!.Single();
        Assert.Equal(ActionTypes.OpenUrl, button.Value<string>("type"));
        Assert.Equal($"https://teams.microsoft.com/l/chat/0/0?users=28:{appId}", button.Value<string>("value"));
    }

    [Fact]
    public async Task TwoPeopleInOneChannelEachHaveTheirOwnTriage()
    {
        var chat = bot.NewHttpConversation("msteams", "channel");
        var colleague = new ChannelAccount($"user-{Guid.NewGuid():N}", "Colleague", role: RoleTypes.User);
        await chat.SayAsync("My back hurts");

        var colleagueReplies = await chat.SendAsync(new Activity(ActivityTypes.Message) { Text = "Yes", From = colleague });
        var firstPersonReplies = await chat.SayAsync("No");

        // "Yes" from someone new is their own opening, not an answer to the first person's warning-sign question.
        Assert.StartsWith(Disclaimer, colleagueReplies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(colleagueReplies, r => TriageData.Of(r)?.IsOutcome == true);
        Assert.DoesNotContain(firstPersonReplies, r => r.Text?.StartsWith(Disclaimer, StringComparison.Ordinal) == true);
        Assert.Contains(firstPersonReplies, r => TriageData.Of(r)?.IsQuestion == true);
    }
}
