using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>The plan step ids the code names; every step, and when it is given, is content (clinical-content/rules.yaml, plan).</summary>
public static class PlanSteps
{
    public const string AskPharmacist = "ask_pharmacist";
    public const string SafetyNet = "safety_net";

    /// <summary>Ice in the first 48 hours (the check-in tells the person when it has become heat).</summary>
    public const string IceFirst = "ice_first";

    /// <summary>All step ids in the order they are given.</summary>
    public static IReadOnlyList<string> All => [.. ClinicalContent.Current.Plan.Select(step => step.StepId)];
}

public static partial class TriageRules
{
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

    /// <summary>
    /// The tailored plan step ids (spec §4) for selfcare and gp, in the content's order, each whose conditions hold;
    /// empty for urgent and emergency.
    /// </summary>
    public static IReadOnlyList<string> Plan(SymptomReport report, Disposition disposition)
    {
        if (disposition >= Disposition.Urgent)
        {
            return [];
        }

        var input = new ConditionInput(report, PresentFindings(report, countUnconfirmedHedged: true), MedicineCautionsFor(report).Count > 0);
        return [.. ClinicalContent.Current.Plan.Where(step => Conditions.AllHold(step.When, input)).Select(step => step.StepId)];
    }
}
