using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Regions;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Tests.Clinical;

public class PlanRulesTests
{
    private static SymptomReport Report(int? age = 35, double? onsetHours = 20, bool? nsaidCaution = false, bool pregnant = false,
        bool? dehydration = false, Trigger? trigger = Trigger.Lifting)
    {
        var report = new SymptomReport
        {
            Age = age, OnsetHours = onsetHours, NsaidCaution = nsaidCaution, Dehydration = dehydration, Trigger = trigger, FirstEpisode = false,
        };
        if (pregnant)
        {
            report.Findings["pregnant"] = FindingStatus.Present;
        }

        return report;
    }

    private static IReadOnlyList<string> PlanFor(SymptomReport report) => TriageRules.Plan(report, TriageRules.Decide(report).Disposition);

    [Theory]
    [InlineData(Disposition.SelfCare)]
    [InlineData(Disposition.Gp)]
    public void TheStandingStepsAreAlwaysInASelfCareOrGpPlan(Disposition disposition)
    {
        var plan = TriageRules.Plan(Report(), disposition);
        Assert.Superset(new HashSet<string> { "relative_rest", "gentle_walks", "seated_position", "side_lying_position", "heat", "prevention", "safety_net" }, plan.ToHashSet());
    }

    [Theory]
    [InlineData(Disposition.Urgent)]
    [InlineData(Disposition.Emergency)]
    public void UrgentAndEmergencyHaveNoPlan(Disposition disposition) => Assert.Empty(TriageRules.Plan(Report(), disposition));

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(48.0, true)]
    [InlineData(49.0, false)]
    [InlineData(120.0, false)]
    [InlineData(null, true)]
    public void IceIsOfferedOnlyInTheFirst48HoursOrWhenOnsetIsUnknown(double? onsetHours, bool expectIce) =>
        Assert.Equal(expectIce, PlanFor(Report(onsetHours: onsetHours)).Contains("ice_first"));

    [Theory]
    [InlineData(30, true, true, false)]
    [InlineData(16, true, true, false)]
    [InlineData(15, true, false, true)]
    [InlineData(14, true, false, true)]
    [InlineData(12, true, false, true)]
    [InlineData(11, false, false, true)]
    public void AgeDecidesIbuprofenAspirinAndTheUnder16Warning(int age, bool ibuprofen, bool aspirin, bool under16Warning)
    {
        var plan = PlanFor(Report(age: age));
        Assert.Equal(ibuprofen, plan.Contains("ibuprofen"));
        Assert.Equal(aspirin, plan.Contains("aspirin"));
        Assert.Equal(under16Warning, plan.Contains("no_aspirin_under_16"));
    }

    [Fact]
    public void AnNsaidCautionMeansAskAPharmacistAndNoAntiInflammatories()
    {
        var plan = PlanFor(Report(nsaidCaution: true));
        Assert.Contains("ask_pharmacist", plan);
        Assert.DoesNotContain("ibuprofen", plan);
        Assert.DoesNotContain("aspirin", plan);
    }

    [Fact]
    public void WithoutCautionThereIsNoPharmacistStepAndBothMedicinesAreOffered()
    {
        var plan = PlanFor(Report(nsaidCaution: false));
        Assert.DoesNotContain("ask_pharmacist", plan);
        Assert.Contains("ibuprofen", plan);
        Assert.Contains("aspirin", plan);
    }

    [Fact]
    public void PregnancyRulesOutIbuprofenAndAspirinEvenWhenNoOtherCautionWasGiven()
    {
        var plan = PlanFor(Report(pregnant: true, nsaidCaution: false));
        Assert.DoesNotContain("ibuprofen", plan);
        Assert.DoesNotContain("aspirin", plan);
        Assert.Contains("ask_pharmacist", plan);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void Age65OrOverCountsAsAnNsaidCaution(int age, bool expectPharmacist)
    {
        var plan = PlanFor(Report(age: age));
        Assert.Equal(expectPharmacist, plan.Contains("ask_pharmacist"));
        Assert.Equal(!expectPharmacist, plan.Contains("ibuprofen"));
    }

    [Fact]
    public void UnknownAgeNeverNamesAspirinOrIbuprofen()
    {
        var plan = PlanFor(Report(age: null));
        Assert.DoesNotContain("aspirin", plan);
        Assert.DoesNotContain("ibuprofen", plan);
        Assert.Contains("ask_pharmacist", plan);
    }

    [Fact]
    public void UnansweredNsaidCautionNeverNamesAspirinOrIbuprofen()
    {
        var plan = PlanFor(Report(nsaidCaution: null));
        Assert.DoesNotContain("aspirin", plan);
        Assert.Contains("ask_pharmacist", plan);
    }

    [Theory]
    [InlineData(true, Trigger.Lifting, true)]
    [InlineData(false, Trigger.ExerciseOrSport, true)]
    [InlineData(false, Trigger.Lifting, false)]
    [InlineData(false, Trigger.NoneKnown, false)]
    public void HydrationFollowsDehydrationOrExercise(bool dehydration, Trigger trigger, bool expectHydration) =>
        Assert.Equal(expectHydration, PlanFor(Report(dehydration: dehydration, trigger: trigger)).Contains("hydration"));

    [Fact]
    public void EveryPlanStepHasWordingAndEveryStepIdIsInTheSpecList()
    {
        foreach (var step in PlanSteps.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(Wording.PlanStep(step, Regions.GB)));
        }

        Assert.Equal(13, PlanSteps.All.Count);
    }

    [Fact]
    public void TheUnder16AndPharmacistWordingOnlyNameMedicinesToWarnAgainstThem()
    {
        Assert.StartsWith("Do not take aspirin", Wording.PlanStep("no_aspirin_under_16", Regions.GB), StringComparison.Ordinal);
        Assert.DoesNotContain("ibuprofen", Wording.PlanStep("no_aspirin_under_16", Regions.GB), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Don't take ibuprofen or aspirin until", Wording.PlanStep("ask_pharmacist", Regions.GB), StringComparison.Ordinal);
    }
}
