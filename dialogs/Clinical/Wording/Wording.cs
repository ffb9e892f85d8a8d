using System.Text;

namespace BackSpasmBot.Clinical;

public static partial class Wording
{
    public static partial string Disclaimer(RegionContacts region) => Fill(WordingData.Disclaimer, region);

    public static partial string Help(RegionContacts region) => Fill(WordingData.Help, region);

    public static partial OutcomeMessage Outcome(TriageDecision decision, IReadOnlyList<string> plan, RegionContacts region)
    {
        // Spec §6: the plan is empty for emergency and urgent, whatever the caller passed.
        var steps = decision.Disposition >= Disposition.Urgent ? [] : plan;
        var reasons = Reasons(decision.Findings);
        var text = new StringBuilder();
        switch (decision.Disposition)
        {
            case Disposition.Emergency:
                text.AppendLine(Fill(WordingData.EmergencyOpening, region));
                text.Append(Fill(WordingData.EmergencyReason, region, reasons));
                break;
            case Disposition.Urgent:
                text.AppendLine(Fill(WordingData.UrgentOpening, region, reasons));
                text.AppendLine(Fill(WordingData.UrgentWhere, region));
                text.Append(Fill(WordingData.UrgentWorse, region));
                break;
            case Disposition.Gp:
                text.AppendLine(Fill(WordingData.GpOpening, region, reasons));
                AppendSteps(text, steps, region);
                break;
            default:
                text.AppendLine(WordingData.SelfCareOpening);
                AppendSteps(text, steps, region);
                break;
        }

        return new OutcomeMessage(decision.Disposition, decision.Findings, steps, text.ToString().TrimEnd(), ContentVersion);
    }

    public static partial string PlanStep(string stepId, RegionContacts region) =>
        WordingData.PlanSteps.TryGetValue(stepId, out var text)
            ? Fill(text, region)
            : throw new ArgumentException($"Unknown plan step '{stepId}'.", nameof(stepId));

    public static partial string ConfirmFinding(string findingId)
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

    private static void AppendSteps(StringBuilder text, IReadOnlyList<string> steps, RegionContacts region)
    {
        foreach (var step in steps)
        {
            text.Append("- ").AppendLine(PlanStep(step, region));
        }
    }

    private static string Reasons(IReadOnlyList<string> findings)
    {
        var names = findings.Select(id => FindingCatalog.TryGet(id)?.PlainName).OfType<string>().ToArray();
        return names.Length switch
        {
            0 => "symptoms that need checking",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    private static string Fill(string template, RegionContacts region, string reasons = "") =>
        template
            .Replace("{emergency}", region.EmergencyNumber, StringComparison.Ordinal)
            .Replace("{ed}", region.EmergencyDepartmentName, StringComparison.Ordinal)
            .Replace("{nonEmergency}", NonEmergencyRoute(region), StringComparison.Ordinal)
            .Replace("{reasons}", reasons, StringComparison.Ordinal);
}
