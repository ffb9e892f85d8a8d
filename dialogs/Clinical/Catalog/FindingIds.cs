namespace BackSpasmBot.Clinical.Catalog;

/// <summary>Canonical finding, fact and modifier ids (TRIAGE-SPEC §2–3), so code never spells them twice.</summary>
public static class FindingIds
{
    // Emergency
    public const string BladderBowel = "bladder_bowel";
    public const string SaddleNumbness = "saddle_numbness";
    public const string SexualDysfunction = "sexual_dysfunction";
    public const string BothLegs = "both_legs";
    public const string LimbSensationLoss = "limb_sensation_loss";
    public const string OneSideWeakness = "one_side_weakness";
    public const string BalanceCoordination = "balance_coordination";
    public const string ChestPain = "chest_pain";
    public const string AorticSigns = "aortic_signs";
    public const string MajorTrauma = "major_trauma";
    public const string MeningitisSigns = "meningitis_signs";
    public const string ThunderclapHeadache = "thunderclap_headache";

    // Urgent
    public const string LimbWeakness = "limb_weakness";
    public const string Fever = "fever";
    public const string CancerHistory = "cancer_history";
    public const string WeightLoss = "weight_loss";
    public const string NightPain = "night_pain";
    public const string ImmuneRisk = "immune_risk";
    public const string FragilityInjury = "fragility_injury";
    public const string SuddenSevere = "sudden_severe";

    // Doctor soon
    public const string NotImproving = "not_improving";
    public const string AgeFlag = "age_flag";
    public const string Pregnant = "pregnant";
    public const string DeformityLump = "deformity_lump";
    public const string CoughSneezeWorse = "cough_sneeze_worse";
    public const string ArmNumbness = "arm_numbness";

    // The seed's symptom list (no tier on their own)
    public const string Backache = "backache";
    public const string SpineStiffness = "spine_stiffness";
    public const string SpineCurvature = "spine_curvature";
    public const string HipButtockPain = "hip_buttock_pain";
    public const string ArmShoulderPain = "arm_shoulder_pain";
    public const string LegTinglingOneSide = "leg_tingling_one_side";
    public const string Sciatica = "sciatica";
    public const string NeckStiffness = "neck_stiffness";
    public const string OccipitalHeadache = "occipital_headache";

    // Facts (spec §3)
    public const string Age = "age";
    public const string Onset = "onset";
    public const string FirstEpisode = "first_episode";
    public const string Trigger = "trigger";
    public const string Dehydration = "dehydration";
    public const string NsaidCaution = "nsaid_caution";

    // Modifiers: not findings, but they change a derived finding (stored in SymptomReport.Modifiers).
    public const string Osteoporosis = "osteoporosis";

    /// <summary>A companion of a stiff neck that makes it meningitis signs: fever, dislike of light, vomiting, drowsiness, a rash.</summary>
    public const string MeningitisCompanion = "meningitis_companion";

    /// <summary>Limb weakness that came on suddenly or is getting worse (docs/clinical-content.md §1 limb_weakness: then an emergency).</summary>
    public const string WeaknessWorsening = "weakness_worsening";
}
