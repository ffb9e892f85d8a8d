using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>Plan step ids (TRIAGE-SPEC §4).</summary>
public static class PlanSteps
{
    public const string RelativeRest = "relative_rest";
    public const string GentleWalks = "gentle_walks";
    public const string SeatedPosition = "seated_position";
    public const string SideLyingPosition = "side_lying_position";
    public const string IceFirst = "ice_first";
    public const string Heat = "heat";
    public const string Ibuprofen = "ibuprofen";
    public const string Aspirin = "aspirin";
    public const string NoAspirinUnder16 = "no_aspirin_under_16";
    public const string AskPharmacist = "ask_pharmacist";
    public const string Hydration = "hydration";
    public const string Prevention = "prevention";
    public const string SafetyNet = "safety_net";

    /// <summary>All step ids in the order they are given.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RelativeRest, GentleWalks, SeatedPosition, SideLyingPosition, IceFirst, Heat, Ibuprofen, Aspirin,
        NoAspirinUnder16, AskPharmacist, Hydration, Prevention, SafetyNet,
    ];
}

public static partial class TriageRules
{
    /// <summary>Ice for the first 48 hours, heat after (seed; NINDS via Bayhealth).</summary>
    public const double IceWindowHours = 48;

    /// <summary>
    /// Why ibuprofen and aspirin are not offered, as ids of <see cref="MedicineCautions"/>: the reasons the person gave,
    /// pregnancy, age 65 or over, and what could not be checked (unknown age, the question unanswered). Empty when
    /// they may be offered. NHS ibuprofen and aspirin cautions; FDA NSAIDs in pregnancy; US OTC label (60+/65+).
    /// </summary>
    public static IReadOnlyList<string> MedicineCautionsFor(SymptomReport report)
    {
        var cautions = report.CautionReasons.Where(id => id != MedicineCautions.Unnamed).ToList();
        if (PresentFindings(report, countUnconfirmedHedged: true).Contains(FindingIds.Pregnant) && !cautions.Contains(MedicineCautions.Pregnancy))
        {
            cautions.Add(MedicineCautions.Pregnancy);
        }

        if (report.NsaidCaution == true && cautions.Count == 0)
        {
            cautions.Add(MedicineCautions.Unnamed);
        }

        if (report.Age >= 65)
        {
            cautions.Add(MedicineCautions.Age65);
        }

        if (report.NsaidCaution is null)
        {
            cautions.Add(MedicineCautions.Unchecked);
        }

        if (report.Age is null)
        {
            cautions.Add(MedicineCautions.AgeUnknown);
        }

        return cautions;
    }

    /// <summary>The tailored plan step ids (spec §4) for selfcare and gp; empty for urgent and emergency.</summary>
    public static IReadOnlyList<string> Plan(SymptomReport report, Disposition disposition)
    {
        if (disposition >= Disposition.Urgent)
        {
            return [];
        }

        var age = report.Age;
        var caution = MedicineCautionsFor(report).Count > 0;
        var plan = new List<string> { PlanSteps.RelativeRest, PlanSteps.GentleWalks, PlanSteps.SeatedPosition, PlanSteps.SideLyingPosition };

        // Unknown onset: ice is offered, worded "for the first day or two", with heat after — harmless either way.
        if (report.OnsetHours is null or <= IceWindowHours)
        {
            plan.Add(PlanSteps.IceFirst);
        }

        plan.Add(PlanSteps.Heat);
        if (!caution && age >= 12)
        {
            plan.Add(PlanSteps.Ibuprofen); // NG59: oral NSAID; NHS ibuprofen from 12 for this use
        }

        if (!caution && age >= 16)
        {
            plan.Add(PlanSteps.Aspirin); // NHS Reye's syndrome: never under 16
        }

        if (age < 16)
        {
            plan.Add(PlanSteps.NoAspirinUnder16);
        }

        if (caution)
        {
            plan.Add(PlanSteps.AskPharmacist);
        }

        if (report.Dehydration == true || report.Trigger == Clinical.Trigger.ExerciseOrSport)
        {
            plan.Add(PlanSteps.Hydration); // seed: dehydration causes spasms
        }

        plan.Add(PlanSteps.Prevention);
        plan.Add(PlanSteps.SafetyNet);
        return plan;
    }
}
