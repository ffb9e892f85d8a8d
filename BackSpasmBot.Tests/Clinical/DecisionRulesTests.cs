using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

public class DecisionRulesTests
{
    private static SymptomReport With(params string[] presentFindings)
    {
        var report = new SymptomReport();
        foreach (var id in presentFindings)
        {
            report.Findings[id] = FindingStatus.Present;
        }

        return report;
    }

    /// <summary>Each finding's tier as the clinical content's findings table states it, written here, not read from the catalog.</summary>
    public static TheoryData<string, Disposition> EachFindingAlone() => new()
    {
        { "bladder_bowel", Disposition.Emergency }, { "saddle_numbness", Disposition.Emergency },
        { "sexual_dysfunction", Disposition.Emergency }, { "both_legs", Disposition.Emergency },
        { "limb_sensation_loss", Disposition.Emergency }, { "one_side_weakness", Disposition.Emergency },
        { "balance_coordination", Disposition.Emergency }, { "chest_pain", Disposition.Emergency },
        { "aortic_signs", Disposition.Emergency }, { "major_trauma", Disposition.Emergency },
        { "meningitis_signs", Disposition.Emergency }, { "thunderclap_headache", Disposition.Emergency },
        { "limb_weakness", Disposition.Urgent }, { "fever", Disposition.Urgent }, { "cancer_history", Disposition.Urgent },
        { "weight_loss", Disposition.Urgent }, { "night_pain", Disposition.Urgent }, { "immune_risk", Disposition.Urgent },
        { "fragility_injury", Disposition.Urgent }, { "sudden_severe", Disposition.Urgent },
        { "not_improving", Disposition.Gp }, { "age_flag", Disposition.Gp }, { "pregnant", Disposition.Gp },
        { "deformity_lump", Disposition.Gp }, { "cough_sneeze_worse", Disposition.Gp }, { "arm_numbness", Disposition.Gp },
        { "backache", Disposition.SelfCare }, { "spine_stiffness", Disposition.SelfCare }, { "spine_curvature", Disposition.SelfCare },
        { "hip_buttock_pain", Disposition.SelfCare }, { "arm_shoulder_pain", Disposition.SelfCare },
        { "leg_tingling_one_side", Disposition.SelfCare }, { "sciatica", Disposition.SelfCare },
        { "neck_stiffness", Disposition.SelfCare }, { "occipital_headache", Disposition.SelfCare },
    };

    [Fact]
    public void TheTierTableCoversEveryFindingInTheCatalog() =>
        Assert.Equal(
            FindingCatalog.All.Select(f => f.Id).Order(StringComparer.Ordinal),
            EachFindingAlone().Select(row => (string)row[0]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(EachFindingAlone))]
    public void EachFindingAloneDecidesItsOwnTier(string findingId, Disposition expected)
    {
        var decision = TriageRules.Decide(With(findingId));
        Assert.Equal(expected, decision.Disposition);
        Assert.Equal(expected == Disposition.SelfCare ? [] : [findingId], decision.Findings);
    }

    [Theory]
    [InlineData(new[] { "fever", "bladder_bowel" }, Disposition.Emergency, new[] { "bladder_bowel" })]
    [InlineData(new[] { "pregnant", "fever" }, Disposition.Urgent, new[] { "fever" })]
    [InlineData(new[] { "backache", "pregnant" }, Disposition.Gp, new[] { "pregnant" })]
    [InlineData(new[] { "fever", "cancer_history" }, Disposition.Urgent, new[] { "fever", "cancer_history" })]
    [InlineData(new[] { "limb_weakness", "sudden_severe" }, Disposition.Emergency, new[] { "limb_weakness", "sudden_severe" })]
    [InlineData(new[] { "limb_weakness", "saddle_numbness" }, Disposition.Emergency, new[] { "saddle_numbness", "limb_weakness" })]
    [InlineData(new[] { "limb_weakness", "fever" }, Disposition.Urgent, new[] { "limb_weakness", "fever" })]
    [InlineData(new[] { "neck_stiffness", "fever" }, Disposition.Emergency, new[] { "meningitis_signs" })]
    [InlineData(new[] { "neck_stiffness", "occipital_headache" }, Disposition.SelfCare, new string[0])]
    public void TheHighestTierWinsAndCombinationsRaiseIt(string[] present, Disposition expected, string[] expectedFindings)
    {
        var decision = TriageRules.Decide(With(present));
        Assert.Equal(expected, decision.Disposition);
        Assert.Equal(expectedFindings, decision.Findings);
    }

    [Fact]
    public void RedFlagDecisionWaitsWhileOnlyGpOrSelfCareFindingsArePresent()
    {
        Assert.Null(TriageRules.RedFlagDecision(With("pregnant", "backache")));
        Assert.Equal(Disposition.Urgent, TriageRules.RedFlagDecision(With("night_pain"))?.Disposition);
    }

    [Fact]
    public void AHedgedRedFlagCountsAsPresentOnlyAfterOneReAsk()
    {
        var report = new SymptomReport();
        report.Findings["saddle_numbness"] = FindingStatus.Hedged;
        Assert.Null(TriageRules.RedFlagDecision(report));
        Assert.Equal(["saddle_numbness"], TriageRules.FindingsToConfirm(report));

        report.ReAsked["saddle_numbness"] = 1;
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
        Assert.Empty(TriageRules.FindingsToConfirm(report));
    }

    [Fact]
    public void ASecondNotSureToTheSameQuestionEscalates()
    {
        var report = new SymptomReport();
        var question = TriageRules.Questions.Single(q => q.Id == "q_bladder_bowel");
        Assert.True(TriageRules.ApplyAnswer(report, question, "not sure"));
        Assert.Null(TriageRules.RedFlagDecision(report));
        Assert.False(TriageRules.IsAnswered(report, question));
        Assert.True(TriageRules.ApplyAnswer(report, question, "maybe"));
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    [Fact]
    public void APlainNoToTheReAskClearsTheHedge()
    {
        var report = new SymptomReport();
        TriageRules.ApplyMentions(report, SymptomRecognizer.Recognize("a bit odd when I wipe"));
        var confirm = TriageRules.ConfirmationQuestion("saddle_numbness");
        Assert.True(TriageRules.ApplyAnswer(report, confirm, "no"));
        Assert.Equal(FindingStatus.Absent, report.StatusOf("saddle_numbness"));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    [Theory]
    [InlineData(true, 55, true)]
    [InlineData(true, 17, true)]
    [InlineData(true, 35, false)]
    [InlineData(false, 60, false)]
    [InlineData(true, 19, true)]
    [InlineData(true, 20, false)]
    [InlineData(true, 50, false)]
    [InlineData(true, 51, true)]
    public void FirstBackPainUnder20OrOver50IsAnAgeFlag(bool firstEpisode, int age, bool expectGp)
    {
        var report = new SymptomReport { FirstEpisode = firstEpisode, Age = age };
        var decision = TriageRules.Decide(report);
        Assert.Equal(expectGp ? Disposition.Gp : Disposition.SelfCare, decision.Disposition);
        Assert.Equal(expectGp, decision.Findings.Contains("age_flag"));
    }

    [Theory]
    [InlineData(Trigger.FallOrKnock, 72, false, true)]
    [InlineData(Trigger.Lifting, 40, true, true)]
    [InlineData(Trigger.FallOrKnock, 40, false, false)]
    [InlineData(Trigger.ExerciseOrSport, 75, false, false)]
    [InlineData(Trigger.FallOrKnock, 69, false, false)]
    [InlineData(Trigger.FallOrKnock, 70, false, true)]
    public void AFallOrLiftWithThinBonesOrAge70IsAFragilityInjury(Trigger trigger, int age, bool osteoporosis, bool expectUrgent)
    {
        var report = new SymptomReport { Trigger = trigger, Age = age, FirstEpisode = false };
        if (osteoporosis)
        {
            report.Modifiers["osteoporosis"] = true;
        }

        Assert.Equal(expectUrgent, TriageRules.RedFlagDecision(report)?.Findings.Contains("fragility_injury") ?? false);
    }

    [Theory]
    [InlineData(700.0, Disposition.Gp)]
    [InlineData(600.0, Disposition.SelfCare)]
    [InlineData(4 * 7 * 24.0, Disposition.Gp)]
    [InlineData((4 * 7 * 24.0) - 1, Disposition.SelfCare)]
    public void PainLasting4WeeksOrMoreIsNotImproving(double onsetHours, Disposition expected) =>
        Assert.Equal(expected, TriageRules.Decide(new SymptomReport { OnsetHours = onsetHours, FirstEpisode = false }).Disposition);

    [Fact]
    public void YesToAGroupedRedFlagQuestionConfirmsNoFindingUnlessTheAnswerNamesOne()
    {
        var stroke = TriageRules.Questions.Single(q => q.Id == "q_stroke_balance");
        var bare = new SymptomReport();
        TriageRules.ApplyAnswer(bare, stroke, "yes");
        Assert.All(stroke.Asks, id => Assert.Equal(FindingStatus.Unknown, bare.StatusOf(id)));
        var decision = TriageRules.Decide(bare);
        Assert.Equal(Disposition.Emergency, decision.Disposition);
        Assert.Empty(decision.Findings);
        Assert.Equal(["q_stroke_balance"], decision.Groups);
        Assert.True(TriageRules.IsAnswered(bare, stroke));

        var named = new SymptomReport();
        TriageRules.ApplyAnswer(named, stroke, "yes, I keep losing my balance");
        Assert.Equal(FindingStatus.Present, named.StatusOf("balance_coordination"));
        Assert.Equal(FindingStatus.Unknown, named.StatusOf("one_side_weakness"));
        Assert.Equal(["balance_coordination"], TriageRules.Decide(named).Findings);
        Assert.Empty(TriageRules.Decide(named).Groups);
        Assert.True(TriageRules.IsAnswered(named, stroke));
    }

    [Fact]
    public void NoWithAPresentFindingInTheSameAnswerKeepsTheFinding()
    {
        var report = new SymptomReport();
        TriageRules.ApplyAnswer(report, TriageRules.Questions.Single(q => q.Id == "q_stroke_balance"), "no, but both my legs are numb");
        Assert.Equal(FindingStatus.Present, report.StatusOf("both_legs"));
        Assert.Equal(FindingStatus.Absent, report.StatusOf("balance_coordination"));
    }

    [Fact]
    public void AnUnrecognisedAnswerIsReportedSoTheDialogCanReAsk() =>
        Assert.False(TriageRules.ApplyAnswer(new SymptomReport(), TriageRules.Questions.Single(q => q.Id == "q_fever"), "purple"));

    [Fact]
    public void TheSymptomsQuestionNeverBlocks()
    {
        var report = new SymptomReport();
        var symptoms = TriageRules.Questions.Single(q => q.Stage == Stage.Symptoms);
        Assert.True(TriageRules.ApplyAnswer(report, symptoms, "yes"));
        Assert.True(TriageRules.IsAnswered(report, symptoms));
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void AReasonSentenceToTheMedicineQuestionCountsAsACaution()
    {
        var question = TriageRules.Questions.Single(q => q.Id == "q_nsaid_caution");
        foreach (var reason in new[] { "I had a stomach ulcer last year", "I take warfarin", "yes", "Yes, one or more", "not sure" })
        {
            var report = new SymptomReport();
            Assert.True(TriageRules.ApplyAnswer(report, question, reason));
            Assert.True(report.NsaidCaution, reason);
        }

        foreach (var no in new[] { "no", "None of these", "none" })
        {
            var none = new SymptomReport();
            TriageRules.ApplyAnswer(none, question, no);
            Assert.False(none.NsaidCaution, no);
        }
    }

    [Fact]
    public void QuestionsAreInStageOrderWithWeaknessAndSuddenSeverityFirstInTheUrgentStage()
    {
        var stages = TriageRules.Questions.Select(q => q.Stage).ToArray();
        Assert.Equal(stages.OrderBy(s => s), stages);
        var urgent = TriageRules.Questions.Where(q => q.Stage == Stage.Urgent).ToArray();
        Assert.Equal(["limb_weakness"], urgent[0].Asks);
        Assert.Equal(["sudden_severe"], urgent[1].Asks);
        Assert.Equal(["bladder_bowel"], TriageRules.Questions[0].Asks);
    }

    [Fact]
    public void EveryFindingAndFactIsAskedByExactlyOneQuestionExceptTheDerivedAgeFlag()
    {
        // The medicine checklist's "which one?" follow-up asks about the same fact.
        var asked = TriageRules.Questions.Where(q => q.Id != "q_nsaid_which").SelectMany(q => q.Asks).ToArray();
        Assert.Equal(asked.Length, asked.Distinct().Count());
        var expected = FindingCatalog.All.Select(f => f.Id).Where(id => id != "age_flag").Concat(FindingCatalog.FactIds);
        Assert.Equal(expected.OrderBy(x => x), asked.OrderBy(x => x));
    }
}
