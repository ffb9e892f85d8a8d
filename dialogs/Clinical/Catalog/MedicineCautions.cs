namespace BackSpasmBot.Clinical.Catalog;

/// <summary>
/// Why ibuprofen and aspirin may not be safe for someone (docs/clinical-content.md §4 nsaid_caution; NHS ibuprofen and aspirin pages;
/// docs/clinical-content.md §4). Each id is a reason the pharmacist step gives back to the person in their own terms.
/// The recognizer reports them as <c>nsaid_caution:&lt;id&gt;</c> beside <see cref="FindingIds.NsaidCaution"/>.
/// </summary>
public static class MedicineCautions
{
    /// <summary>How the recognizer names a caution reason: this prefix, then the id.</summary>
    public const string MentionPrefix = FindingIds.NsaidCaution + ":";

    public const string BloodThinner = "blood_thinner";
    public const string StomachUlcer = "stomach_ulcer";
    public const string CrohnsColitis = "crohns_colitis";
    public const string HeartFailure = "heart_failure";
    public const string Heart = "heart";
    public const string HeartAttackStroke = "heart_attack_stroke";
    public const string Kidney = "kidney";
    public const string Liver = "liver";
    public const string BloodPressure = "blood_pressure";
    public const string Asthma = "asthma";
    public const string NsaidReaction = "nsaid_reaction";
    public const string Vomiting = "vomiting";
    public const string Pregnancy = "pregnancy";
    public const string TryingToConceive = "trying_to_conceive";
    public const string Breastfeeding = "breastfeeding";
    public const string OtherMedicine = "other_medicine";

    /// <summary>Derived, never recognised: 65 or over (NHS ibuprofen: higher risk of stomach bleeding).</summary>
    public const string Age65 = "age_65";

    /// <summary>Derived: the age was not given, so the age limits could not be checked.</summary>
    public const string AgeUnknown = "age_unknown";

    /// <summary>Derived: the medicine-safety question was never answered.</summary>
    public const string Unchecked = "unchecked";

    /// <summary>A "yes" (or "not sure") to the checklist that did not say which.</summary>
    public const string Unnamed = "unnamed";

    /// <summary>The recognisable reasons, in the order they are given back (clinical-content/findings.yaml, medicine_cautions).</summary>
    public static IReadOnlyList<string> Recognisable => Content.ClinicalContent.Current.RecognisedCautions;

    /// <summary>The reason id in a recognizer mention id ("nsaid_caution:kidney" → "kidney"), or null.</summary>
    public static string? FromMention(string mentionId) =>
        mentionId.StartsWith(MentionPrefix, StringComparison.Ordinal) ? mentionId[MentionPrefix.Length..] : null;
}
