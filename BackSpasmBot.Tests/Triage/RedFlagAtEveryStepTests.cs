using BackSpasmBot.Clinical;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// TRIAGE-SPEC §5 rule 1: a red flag typed at ANY step, in answer to a different question, ends the questioning
/// at once with the right disposition.
/// </summary>
public sealed class RedFlagAtEveryStepTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    /// <summary>Every question the quiet patient is asked, each with a red flag worded differently.</summary>
    public static TheoryData<string, string, string, string> EveryStep()
    {
        (string Words, string Disposition, string Finding)[] flags =
        [
            ("45. Also I wet myself this morning", "emergency", "bladder_bowel"),
            ("no, but when I wipe I can't feel the paper", "emergency", "saddle_numbness"),
            ("actually both my legs have gone numb and tingly", "emergency", "both_legs"),
            ("my chest feels tight and I'm sweating", "emergency", "chest_pain"),
            ("sorry, I've got a temperature of 39 and the shivers", "urgent", "fever"),
            ("also my right foot keeps slapping the floor when I walk", "urgent", "limb_weakness"),
            ("I forgot to say I had bowel cancer 3 years ago", "urgent", "cancer_history"),
        ];
        var data = new TheoryData<string, string, string, string>();
        var questions = TriageRules.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            var (words, disposition, finding) = flags[i % flags.Length];
            data.Add(string.Join(",", questions[i].Asks), words, disposition, finding);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStep))]
    public async Task ARedFlagTypedAtThisStepEndsTheQuestioningAtOnce(string step, string words, string disposition, string finding)
    {
        var chat = new InProcessConversation(host.Host.Services.GetRequiredService<IBot>());
        await QuietPatient.WalkToAsync(chat, step.Split(','));

        var replies = await chat.SayAsync(words);

        var outcome = replies.Select(TriageData.Of).SingleOrDefault(d => d?.IsOutcome == true);
        Assert.NotNull(outcome);
        Assert.Equal(disposition, outcome.Disposition);
        Assert.Contains(finding, outcome.Findings);
        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.IsQuestion == true);
    }

    [Theory]
    [InlineData("I wet myself this morning", "bladder_bowel")]
    [InlineData("My legs have both gone weak", "both_legs")]
    public async Task ARedFlagInTheFirstMessageEscalatesBeforeAnyQuestion(string opening, string finding)
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();

        var replies = await chat.SayAsync(opening);

        var outcome = Assert.Single(replies.Select(TriageData.Of), d => d?.IsOutcome == true);
        Assert.Equal("emergency", outcome!.Disposition);
        Assert.Contains(finding, outcome.Findings);
        Assert.DoesNotContain(replies, r => TriageData.Of(r)?.IsQuestion == true);
    }

    [Fact]
    public async Task ARedFlagAfterASelfCareOutcomeEscalates()
    {
        var chat = new InProcessConversation(host.Host.Services.GetRequiredService<IBot>());
        var first = await QuietPatient.CompleteAsync(chat);
        Assert.Equal("selfcare", first.Disposition);

        var replies = await chat.SayAsync("thanks. oh no, now I can't pee at all");

        var outcome = replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true);
        Assert.Equal("emergency", outcome!.Disposition);
        Assert.Contains("bladder_bowel", outcome.Findings);
    }

    [Fact]
    public async Task AnUrgentOutcomeIsRaisedToAnEmergencyWhenOneIsMentionedLater()
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();
        var urgent = (await chat.SayAsync("back spasms and a fever of 38.6 since yesterday")).Select(TriageData.Of).Single(d => d?.IsOutcome == true);
        Assert.Equal("urgent", urgent!.Disposition);

        var replies = await chat.SayAsync("and my bum feels numb");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }

    [Fact]
    public async Task AnEmergencyMentionedAgainAfterTheOutcomeIsNeverMetWithSilence()
    {
        var chat = host.NewHttpConversation();
        await chat.JoinAsync();
        await chat.SayAsync("I can't control my bladder");

        var replies = await chat.SayAsync("I still can't control my bladder, what do I do");

        Assert.Equal("emergency", replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true)!.Disposition);
    }
}
