using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Rules;

public static partial class TriageRules
{
    /// <summary>
    /// If a red flag (urgent or emergency, including combinations) is present, the decision now; otherwise null.
    /// A Hedged red flag that was already re-asked once counts as present (spec §5 rule 2).
    /// </summary>
    public static TriageDecision? RedFlagDecision(SymptomReport report)
    {
        var decision = DecideFrom(report, countUnconfirmedHedged: false);
        return decision.Disposition >= Disposition.Urgent ? decision : null;
    }

    /// <summary>The final decision from everything known (highest tier wins; derived findings included).</summary>
    public static TriageDecision Decide(SymptomReport report) => DecideFrom(report, countUnconfirmedHedged: true);

    /// <summary>Every finding that counts as present, including those derived by the content's rules.</summary>
    public static IReadOnlySet<string> PresentFindings(SymptomReport report, bool countUnconfirmedHedged)
    {
        // Loops rather than LINQ: the red-flag decision is made several times a turn, and this is most of its work.
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, status) in report.Findings)
        {
            var reAsked = report.ReAsked.GetValueOrDefault(id) > 0;
            var counts = status == FindingStatus.Present
                || (status == FindingStatus.Hedged && (reAsked || (countUnconfirmedHedged && !HintRules.OnlyHinted(report, id))));
            if (counts && FindingCatalog.TryGet(id) is not null)
            {
                present.Add(id);
            }
        }

        // Derived findings (clinical-content/rules.yaml, derived): meningitis signs, fragility injury, not improving, age flag.
        var input = new ConditionInput(report, present, MedicineCaution: false);
        var derivedFindings = ClinicalContent.Current.Derived;
        for (var i = 0; i < derivedFindings.Count; i++)
        {
            if (Conditions.AllHold(derivedFindings[i].When, input))
            {
                present.Add(derivedFindings[i].FindingId);
            }
        }

        return present;
    }

    private static TriageDecision DecideFrom(SymptomReport report, bool countUnconfirmedHedged)
    {
        var present = PresentFindings(report, countUnconfirmedHedged);
        var tiers = present.ToDictionary(id => id, FindingCatalog.TierOf, StringComparer.Ordinal);

        // docs/clinical-content.md §1 limb_weakness: an emergency when sudden, severe or worsening quickly, or with any emergency finding.
        var weaknessWorsening = false;
        if (present.Contains(LimbWeakness))
        {
            if (present.Contains(SuddenSevere) || report.WeaknessWorsening == true)
            {
                tiers[LimbWeakness] = Tier.Emergency;
                weaknessWorsening = report.WeaknessWorsening == true;
                if (present.Contains(SuddenSevere))
                {
                    tiers[SuddenSevere] = Tier.Emergency;
                }
            }
            else if (tiers.Values.Any(t => t == Tier.Emergency))
            {
                tiers[LimbWeakness] = Tier.Emergency;
            }
        }

        // docs/clinical-content.md §3: a plain "yes" to a grouped question counts at the group's tier, but marks none of its
        // findings; a finding of the group confirmed since then says which it was.
        var groups = report.ConfirmedGroups.Count == 0 ? Array.Empty<(string Id, Tier Tier)>() : report.ConfirmedGroups
            .Select(id => Questions.FirstOrDefault(q => q.Id == id))
            .OfType<Question>()
            .Where(q => !q.Asks.Any(present.Contains))
            .Select(q => (q.Id, Tier: q.Asks.Max(FindingCatalog.TierOf)))
            .ToArray();

        var top = tiers.Values.Concat(groups.Select(g => g.Tier)).DefaultIfEmpty(Tier.None).Max();
        var findings = top == Tier.None
            ? []
            : tiers.Where(pair => pair.Value == top).Select(pair => pair.Key).OrderBy(FindingCatalog.OrderOf).ToArray();
        return new TriageDecision(ToDisposition(top), findings)
        {
            Groups = top == Tier.None ? [] : [.. groups.Where(g => g.Tier == top).Select(g => g.Id)],
            WeaknessWorsening = weaknessWorsening && top == Tier.Emergency,
        };
    }

    private static Disposition ToDisposition(Tier tier) => tier switch
    {
        Tier.Emergency => Disposition.Emergency,
        Tier.Urgent => Disposition.Urgent,
        Tier.Gp => Disposition.Gp,
        _ => Disposition.SelfCare,
    };
}
