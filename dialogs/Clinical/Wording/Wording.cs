using System.Text;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>Every sentence the bot says about health, in one reviewable place.</summary>
public static class Wording
{
    public const string ContentVersion = "2026.11.30";

    /// <summary>
    /// What to do in an emergency, by the kind of finding, most time-critical first (docs/clinical-content.md §5):
    /// the first group present gives the action; every group present adds its extra line. Findings in no group
    /// (and an emergency with no named finding) get the ambulance action, the safer default.
    /// </summary>
    private static readonly (string Action, string? Extra, string[] Findings)[] EmergencyActions =
    [
        (WordingData.AmbulanceAction, null, [OneSideWeakness, BalanceCoordination, ChestPain, AorticSigns, MeningitisSigns, ThunderclapHeadache]),
        (WordingData.TraumaAction, WordingData.TraumaKeepStill, [MajorTrauma]),
        (WordingData.CaudaEquinaAction, WordingData.CaudaEquinaTell, [BladderBowel, SaddleNumbness, SexualDysfunction, BothLegs, LimbSensationLoss]),
        (WordingData.CaudaEquinaAction, WordingData.DontWait, [LimbWeakness, SuddenSevere]),
    ];

    /// <summary>The short disclaimer at the start (spec §5 rule 6).</summary>
    public static string Disclaimer(RegionContacts region) => Fill(WordingData.Disclaimer, region);

    public static string Help(RegionContacts region) => Fill(WordingData.Help, region);

    /// <summary>The outcome message for a decision, with the plan for selfcare/gp.</summary>
    public static OutcomeMessage Outcome(TriageDecision decision, IReadOnlyList<string> plan, RegionContacts region) =>
        Outcome(decision, plan, region, [], nameReasons: true);

    /// <summary>
    /// The outcome message. <paramref name="medicineCautions"/> are the person's reasons for the pharmacist step
    /// (<see cref="TriageRules.MedicineCautionsFor"/>). With <paramref name="nameReasons"/> false (others read along)
    /// the message names no finding and no reason of the person's, but the action stays the one their findings need.
    /// </summary>
    public static OutcomeMessage Outcome(
        TriageDecision decision, IReadOnlyList<string> plan, RegionContacts region, IReadOnlyList<string> medicineCautions, bool nameReasons)
    {
        // Spec §6: the plan is empty for emergency and urgent, whatever the caller passed.
        var steps = decision.Disposition >= Disposition.Urgent ? [] : plan;
        var reasons = nameReasons ? Reasons(decision) : WordingData.NoReasons;
        var text = new StringBuilder();
        switch (decision.Disposition)
        {
            case Disposition.Emergency:
                foreach (var line in EmergencyActionLines(decision))
                {
                    text.AppendLine(Fill(line, region));
                }

                text.Append(Fill(WordingData.EmergencyReason, region, reasons));
                break;
            case Disposition.Urgent:
                text.AppendLine(Fill(WordingData.UrgentOpening, region, reasons));
                text.AppendLine(Fill(WordingData.UrgentWhere, region));
                if (decision.Findings.Contains(LimbWeakness))
                {
                    text.AppendLine(WordingData.UrgentNoDriving);
                }

                text.Append(Fill(WordingData.UrgentWorse, region));
                break;
            case Disposition.Gp:
                text.AppendLine(Fill(WordingData.GpOpening, region, reasons));
                AppendSteps(text, steps, region, nameReasons ? medicineCautions : []);
                break;
            default:
                text.AppendLine(WordingData.SelfCareOpening);
                AppendSteps(text, steps, region, nameReasons ? medicineCautions : []);
                break;
        }

        var findings = nameReasons ? decision.Findings : [];
        return new OutcomeMessage(decision.Disposition, findings, steps, text.ToString().TrimEnd(), ContentVersion);
    }

    /// <summary>The plain-language text of one plan step.</summary>
    public static string PlanStep(string stepId, RegionContacts region) => PlanStep(stepId, region, []);

    /// <summary>One plan step; the pharmacist step gives <paramref name="medicineCautions"/> as its reasons.</summary>
    public static string PlanStep(string stepId, RegionContacts region, IReadOnlyList<string> medicineCautions)
    {
        if (stepId == PlanSteps.SafetyNet)
        {
            return SafetyNet(region);
        }

        return WordingData.PlanSteps.TryGetValue(stepId, out var text)
            ? Fill(text, region, stepId == PlanSteps.AskPharmacist ? CautionReasons(medicineCautions) : string.Empty)
            : throw new ArgumentException($"Unknown plan step '{stepId}'.", nameof(stepId));
    }

    /// <summary>The emergency signs as separate lines ("- …"), from the one reviewed list.</summary>
    public static string EmergencySignLines() => string.Join("\n", WordingData.EmergencySigns.Select(sign => "- " + sign));

    /// <summary>The safety net: a heading, every emergency sign on its own line, then the same-day and doctor lines.</summary>
    public static string SafetyNet(RegionContacts region) =>
        string.Join("\n", [Fill(WordingData.SafetyNetHeading, region), EmergencySignLines(), .. WordingData.SafetyNetAfterSigns.Select(line => Fill(line, region))]);

    /// <summary>Said when the person tells us where they are.</summary>
    public static string RegionChanged(RegionContacts region) => Fill(WordingData.RegionChanged, region);

    /// <summary>"Just to check: …" — the plain re-ask for one hedged finding.</summary>
    public static string ConfirmFinding(string findingId)
    {
        var question = WordingData.Confirm.GetValueOrDefault(findingId)
            ?? $"do you have {FindingCatalog.Get(findingId).PlainName}?";
        return WordingData.ConfirmPrefix + question + WordingData.ConfirmSuffix;
    }

    /// <summary>The question asked before an urgent outcome about a finding that would make it an emergency.</summary>
    public static string UpgradeCheck(string findingId) =>
        WordingData.UpgradePrefix + (WordingData.Upgrade.GetValueOrDefault(findingId)
            ?? $"do you have {FindingCatalog.Get(findingId).PlainName}?");

    /// <summary>"the non-emergency route" as words: "NHS 111 on 111", or just the name where there is no number.</summary>
    public static string NonEmergencyRoute(RegionContacts region) =>
        string.IsNullOrEmpty(region.NonEmergencyNumber)
            ? region.NonEmergencyName
            : $"{region.NonEmergencyName} on {region.NonEmergencyNumber}";

    /// <summary>Why, for one finding: a clause that reads after "because" ("you've had cancer").</summary>
    public static string ReasonFor(string findingId) =>
        WordingData.Reasons.TryGetValue(findingId, out var reason)
            ? reason
            : throw new ArgumentException($"No reason wording for '{findingId}'.", nameof(findingId));

    /// <summary>Why the pharmacist step applies, for one caution id: a clause that reads after "because".</summary>
    public static string ReasonForCaution(string cautionId) =>
        WordingData.MedicineCautionReasons.TryGetValue(cautionId, out var reason)
            ? reason
            : throw new ArgumentException($"No reason wording for caution '{cautionId}'.", nameof(cautionId));

    private static IEnumerable<string> EmergencyActionLines(TriageDecision decision)
    {
        var ids = decision.Findings.Concat(decision.Groups.SelectMany(GroupFindings)).ToHashSet(StringComparer.Ordinal);
        var present = EmergencyActions.Where(group => group.Findings.Any(ids.Contains)).ToArray();
        yield return present.Length > 0 ? present[0].Action : WordingData.AmbulanceAction;
        foreach (var extra in present.Select(group => group.Extra).OfType<string>().Distinct())
        {
            // Cauda equina's own line already says not to wait.
            if (extra != WordingData.DontWait || !present.Any(group => group.Extra == WordingData.CaudaEquinaTell))
            {
                yield return extra;
            }
        }
    }

    private static IEnumerable<string> GroupFindings(string questionId) =>
        TriageRules.Questions.FirstOrDefault(q => q.Id == questionId)?.Asks ?? [];

    private static void AppendSteps(StringBuilder text, IReadOnlyList<string> steps, RegionContacts region, IReadOnlyList<string> medicineCautions)
    {
        foreach (var step in steps.Where(s => s != PlanSteps.SafetyNet))
        {
            text.Append("- ").AppendLine(PlanStep(step, region, medicineCautions));
        }

        // The safety net is its own block of short lines after the plan, not one more long bullet.
        if (steps.Contains(PlanSteps.SafetyNet))
        {
            text.AppendLine().AppendLine(SafetyNet(region));
        }
    }

    private static string Reasons(TriageDecision decision)
    {
        var clauses = decision.Findings
            .Select(id => id == LimbWeakness && decision.WeaknessWorsening ? WordingData.WorseningWeaknessReason : WordingData.Reasons.GetValueOrDefault(id))
            .Concat(decision.Groups.Select(GroupReason))
            .OfType<string>()
            .ToArray();
        return clauses.Length == 0 ? WordingData.NoReasons : JoinClauses(clauses);
    }

    private static string? GroupReason(string questionId) =>
        TriageRules.Questions.FirstOrDefault(q => q.Id == questionId)?.GroupName is { } group
            ? WordingData.GroupReason.Replace("{group}", group, StringComparison.Ordinal)
            : null;

    private static string CautionReasons(IReadOnlyList<string> cautions)
    {
        var clauses = cautions.Select(id => WordingData.MedicineCautionReasons.GetValueOrDefault(id)).OfType<string>().Distinct().ToArray();
        return clauses.Length == 0 ? WordingData.MedicineCautionReasons[MedicineCautions.Unnamed] : JoinClauses(clauses);
    }

    private static string JoinClauses(IReadOnlyList<string> clauses) => clauses.Count switch
    {
        1 => clauses[0],
        _ => string.Join(", ", clauses.Take(clauses.Count - 1)) + " and " + clauses[^1],
    };

    private static string Fill(string template, RegionContacts region, string reasons = "") =>
        template
            .Replace("{local}", WordingData.LocalNumber, StringComparison.Ordinal)
            .Replace("{emergency}", region.EmergencyNumber, StringComparison.Ordinal)
            .Replace("{ed}", region.EmergencyDepartmentName, StringComparison.Ordinal)
            .Replace("{nonEmergency}", NonEmergencyRoute(region), StringComparison.Ordinal)
            .Replace("{signs}", EmergencySignLines(), StringComparison.Ordinal)
            .Replace("{reasons}", reasons, StringComparison.Ordinal);
}
