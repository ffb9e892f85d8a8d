using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// The conversation rules a clinical safety review requires (docs/clinical-content.md §3–4), played through the real
/// bot. Only the contract (<c>channelData.triage</c>) and the text the person sees are read, never the bot's code.
/// </summary>
public sealed class SafetyConversationTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private InProcessConversation NewChat() => new(host.Host.Services.GetRequiredService<IBot>());

    private static TriageData? QuestionIn(IReadOnlyList<Activity> replies) =>
        replies.Select(TriageData.Of).LastOrDefault(d => d?.IsQuestion == true);

    private static TriageData? OutcomeIn(IReadOnlyList<Activity> replies) =>
        replies.Select(TriageData.Of).FirstOrDefault(d => d?.IsOutcome == true);

    /// <summary>Answers "no" until the bot asks about <paramref name="finding"/>, then says yes; returns the outcome.</summary>
    private static async Task<(TriageData Outcome, List<IReadOnlyList<string>> Asked)> AnswerNoUntilAsync(IChatDriver chat, IReadOnlyList<Activity> replies, string finding, string yes = "yes")
    {
        var asked = new List<IReadOnlyList<string>>();
        for (var turn = 0; turn < 30; turn++)
        {
            if (OutcomeIn(replies) is { } outcome)
            {
                return (outcome, asked);
            }

            var question = QuestionIn(replies) ?? throw new InvalidOperationException("Neither a question nor an outcome.");
            asked.Add(question.Asks);
            replies = await chat.SayAsync(question.Asks.Contains(finding) ? yes : "no");
        }

        throw new InvalidOperationException("No outcome.");
    }

    [Theory]
    [InlineData("I've had cancer", "bladder_bowel")]
    [InlineData("I've had cancer", "saddle_numbness")]
    [InlineData("I've had cancer", "both_legs")]
    [InlineData("my back pain is getting worse quickly", "bladder_bowel")]
    [InlineData("my back pain is getting worse quickly", "saddle_numbness")]
    [InlineData("my back pain is getting worse quickly", "both_legs")]
    [InlineData("I take prednisolone and my back has gone into spasm", "bladder_bowel")]
    [InlineData("I take prednisolone and my back has gone into spasm", "saddle_numbness")]
    [InlineData("I take prednisolone and my back has gone into spasm", "both_legs")]
    [InlineData("I've had cancer", "sexual_dysfunction")]
    public async Task AnUrgentOpeningIsFollowedByTheCaudaEquinaQuestionsAndAYesToAnyGivesAnEmergency(string opening, string yesTo)
    {
        var chat = NewChat();
        await chat.JoinAsync();

        var replies = await chat.SayAsync(opening);
        Assert.Null(OutcomeIn(replies));
        var (outcome, asked) = await AnswerNoUntilAsync(chat, replies, yesTo);

        Assert.Equal("emergency", outcome.Disposition);
        Assert.Contains(yesTo, outcome.Findings);
        Assert.Contains(asked, asks => asks.SequenceEqual([yesTo]));
    }

    [Theory]
    [InlineData("I've had cancer", "cancer_history")]
    [InlineData("my back pain is getting worse quickly", "sudden_severe")]
    [InlineData("I take prednisolone and my back has gone into spasm", "immune_risk")]
    public async Task AnUrgentOpeningAsksEveryCaudaEquinaQuestionBeforeTheUrgentOutcome(string opening, string urgentFinding)
    {
        var chat = NewChat();
        await chat.JoinAsync();

        var (outcome, asked) = await AnswerNoUntilAsync(chat, await chat.SayAsync(opening), "nothing");

        Assert.Equal("urgent", outcome.Disposition);
        Assert.Contains(urgentFinding, outcome.Findings);
        var askedIds = asked.SelectMany(a => a).ToHashSet();
        Assert.Superset(new HashSet<string> { "bladder_bowel", "saddle_numbness", "both_legs", "sexual_dysfunction", "limb_sensation_loss" }, askedIds);
    }

    [Fact]
    public async Task TheCaudaEquinaQuestionsAreAskedOneAtATimeAndTheSexualQuestionOnItsOwn()
    {
        var chat = NewChat();
        var seen = new List<IReadOnlyList<string>>();
        await chat.JoinAsync();
        var replies = await chat.SayAsync(QuietPatient.Opening);
        for (var turn = 0; turn < 40 && OutcomeIn(replies) is null; turn++)
        {
            var asks = QuestionIn(replies)!.Asks;
            seen.Add(asks);
            replies = await chat.SayAsync(QuietPatient.AnswerTo(asks));
        }

        foreach (var finding in new[] { "bladder_bowel", "saddle_numbness", "both_legs", "sexual_dysfunction" })
        {
            Assert.Contains(seen, asks => asks.SequenceEqual([finding]));
            Assert.DoesNotContain(seen, asks => asks.Count > 1 && asks.Contains(finding));
        }
    }

    [Theory]
    [InlineData("one_side_weakness", "emergency")]
    [InlineData("chest_pain", "emergency")]
    [InlineData("meningitis_signs", "emergency")]
    [InlineData("cancer_history", "urgent")]
    [InlineData("deformity_lump", "gp")]
    public async Task APlainYesToAGroupedQuestionNeverReportsAFindingThePersonDidNotConfirm(string groupMember, string disposition)
    {
        var chat = NewChat();
        var question = await QuietPatient.WalkToAsync(chat, AsksOfTheQuestionAbout(groupMember));
        var group = TriageData.Of(question)!.Asks;
        Assert.True(group.Count > 1, "the question is not grouped");

        var replies = await chat.SayAsync("yes");
        var (outcome, _) = await AnswerNoUntilAsync(chat, replies, "nothing");
        var text = (await chat.SayAsync("show my plan")).Single(r => TriageData.Of(r)?.IsOutcome == true).Text;

        Assert.Equal(disposition, outcome.Disposition);
        Assert.Empty(outcome.Findings.Intersect(group));
        Assert.Contains("when I asked about", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stroke", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("meningitis", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("you've had cancer", text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> AsksOfTheQuestionAbout(string finding) => finding switch
    {
        "one_side_weakness" => ["one_side_weakness", "balance_coordination"],
        "chest_pain" => ["chest_pain", "aortic_signs"],
        "meningitis_signs" => ["meningitis_signs", "thunderclap_headache"],
        "cancer_history" => ["cancer_history", "weight_loss"],
        _ => ["deformity_lump", "cough_sneeze_worse", "arm_numbness"],
    };

    [Theory]
    [InlineData("I take apixaban", "you take a blood thinner")]
    [InlineData("I'm on rivaroxaban", "you take a blood thinner")]
    [InlineData("edoxaban", "you take a blood thinner")]
    [InlineData("I take dabigatran", "you take a blood thinner")]
    [InlineData("clopidogrel every morning", "you take a blood thinner")]
    [InlineData("I take a daily low-dose aspirin", "you take a blood thinner")]
    [InlineData("I have Crohn's disease", "you have Crohn's disease or colitis")]
    [InlineData("ulcerative colitis", "you have Crohn's disease or colitis")]
    [InlineData("I have heart failure", "you have heart failure")]
    [InlineData("I've been vomiting since last night", "you've been vomiting or passing less urine")]
    public async Task EachMedicineCautionLeadsToThePharmacistStepWithThePersonsReason(string answer, string reason)
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["nsaid_caution"]);

        var replies = await chat.SayAsync(answer);

        var outcome = OutcomeIn(replies)!;
        var text = replies.Single(r => TriageData.Of(r)?.IsOutcome == true).Text;
        Assert.Contains("ask_pharmacist", outcome.Plan);
        Assert.DoesNotContain("ibuprofen", outcome.Plan);
        Assert.DoesNotContain("aspirin", outcome.Plan);
        Assert.Contains($"Don't take ibuprofen or aspirin until a pharmacist or doctor says it's safe, because {reason}", text, StringComparison.Ordinal);
        Assert.Contains("A pharmacist can suggest a pain relief that suits you.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainYesToTheMedicineChecklistAsksWhichAndGivesThatReasonBack()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["nsaid_caution"]);

        var which = QuestionIn(await chat.SayAsync("yes"));
        Assert.Equal(["nsaid_caution"], which!.Asks);
        var replies = await chat.SayAsync("Blood thinner");

        Assert.Contains("because you take a blood thinner.", replies.Single(r => TriageData.Of(r)?.IsOutcome == true).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMedicineChecklistIsShortSeparateLinesNamingTheNewerBloodThinners()
    {
        var chat = NewChat();
        var question = await QuietPatient.WalkToAsync(chat, ["nsaid_caution"]);

        var lines = question.Text.Split('\n');
        Assert.True(lines.Length >= 8, "not a checklist of separate lines");
        foreach (var word in new[] { "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "clopidogrel", "daily low-dose aspirin", "Crohn's", "heart failure", "vomiting" })
        {
            Assert.Contains(word, question.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoCautionGivesIbuprofenAndAspirinOnlyAsAnAlternativeInsteadOfIt()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["nsaid_caution"]);

        var replies = await chat.SayAsync("None of these");

        var outcome = OutcomeIn(replies)!;
        var text = replies.Single(r => TriageData.Of(r)?.IsOutcome == true).Text;
        Assert.Contains("ibuprofen", outcome.Plan);
        var aspirinLine = text.Split('\n').Single(line => line.Contains("Aspirin", StringComparison.Ordinal));
        Assert.Contains("instead of ibuprofen", aspirinLine, StringComparison.Ordinal);
        Assert.Contains("never both together", aspirinLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes, it's getting worse")]
    [InlineData("it came on suddenly")]
    [InlineData("not sure")]
    public async Task LegWeaknessGettingWorseIsAnEmergencyWhateverThePainAnswer(string worse)
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["fever"]);

        // The pain question was answered "no" on the way; the weakness comes up afterwards.
        var check = QuestionIn(await chat.SayAsync("no fever, but my right foot has started slapping the ground"));
        Assert.NotNull(check);
        var replies = await chat.SayAsync(worse);

        var outcome = OutcomeIn(replies)!;
        var text = replies.Single(r => TriageData.Of(r)?.IsOutcome == true).Text;
        Assert.Equal("emergency", outcome.Disposition);
        Assert.Equal(["limb_weakness"], outcome.Findings);
        Assert.Contains("because the weakness in your arm or leg came on suddenly or is getting worse", text, StringComparison.Ordinal);
        Assert.DoesNotContain("severe pain", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("your pain is severe", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LegWeaknessThatIsNotGettingWorseIsUrgentAndTheMessageSaysDontDrive()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["fever"]);
        await chat.SayAsync("my leg keeps giving way");

        var replies = await chat.SayAsync("no, it's the same as last week");

        var outcome = OutcomeIn(replies)!;
        Assert.Equal("urgent", outcome.Disposition);
        Assert.Contains("Don't drive yourself", replies.Single(r => TriageData.Of(r)?.IsOutcome == true).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeaknessSaidToBeGettingWorseIsAnEmergencyAtOnce()
    {
        var chat = NewChat();
        await QuietPatient.WalkToAsync(chat, ["fever"]);

        var replies = await chat.SayAsync("no, but my left leg is weak and getting weaker");

        var outcome = OutcomeIn(replies)!;
        Assert.Equal("emergency", outcome.Disposition);
        Assert.DoesNotContain("sudden_severe", outcome.Findings);
    }
}
