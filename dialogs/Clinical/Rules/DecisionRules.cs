using static BackSpasmBot.Clinical.FindingIds;

namespace BackSpasmBot.Clinical;

public static partial class TriageRules
{
    /// <summary>Not improving after 4 weeks (NHS back pain GP list; Mayo "within 4 weeks"; spec gp `not_improving`).</summary>
    public const double NotImprovingHours = 4 * 7 * 24;

    public static partial TriageDecision? RedFlagDecision(SymptomReport report)
    {
        var decision = DecideFrom(report, countUnconfirmedHedged: false);
        return decision.Disposition >= Disposition.Urgent ? decision : null;
    }

    public static partial TriageDecision Decide(SymptomReport report) => DecideFrom(report, countUnconfirmedHedged: true);

    /// <summary>Every finding that counts as present, including derived ones (age flag, fragility, duration, meningitis).</summary>
    public static IReadOnlySet<string> PresentFindings(SymptomReport report, bool countUnconfirmedHedged)
    {
        var present = report.Findings
            .Where(pair => pair.Value == FindingStatus.Present
                || (pair.Value == FindingStatus.Hedged && (countUnconfirmedHedged || report.ReAsked.GetValueOrDefault(pair.Key) > 0)))
            .Select(pair => pair.Key)
            .Where(id => FindingCatalog.TryGet(id) is not null)
            .ToHashSet(StringComparer.Ordinal);

        // NHS meningitis page: a stiff neck with a fever, dislike of light, vomiting, drowsiness or a rash is an
        // emergency, though none is alone; the companion may come in another message.
        if (present.Contains(NeckStiffness) && (present.Contains(Fever) || report.Modifiers.GetValueOrDefault(MeningitisCompanion)))
        {
            present.Add(MeningitisSigns);
        }

        // AHCPR / CKS: minor trauma or lifting with osteoporosis or age 70+ (DynaMed LR 11.2 for age > 70).
        if (report.Trigger is Clinical.Trigger.FallOrKnock or Clinical.Trigger.Lifting
            && (report.Modifiers.GetValueOrDefault(Osteoporosis) || report.Age >= 70))
        {
            present.Add(FragilityInjury);
        }

        if (report.OnsetHours >= NotImprovingHours)
        {
            present.Add(NotImproving);
        }

        // CKS / AHCPR: first back pain under 20 or over 50.
        if (report.FirstEpisode == true && report.Age is < 20 or > 50)
        {
            present.Add(AgeFlag);
        }

        return present;
    }

    private static TriageDecision DecideFrom(SymptomReport report, bool countUnconfirmedHedged)
    {
        var present = PresentFindings(report, countUnconfirmedHedged);
        var tiers = present.ToDictionary(id => id, FindingCatalog.TierOf, StringComparer.Ordinal);

        // Spec §2 limb_weakness: an emergency when sudden, severe or worsening quickly, or with any emergency finding.
        if (present.Contains(LimbWeakness))
        {
            if (present.Contains(SuddenSevere))
            {
                tiers[LimbWeakness] = Tier.Emergency;
                tiers[SuddenSevere] = Tier.Emergency;
            }
            else if (tiers.Values.Any(t => t == Tier.Emergency))
            {
                tiers[LimbWeakness] = Tier.Emergency;
            }
        }

        var top = tiers.Count == 0 ? Tier.None : tiers.Values.Max();
        var findings = top == Tier.None
            ? []
            : tiers.Where(pair => pair.Value == top).Select(pair => pair.Key).OrderBy(FindingCatalog.OrderOf).ToArray();
        return new TriageDecision(ToDisposition(top), findings);
    }

    private static Disposition ToDisposition(Tier tier) => tier switch
    {
        Tier.Emergency => Disposition.Emergency,
        Tier.Urgent => Disposition.Urgent,
        Tier.Gp => Disposition.Gp,
        _ => Disposition.SelfCare,
    };
}
