using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Catalog;

/// <summary>The catalog of canonical findings and facts (TRIAGE-SPEC §2–3), as declared in clinical-content/findings.yaml.</summary>
public static class FindingCatalog
{
    /// <summary>All findings, in catalog order.</summary>
    public static IReadOnlyList<Finding> All => ClinicalContent.Current.Findings;

    /// <summary>The finding with this id; throws for an unknown id.</summary>
    public static Finding Get(string id) =>
        TryGet(id) ?? throw new ArgumentException($"Unknown finding id '{id}'.", nameof(id));

    /// <summary>Fact ids: age, onset, first_episode, trigger, dehydration, nsaid_caution.</summary>
    public static IReadOnlyList<string> FactIds => ClinicalContent.Current.FactIds;

    /// <summary>
    /// Modifier ids that <see cref="SymptomRecognizer.Recognize(string?)"/> may return besides findings and facts; it may
    /// also return medicine-caution reasons, as <see cref="MedicineCautions.MentionPrefix"/> and a caution id.
    /// </summary>
    public static IReadOnlyList<string> ModifierIds =>
    [
        .. ClinicalContent.Current.ModifierIds,
        .. MedicineCautions.Recognisable.Select(id => MedicineCautions.MentionPrefix + id),
    ];

    /// <summary>The finding with this id, or null for a fact, modifier or unknown id (never throws).</summary>
    public static Finding? TryGet(string id) => ClinicalContent.Current.FindingOrNull(id);

    /// <summary>The tier of a finding id; <see cref="Tier.None"/> for facts, modifiers and unknown ids.</summary>
    public static Tier TierOf(string id) => TryGet(id)?.Tier ?? Tier.None;

    /// <summary>Position in catalog order (unknown ids sort last), so lists of findings read the same everywhere.</summary>
    public static int OrderOf(string id) => ClinicalContent.Current.OrderOf(id);
}
