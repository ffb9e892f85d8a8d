using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Catalog;

/// <summary>The catalog of canonical findings and facts (TRIAGE-SPEC §2–3).</summary>
public static class FindingCatalog
{
    private static readonly Dictionary<string, Finding> ById =
        FindingData.All.ToDictionary(f => f.Id, StringComparer.Ordinal);

    /// <summary>All findings, in spec order.</summary>
    public static IReadOnlyList<Finding> All => FindingData.All;

    /// <summary>The finding with this id; throws for an unknown id.</summary>
    public static Finding Get(string id) =>
        ById.TryGetValue(id, out var finding)
            ? finding
            : throw new ArgumentException($"Unknown finding id '{id}'.", nameof(id));

    private static readonly IReadOnlyList<string> Facts =
    [
        FindingIds.Age, FindingIds.Onset, FindingIds.FirstEpisode,
        FindingIds.Trigger, FindingIds.Dehydration, FindingIds.NsaidCaution,
    ];

    /// <summary>Fact ids: age, onset, first_episode, trigger, dehydration, nsaid_caution.</summary>
    public static IReadOnlyList<string> FactIds => Facts;

    /// <summary>
    /// Modifier ids that <see cref="SymptomRecognizer.Recognize(string?)"/> may return besides findings and facts; it may
    /// also return medicine-caution reasons, as <see cref="MedicineCautions.MentionPrefix"/> and a caution id.
    /// </summary>
    public static IReadOnlyList<string> ModifierIds { get; } =
    [
        FindingIds.Osteoporosis, FindingIds.MeningitisCompanion, FindingIds.WeaknessWorsening,
        .. MedicineCautions.Recognisable.Select(id => MedicineCautions.MentionPrefix + id),
    ];

    /// <summary>The finding with this id, or null for a fact, modifier or unknown id (never throws).</summary>
    public static Finding? TryGet(string id) => ById.GetValueOrDefault(id);

    /// <summary>The tier of a finding id; <see cref="Tier.None"/> for facts, modifiers and unknown ids.</summary>
    public static Tier TierOf(string id) => TryGet(id)?.Tier ?? Tier.None;

    /// <summary>Position in spec order (unknown ids sort last), so lists of findings read the same everywhere.</summary>
    public static int OrderOf(string id)
    {
        for (var i = 0; i < FindingData.All.Count; i++)
        {
            if (FindingData.All[i].Id == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
