using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.FollowUps;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>The check-in's rules (docs/clinical-content.md §8): progress words, when a doctor is needed, ice to heat.</summary>
public sealed class FollowUpRulesTests
{
    [Theory]
    [InlineData("Better", Progress.Better)]
    [InlineData("a bit better thanks", Progress.Better)]
    [InlineData("About the same", Progress.Same)]
    [InlineData("no better", Progress.Same)]
    [InlineData("it isn't any better", Progress.Same)]
    [InlineData("not better, worse if anything", Progress.Worse)]
    [InlineData("Worse", Progress.Worse)]
    [InlineData("much worse today", Progress.Worse)]
    [InlineData("3", Progress.Worse)]
    [InlineData("what?", Progress.Unknown)]
    [InlineData("", Progress.Unknown)]
    public void ReadsHowTheBackIsDoing(string answer, Progress expected) =>
        Assert.Equal(expected, FollowUpRules.ParseProgress(answer));

    private static SymptomReport ReportAt(double onsetHours) => new() { Age = 35, OnsetHours = onsetHours, NsaidCaution = false };

    [Fact]
    public void BetterPastFortyEightHoursMovesFromIceToHeatAndOffersNoMore()
    {
        var before = TriageRules.Plan(ReportAt(24), Disposition.SelfCare);

        var decision = FollowUpRules.Decide(ReportAt(48.5), Disposition.SelfCare, Progress.Better, [], before);

        Assert.Contains(PlanSteps.IceFirst, before);
        Assert.DoesNotContain(PlanSteps.IceFirst, decision.Plan);
        Assert.Contains("heat", decision.Plan);
        Assert.True(decision.SwitchedToHeat);
        Assert.Equal(Disposition.SelfCare, decision.Disposition);
        Assert.False(decision.OfferAnother);
    }

    [Fact]
    public void WithinFortyEightHoursIceStays()
    {
        var before = TriageRules.Plan(ReportAt(2), Disposition.SelfCare);

        var decision = FollowUpRules.Decide(ReportAt(26), Disposition.SelfCare, Progress.Same, [], before);

        Assert.Contains(PlanSteps.IceFirst, decision.Plan);
        Assert.False(decision.SwitchedToHeat);
    }

    [Fact]
    public void WorseMeansADoctorBecauseItIsGettingWorse()
    {
        var decision = FollowUpRules.Decide(ReportAt(30), Disposition.SelfCare, Progress.Worse, [], []);

        Assert.Equal(Disposition.Gp, decision.Disposition);
        Assert.Equal(SeeDoctorReason.Worse, decision.SeeDoctorBecause);
        Assert.Equal(["not_improving"], decision.Findings);
        Assert.True(decision.OfferAnother);
    }

    [Theory]
    [InlineData(4 * 7 * 24 - 1, SeeDoctorReason.None)]
    [InlineData(4 * 7 * 24, SeeDoctorReason.NotBetterInTime)]
    public void NotBetterAfterFourWeeksMeansADoctor(double onsetHours, SeeDoctorReason expected)
    {
        var decision = FollowUpRules.Decide(ReportAt(onsetHours), Disposition.SelfCare, Progress.Same, [], []);

        Assert.Equal(expected, decision.SeeDoctorBecause);
        Assert.Equal(expected == SeeDoctorReason.None ? Disposition.SelfCare : Disposition.Gp, decision.Disposition);
    }

    [Fact]
    public void BetterAfterFourWeeksKeepsTheSelfCarePlan()
    {
        var decision = FollowUpRules.Decide(ReportAt(5 * 7 * 24), Disposition.SelfCare, Progress.Better, [], []);

        Assert.Equal(Disposition.SelfCare, decision.Disposition);
        Assert.Equal(SeeDoctorReason.None, decision.SeeDoctorBecause);
    }

    [Fact]
    public void TheEmergencyQuestionsAskedAgainAreBladderSaddleAndBothLegs() =>
        Assert.Equal(["bladder_bowel", "saddle_numbness", "both_legs"], FollowUpRules.RecheckQuestions.SelectMany(q => q.Asks));

    [Theory]
    [InlineData("Tomorrow", OfferAnswer.Tomorrow)]
    [InlineData("yes please", OfferAnswer.Tomorrow)]
    [InlineData("In 2 days", OfferAnswer.InTwoDays)]
    [InlineData("No thanks", OfferAnswer.NoThanks)]
    [InlineData("no", OfferAnswer.NoThanks)]
    [InlineData("not sure", OfferAnswer.Unknown)]
    [InlineData("my back hurts", OfferAnswer.Unknown)]
    public void ReadsTheAnswerToTheOfferWithoutAssumingConsent(string answer, OfferAnswer expected) =>
        Assert.Equal(expected, FollowUpAnswers.ParseOffer(answer));

    [Theory]
    [InlineData("stop check-ins", TriageCommand.StopCheckIns)]
    [InlineData("Stop check ins please", TriageCommand.StopCheckIns)]
    [InlineData("cancel the check-in", TriageCommand.StopCheckIns)]
    [InlineData("stop", TriageCommand.Cancel)]
    public void StopCheckInsIsItsOwnCommand(string text, TriageCommand expected) =>
        Assert.Equal(expected, TriageCommands.Parse(text));
}
