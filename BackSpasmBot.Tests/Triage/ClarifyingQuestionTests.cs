using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// When a message speaks of a change of feeling or function, or of a red-flag part of the body, in words the
/// recognizer cannot attach to a finding, the bot asks a clarifying question instead of moving on: over the real
/// HTTP endpoint, whatever question was open.
/// </summary>
public sealed class ClarifyingQuestionTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private static readonly string[] NumbWhere = ["saddle_numbness", "both_legs"];

    private static TriageData? LastQuestion(IEnumerable<Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true);

    private static TriageData? Outcome(IEnumerable<Activity> replies) =>
        replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true);

    [Fact]
    public async Task NumbnessSomewhereUnnamedInAnAnswerToAnotherQuestionGetsAClarifyingQuestion()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["age"]);

        var replies = await chat.SayAsync("46. and my doodah has gone numb since yesterday");

        Assert.Null(Outcome(replies));
        Assert.Equal(NumbWhere, LastQuestion(replies)!.Asks);
    }

    [Fact]
    public async Task SayingWhereAfterAnEarlierNotReallyStillEscalatesToAnEmergency()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToQuestionAboutAsync(chat, "saddle_numbness");
        await QuietPatient.ContinueToQuestionAboutAsync(chat, await chat.SayAsync("not really"), "age");
        await chat.SayAsync("46. and my doodah has gone numb since yesterday");

        var replies = await chat.SayAsync("down there");

        var outcome = Outcome(replies);
        Assert.Equal("emergency", outcome?.Disposition);
        Assert.Equal(["saddle_numbness"], outcome!.Findings);
    }

    [Fact]
    public async Task TheClarifyingQuestionsButtonForBothLegsEscalates()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["age"]);
        await chat.SayAsync("52, and everything from the waist is tingly");

        var replies = await chat.SayAsync("Both legs");

        Assert.Equal("emergency", Outcome(replies)?.Disposition);
        Assert.Equal(["both_legs"], Outcome(replies)!.Findings);
    }

    [Fact]
    public async Task SomewhereElseClosesTheClarifyingQuestionAndTheTriageCarriesOn()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["age"]);
        await chat.SayAsync("33 and my fingertips went numb in the cold");

        var replies = await chat.SayAsync("Somewhere else");

        Assert.Null(Outcome(replies));
        var next = LastQuestion(replies)!.Asks;
        Assert.DoesNotContain("saddle_numbness", next);
        Assert.DoesNotContain("age", next);
    }

    [Fact]
    public async Task TwoAnswersThatPickNothingEscalate()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToAsync(chat, ["age"]);
        await chat.SayAsync("60 and there's a strange numbness");

        var again = await chat.SayAsync("hmm");
        Assert.Equal(NumbWhere, LastQuestion(again)!.Asks);
        var replies = await chat.SayAsync("hmm");

        Assert.Equal("emergency", Outcome(replies)?.Disposition);
    }

    [Fact]
    public async Task ItsGoneNumbInAnswerToTheQuestionAboutNumbnessDownThereIsAYes()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.WalkToQuestionAboutAsync(chat, "saddle_numbness");

        var replies = await chat.SayAsync("its gone numb");

        Assert.Equal("emergency", Outcome(replies)?.Disposition);
        Assert.Contains("saddle_numbness", Outcome(replies)!.Findings);
    }

    [Fact]
    public async Task UnplacedWordsForTheToiletAfterTheOutcomeReopenTheQuestions()
    {
        var chat = host.NewHttpConversation();
        await QuietPatient.CompleteAsync(chat);

        var replies = await chat.SayAsync("oh and I had an accident this morning, didnt make it in time");

        Assert.Equal(["bladder_bowel"], LastQuestion(replies)!.Asks);
        Assert.Equal("emergency", Outcome(await chat.SayAsync("yes"))?.Disposition);
    }

    [Fact]
    public async Task TwoUnreadableAnswersToARedFlagQuestionEscalate()
    {
        var chat = host.NewHttpConversation();
        var question = await QuietPatient.WalkToQuestionAboutAsync(chat, "bladder_bowel");

        var again = await chat.SayAsync("purple");
        Assert.Null(Outcome(again));
        Assert.Contains("bladder_bowel", LastQuestion(again)!.Asks);
        var replies = await chat.SayAsync("purple");

        Assert.Equal("emergency", Outcome(replies)?.Disposition);
        Assert.NotNull(question);
    }
}
