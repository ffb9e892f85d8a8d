using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// A red flag typed at ANY step, in answer to a different question, ends the questioning at once with the right
/// disposition (docs/clinical-content.md, section 6, item 4).
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

    /// <summary>
    /// The only questions allowed between an urgent red flag and its outcome: the emergency questions not yet answered
    /// (docs/clinical-content.md §3), and the one whose answer could make it an emergency (limb weakness that came on
    /// suddenly or is getting worse; a fever with a stiff neck).
    /// </summary>
    private static readonly string[] UpgradeChecks = ["sudden_severe", "neck_stiffness"];

    private static readonly HashSet<string> EmergencyQuestionAsks =
        [.. TriageRules.Questions.Where(q => q.Stage == Stage.Emergency).SelectMany(q => q.Asks), .. UpgradeChecks];

    [Theory]
    [MemberData(nameof(EveryStep))]
    public Task ARedFlagTypedAtThisStepEndsTheQuestioningAtOnce(string step, string words, string disposition, string finding) =>
        RedFlagAtStepAsync(new InProcessConversation(host.Host.Services.GetRequiredService<IBot>()), step, words, disposition, finding);

    /// <summary>The same, through everything a channel's message goes through: HTTP, the real adapter, the turn pipeline, the message cap.</summary>
    [Theory]
    [MemberData(nameof(EveryStep))]
    public Task ARedFlagTypedAtThisStepOverTheRealHttpPipelineEndsTheQuestioningAtOnce(string step, string words, string disposition, string finding) =>
        RedFlagAtStepAsync(host.NewHttpConversation(), step, words, disposition, finding);

    private static async Task RedFlagAtStepAsync(IChatDriver chat, string step, string words, string disposition, string finding)
    {
        await QuietPatient.WalkToAsync(chat, step.Split(','));

        var replies = await chat.SayAsync(words);
        for (var turn = 0; disposition == "urgent" && turn < 12 && replies.Select(TriageData.Of).SingleOrDefault(d => d?.IsQuestion == true) is { } check; turn++)
        {
            Assert.Subset(EmergencyQuestionAsks, check.Asks.ToHashSet());
            replies = await chat.SayAsync("no");
        }

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

    [Theory]
    [InlineData("yes my leg has gone weak", "yes, it came on suddenly this morning", "emergency")]
    [InlineData("yes my leg has gone weak", "no, it's been like that for weeks", "urgent")]
    [InlineData("yes I'm burning up with a fever", "yes my neck is really stiff", "emergency")]
    [InlineData("yes I'm burning up with a fever", "not sure", "emergency")]
    [InlineData("yes I'm burning up with a fever", "no", "urgent")]
    public async Task AnUrgentFlagIsCheckedOnceForWhatWouldMakeItAnEmergency(string flag, string check, string disposition)
    {
        var chat = new InProcessConversation(host.Host.Services.GetRequiredService<IBot>());
        var question = await QuietPatient.WalkToAsync(chat, flag.Contains("fever", StringComparison.Ordinal) ? ["fever"] : ["limb_weakness"]);
        Assert.NotNull(question);

        var asked = Assert.Single(await chat.SayAsync(flag), r => TriageData.Of(r)?.IsQuestion == true);
        Assert.Single(TriageData.Of(asked)!.Asks, id => UpgradeChecks.Contains(id));

        var outcome = (await chat.SayAsync(check)).Select(TriageData.Of).Single(d => d?.IsOutcome == true);
        Assert.Equal(disposition, outcome!.Disposition);
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
        var replies = await chat.SayAsync("back spasms and a fever of 38.6 since yesterday");
        for (var turn = 0; turn < 12 && !replies.Any(r => TriageData.Of(r)?.IsOutcome == true); turn++)
        {
            replies = await chat.SayAsync("no");
        }

        var urgent = replies.Select(TriageData.Of).Single(d => d?.IsOutcome == true);
        Assert.Equal("urgent", urgent!.Disposition);

        replies = await chat.SayAsync("and my bum feels numb");

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
