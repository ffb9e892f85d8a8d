using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>Help, restart, cancel, forget me and show-my-plan work at any point (README, "Talk to it").</summary>
public sealed class CommandTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private InProcessConversation NewChat() => new(host.Host.Services.GetRequiredService<IBot>());

    private static IReadOnlyList<string> AsksOf(IEnumerable<Microsoft.Bot.Schema.Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true)?.Asks ?? [];

    [Fact]
    public async Task HelpExplainsAndThenAsksTheSameQuestionAgain()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["fever"]);

        var replies = await chat.SayAsync("help");

        Assert.True(replies.Count >= 2);
        Assert.Contains("restart", replies[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["fever"], AsksOf(replies));
    }

    [Theory]
    [InlineData("restart")]
    [InlineData("Start over")]
    [InlineData("start again")]
    public async Task RestartForgetsTheAnswersAndAsksForTheStoryAgain(string command)
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["night_pain"]);

        var replies = await chat.SayAsync(command);
        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.IsQuestion == true);

        var first = await chat.SayAsync("my back hurts");
        Assert.Equal(["bladder_bowel"], AsksOf(first));
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("stop")]
    public async Task CancelStopsAndTheNextMessageStartsAfresh(string command)
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["cancer_history", "weight_loss"]);

        var stopped = Assert.Single(await chat.SayAsync(command));
        Assert.Contains("999", stopped.Text, StringComparison.Ordinal);

        Assert.Equal(["bladder_bowel"], AsksOf(await chat.SayAsync("back spasm again")));
    }

    [Fact]
    public async Task ASymptomContainingACommandWordIsNotTakenAsTheCommand()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["bladder_bowel"]);

        var replies = await chat.SayAsync("I can't stop leaking when I pee");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Theory]
    [InlineData("forget me")]
    [InlineData("Delete my data")]
    public async Task ForgetMeErasesTheConversationAndSaysSo(string command)
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["immune_risk"]);

        var erased = Assert.Single(await chat.SayAsync(command));
        Assert.Contains("deleted", erased.Text, StringComparison.OrdinalIgnoreCase);

        var storage = host.Host.Services.GetRequiredService<IStorage>();
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        Assert.Empty(await storage.ReadAsync([key]));

        // Nothing is remembered: the disclaimer comes again and the questions start from the top.
        var again = await chat.SayAsync("hello");
        Assert.Contains(again, r => r.Text?.Contains("not a diagnosis", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal(["bladder_bowel"], AsksOf(again));
    }

    [Fact]
    public async Task ShowMyPlanSendsTheSameOutcomeAgain()
    {
        var chat = NewChat();
        var outcome = await QuietPatient.CompleteAsync(chat);

        var again = (await chat.SayAsync("show my plan again")).Select(TriageData.Of).Single(d => d?.IsOutcome == true)!;

        Assert.Equal(outcome.Disposition, again.Disposition);
        Assert.Equal(outcome.Plan, again.Plan);
    }

    [Fact]
    public async Task AfterTheOutcomeOtherMessagesGetAReminderWithButtons()
    {
        var chat = NewChat();
        await QuietPatient.CompleteAsync(chat);
        await chat.SayAsync("No thanks"); // the offer of a check-in (docs/follow-up.md)

        var reply = Assert.Single(await chat.SayAsync("thank you"));

        Assert.Null(TriageData.Of(reply)?.Disposition);
        Assert.Contains("Start again", reply.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task AnAnswerThatIsNotUnderstoodIsAskedAgainMorePlainly()
    {
        var chat = NewChat();
        var question = await QuietPatient.WalkToAsync(chat, ["age"]);

        var retry = Assert.Single(await chat.SayAsync("old enough"));

        Assert.Equal(["age"], TriageData.Of(retry)!.Asks);
        Assert.NotEqual(question.Text, retry.Text);
    }

    [Fact]
    public async Task AMessageWithNothingToReadAtAQuestionGetsThatQuestionInItsPlainerWords()
    {
        var chat = NewChat();
        var question = await QuietPatient.WalkToAsync(chat, ["age"]);

        var retry = Assert.Single(await chat.SendAsync(new Microsoft.Bot.Schema.Activity { Value = new Newtonsoft.Json.Linq.JObject { ["x"] = 1 } }));

        Assert.Equal(["age"], TriageData.Of(retry)!.Asks);
        Assert.Equal(BackSpasmBot.Clinical.Rules.TriageRules.Questions.Single(q => q.Asks.SequenceEqual(["age"])).PlainRetryText, retry.Text);
        Assert.NotEqual(question.Text, retry.Text);
        Assert.Equal(question.SuggestedActions?.Actions?.Select(a => a.Title) ?? [], retry.SuggestedActions?.Actions?.Select(a => a.Title) ?? []);
    }
}
