using System.Text;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// Puts together every sentence the bot says about health. The sentences themselves are content
/// (clinical-content/en/messages.yaml and en/findings.yaml); this class only chooses and fills them.
/// </summary>
public static class Wording
{
    /// <summary>The content version every outcome carries: "2.0.0+1a2b3c4" (semantic version, then a hash of the content files).</summary>
    public static string ContentVersion => ClinicalContent.Current.Version;

    private static LanguageContent Text => ClinicalContent.Current.Text;

    private static string Message(string key) => Text.Message(key);

    /// <summary>The short disclaimer at the start (spec §5 rule 6).</summary>
    public static string Disclaimer(RegionContacts region) => Fill(Message("disclaimer"), region);

    public static string Help(RegionContacts region) => Fill(Message("help"), region);

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
        var reasons = nameReasons ? Reasons(decision) : Message("no_reasons");
        var text = new StringBuilder();
        switch (decision.Disposition)
        {
            case Disposition.Emergency:
                foreach (var line in EmergencyActionLines(decision))
                {
                    text.AppendLine(Fill(line, region));
                }

                text.Append(Fill(Message("emergency_reason"), region, reasons));
                break;
            case Disposition.Urgent:
                text.AppendLine(Fill(Message("urgent_opening"), region, reasons));
                text.AppendLine(Fill(Message("urgent_where"), region));
                if (decision.Findings.Contains(LimbWeakness))
                {
                    text.AppendLine(Message("urgent_no_driving"));
                }

                text.Append(Fill(Message("urgent_worse"), region));
                break;
            case Disposition.Gp:
                text.AppendLine(Fill(Message("gp_opening"), region, reasons));
                AppendSteps(text, steps, region, nameReasons ? medicineCautions : []);
                break;
            default:
                text.AppendLine(Message("self_care_opening"));
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

        return Text.PlanSteps.TryGetValue(stepId, out var text)
            ? Fill(text, region, stepId == PlanSteps.AskPharmacist ? CautionReasons(medicineCautions) : string.Empty)
            : throw new ArgumentException($"Unknown plan step '{stepId}'.", nameof(stepId));
    }

    /// <summary>
    /// The emergency signs as separate lines ("- …"), generated from the catalog: the findings listed in
    /// clinical-content/rules.yaml (emergency_signs), each worded by its sign. Every list of emergency signs in a
    /// message is this one.
    /// </summary>
    public static string EmergencySignLines() =>
        string.Join("\n", ClinicalContent.Current.EmergencySigns.Select(id => "- " + Text.Findings[id].Sign));

    /// <summary>The safety net: a heading, every emergency sign on its own line, then the same-day and doctor lines.</summary>
    public static string SafetyNet(RegionContacts region) =>
        string.Join("\n", [Fill(Message("safety_net_heading"), region), EmergencySignLines(), .. Text.SafetyNetAfterSigns.Select(line => Fill(line, region))]);

    /// <summary>Said when the person tells us where they are.</summary>
    public static string RegionChanged(RegionContacts region) => Fill(Message("region_changed"), region);

    /// <summary>"Just to check: …" — the plain re-ask for one hedged finding.</summary>
    public static string ConfirmFinding(string findingId)
    {
        var question = Text.Findings.GetValueOrDefault(findingId)?.Reask
            ?? $"do you have {FindingCatalog.Get(findingId).PlainName}?";
        return Message("confirm_prefix") + question + Message("confirm_suffix");
    }

    /// <summary>The question asked before an urgent outcome about a finding that would make it an emergency.</summary>
    public static string UpgradeCheck(string findingId) =>
        Message("upgrade_prefix") + (Text.Upgrade.GetValueOrDefault(findingId)
            ?? $"do you have {FindingCatalog.Get(findingId).PlainName}?");

    /// <summary>"the non-emergency route" as words: "NHS 111 on 111", or just the name where there is no number.</summary>
    public static string NonEmergencyRoute(RegionContacts region)
    {
        region = Localized(region);
        return string.IsNullOrEmpty(region.NonEmergencyNumber)
            ? region.NonEmergencyName
            : Message("route_with_number").Replace("{name}", region.NonEmergencyName, StringComparison.Ordinal)
                .Replace("{number}", region.NonEmergencyNumber, StringComparison.Ordinal);
    }

    /// <summary>
    /// The region with its route names in the conversation's language (messages.yaml, region_names), when its names
    /// are the built-in ones; names a deployment configured itself (Triage:Regions) are kept as written. The numbers
    /// never change with the language.
    /// </summary>
    public static RegionContacts Localized(RegionContacts region)
    {
        var builtIn = ClinicalContent.Current.Regions.All.FirstOrDefault(r => string.Equals(r.Code, region.Code, StringComparison.OrdinalIgnoreCase));
        return builtIn is not null && builtIn.NonEmergencyName == region.NonEmergencyName && builtIn.EmergencyDepartmentName == region.EmergencyDepartmentName
            && Text.RegionNames.TryGetValue(region.Code, out var names)
            ? region with { NonEmergencyName = names.NonEmergencyName, EmergencyDepartmentName = names.EmergencyDepartment }
            : region;
    }

    /// <summary>Why, for one finding: a clause that reads after "because" ("you've had cancer").</summary>
    public static string ReasonFor(string findingId) =>
        Text.Findings.TryGetValue(findingId, out var text)
            ? text.Reason
            : throw new ArgumentException($"No reason wording for '{findingId}'.", nameof(findingId));

    /// <summary>Why the pharmacist step applies, for one caution id: a clause that reads after "because".</summary>
    public static string ReasonForCaution(string cautionId) =>
        Text.CautionReasons.TryGetValue(cautionId, out var reason)
            ? reason
            : throw new ArgumentException($"No reason wording for caution '{cautionId}'.", nameof(cautionId));

    private static IEnumerable<string> EmergencyActionLines(TriageDecision decision)
    {
        var ids = decision.Findings.Concat(decision.Groups.SelectMany(GroupFindings)).ToHashSet(StringComparer.Ordinal);
        var actions = ClinicalContent.Current.EmergencyActions;
        var present = actions.Where(group => group.Findings.Any(ids.Contains)).ToArray();
        yield return Message(present.Length > 0 ? present[0].Action : actions[0].Action);
        foreach (var extra in present.Select(group => group.Extra).OfType<string>().Distinct())
        {
            // Cauda equina's own line already says not to wait.
            if (extra != DontWait || !present.Any(group => group.Extra == CaudaEquinaTell))
            {
                yield return Message(extra);
            }
        }
    }

    /// <summary>The message keys the choice of extra lines depends on (clinical-content/rules.yaml, emergency_actions).</summary>
    private const string DontWait = "dont_wait";
    private const string CaudaEquinaTell = "cauda_equina_tell";

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
            .Select(id => id == LimbWeakness && decision.WeaknessWorsening ? Message("worsening_weakness_reason") : Text.Findings.GetValueOrDefault(id)?.Reason)
            .Concat(decision.Groups.Select(GroupReason))
            .OfType<string>()
            .ToArray();
        return clauses.Length == 0 ? Message("no_reasons") : JoinClauses(clauses);
    }

    private static string? GroupReason(string questionId) =>
        TriageRules.Questions.FirstOrDefault(q => q.Id == questionId)?.GroupName is { } group
            ? Message("group_reason").Replace("{group}", group, StringComparison.Ordinal)
            : null;

    private static string CautionReasons(IReadOnlyList<string> cautions)
    {
        var clauses = cautions.Select(id => Text.CautionReasons.GetValueOrDefault(id)).OfType<string>().Distinct().ToArray();
        return clauses.Length == 0 ? Text.CautionReasons[MedicineCautions.Unnamed] : JoinClauses(clauses);
    }

    private static string JoinClauses(IReadOnlyList<string> clauses) => clauses.Count switch
    {
        1 => clauses[0],
        _ => string.Join(", ", clauses.Take(clauses.Count - 1)) + " " + Message("and") + " " + clauses[^1],
    };

    /// <summary>Fills a content template's placeholders (the list is at the top of clinical-content/en/messages.yaml).</summary>
    public static string Fill(string template, RegionContacts region, string reasons = "") =>
        template
            .Replace("{local}", Message("local_number"), StringComparison.Ordinal)
            .Replace("{emergency}", region.EmergencyNumber, StringComparison.Ordinal)
            .Replace("{ed}", Localized(region).EmergencyDepartmentName, StringComparison.Ordinal)
            .Replace("{nonEmergency}", NonEmergencyRoute(region), StringComparison.Ordinal)
            .Replace("{signs}", EmergencySignLines(), StringComparison.Ordinal)
            .Replace("{reasons}", reasons, StringComparison.Ordinal);
}
