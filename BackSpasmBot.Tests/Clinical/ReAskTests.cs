using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>The re-ask and give-up decisions, in the clinical core where the dialogs take them from.</summary>
public sealed class ReAskTests
{
    [Theory]
    [InlineData("not sure")]
    [InlineData("the weather is nice")]
    public void AnAnswerToTheReAskThatIsNeitherYesNorNoLeavesTheRedFlagUnclearWhichEscalates(string answer)
    {
        var report = new SymptomReport();
        TriageRules.ApplyMentions(report, SymptomRecognizer.Recognize("a bit odd when I wipe"));
        Assert.Equal("saddle_numbness", TriageRules.NextConfirmation(report, TriageRules.RedFlagDecision(report)));

        Assert.True(TriageRules.ApplyAnswer(report, TriageRules.ConfirmationQuestion("saddle_numbness"), answer));

        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
        Assert.Null(TriageRules.NextConfirmation(report, null));
    }

    [Fact]
    public void OnceARedFlagIsPresentOnlyEmergencyFindingsAreReAsked()
    {
        var report = new SymptomReport();
        report.Findings["fever"] = FindingStatus.Present;
        report.Findings["pregnant"] = FindingStatus.Hedged;

        Assert.Null(TriageRules.NextConfirmation(report, TriageRules.RedFlagDecision(report)));

        report.Findings["both_legs"] = FindingStatus.Hedged;
        Assert.Equal("both_legs", TriageRules.NextConfirmation(report, TriageRules.RedFlagDecision(report)));
    }

    [Fact]
    public void GivingUpOnARedFlagQuestionEscalatesOnAGroupCountsTheGroupAndOnAFactSkipsIt()
    {
        var report = new SymptomReport();
        var single = TriageRules.Questions.Single(q => q.Id == "q_bladder_bowel");
        var group = TriageRules.Questions.Single(q => q.Id == "q_chest_aorta");
        var fact = TriageRules.Questions.Single(q => q.Id == "q_onset");

        Assert.False(TriageRules.GiveUpOn(report, single));
        Assert.False(TriageRules.GiveUpOn(report, group));
        Assert.True(TriageRules.GiveUpOn(report, fact));

        var decision = TriageRules.RedFlagDecision(report);
        Assert.Equal(Disposition.Emergency, decision?.Disposition);
        Assert.Equal(["bladder_bowel"], decision!.Findings);
        Assert.Equal(["q_chest_aorta"], decision.Groups);
        Assert.Null(report.OnsetHours);
    }
}
