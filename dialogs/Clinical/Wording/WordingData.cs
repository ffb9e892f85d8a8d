using BackSpasmBot.Clinical.Catalog;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// The health wording, for review (docs/clinical-content.md §5). Placeholders: {emergency} emergency number, {ed}
/// emergency department name, {nonEmergency} the non-emergency route ("NHS 111 on 111"), {reasons} why, {signs} the
/// emergency signs as separate lines. Medicine names appear only where the plan allows them, or to warn against them.
/// </summary>
internal static class WordingData
{
    public const string Disclaimer =
        "I'm an automated helper for back spasms. I give general information, not a diagnosis. If you think it's an emergency, call {emergency} now.";

    public const string Help =
        "I'll ask a few short questions about your back, one at a time, then tell you what to do next. You can type your own words or use the buttons.\n" +
        "If you're not in the country I gave numbers for, tell me where you are (for example \"I'm in the US\").\n" +
        "Type \"restart\" to start over, \"stop\" to end, or \"forget me\" to erase what I've stored about you.\n" +
        "In an emergency, call {emergency} now.";

    /// <summary>Added wherever an emergency number is given in an outcome: the person may not be where we think.</summary>
    public const string LocalNumber = "(or your local emergency number)";

    /// <summary>
    /// The signs to act on at once, one line each. One list, used by the safety net, the urgent message and the
    /// message after a failed turn. NHS back pain A&amp;E list; NHS cauda equina leaflets (Royal Free, Chesterfield:
    /// altered feeling when wiping, change in sexual function); BASS 2018 via Cornwall (bilateral leg symptoms);
    /// AHCPR and CKS (progressive leg weakness, foot drop).
    /// </summary>
    public static readonly IReadOnlyList<string> EmergencySigns =
    [
        "trouble peeing, or you can't control your bladder or bowels",
        "numbness or tingling around your bottom or genitals, or when you wipe",
        "pain, tingling, numbness or weakness in both legs",
        "a change in sexual feeling",
        "new weakness in a leg or foot",
        "chest pain",
    ];

    // Emergency actions by group (NHS 999 / A&E guidance; NHS cauda equina leaflets; NHS stroke, heart attack,
    // aortic aneurysm and meningitis pages: call 999 for an ambulance; NHS first aid for back and neck injury: keep still).
    public const string AmbulanceAction =
        "Call {emergency} now {local} and ask for an ambulance. Wait for the ambulance: don't go to hospital by car, not even as a passenger.";

    public const string TraumaAction =
        "Call {emergency} now {local} for an ambulance.";

    public const string TraumaKeepStill = "Keep still if your back or neck may be injured.";

    public const string CaudaEquinaAction =
        "Go to {ed} now, or call {emergency} {local}. Don't drive yourself.";

    public const string CaudaEquinaTell =
        "Tell them you're worried about cauda equina syndrome (pressure on the nerves at the bottom of the spine). Don't wait for a GP or doctor's appointment, even at night or if it comes and goes.";

    /// <summary>Weakness that came on suddenly or is getting worse: as urgent as cauda equina, but not only that.</summary>
    public const string DontWait = "Don't wait for a GP or doctor's appointment, even at night.";

    public const string EmergencyReason = "This is because {reasons}. This needs checking in hospital now.";

    public const string UrgentOpening =
        "You need to be seen by a doctor today, because {reasons}.";

    public const string UrgentWhere =
        "Contact {nonEmergency} now, or get a same-day appointment with your doctor or an urgent care centre.";

    /// <summary>Leg weakness (docs/clinical-content.md §1 limb_weakness): someone with a weak leg must not drive to be seen.</summary>
    public const string UrgentNoDriving = "Don't drive yourself: ask someone to take you.";

    public const string UrgentWorse =
        "If it gets worse, call {emergency}. Call {emergency} straight away {local} if you get any of these:\n{signs}";

    public const string GpOpening =
        "Please book an appointment with a doctor (GP) in the next few days, because {reasons}. Until then, this can help:";

    public const string SelfCareOpening =
        "This sounds like a back spasm you can look after at home. Here's what helps:";

    public const string ConfirmPrefix = "Just to check, because it matters: ";

    public const string ConfirmSuffix = " Please answer yes or no.";

    /// <summary>When nothing more specific can be said (a shared conversation, where findings are not named).</summary>
    public const string NoReasons = "of symptoms that need checking";

    /// <summary>A "yes" to a grouped question that did not say which: the reason names the group, never one finding.</summary>
    public const string GroupReason = "of your answer when I asked about {group}";

    public static readonly IReadOnlyDictionary<string, string> PlanSteps = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // NICE NG59, NHS back pain, AAFP 2012: stay active, avoid bed rest (the seed's "rest" softened).
        ["relative_rest"] = "Rest when the pain is bad, but don't stay in bed for long: keeping gently active helps you get better faster.",
        ["gentle_walks"] = "Take slow, gentle walks for a few minutes, several times a day.",
        ["seated_position"] = "When sitting, rest your legs on a pillow or stool so your knees are above your hips.",
        ["side_lying_position"] = "When lying down, lie on your side with your knees bent to about a right angle.",
        ["ice_first"] = "For the first day or two, hold an ice pack or a bag of frozen peas wrapped in a towel on the sore area for 12 to 15 minutes every 2 hours. Never put ice straight on your skin.",

        // Lay heat guidance (NINDS via Bayhealth; NHS back pain): towel barrier, about 20 minutes, never on numb skin
        // (burns go unfelt), never while asleep; diabetes or poor circulation: ask first.
        ["heat"] = "After the first day or two (or now, if it started more than 2 days ago), use warmth to relax the muscle: a heat pack or hot-water bottle wrapped in a towel, for about 20 minutes at a time. Never put heat on skin that feels numb, and never fall asleep on it. If you have diabetes or poor circulation, ask a pharmacist before using heat.",

        // NG59 (oral NSAID, lowest effective dose, shortest time); NHS ibuprofen page (with food; pharmacist if needed longer).
        ["ibuprofen"] = "An anti-inflammatory painkiller such as ibuprofen can help. Follow the instructions on the pack, take it with food, and use the lowest dose for the shortest time. Ask a pharmacist if you need it for more than a few days.",

        // NHS aspirin page: do not take with ibuprofen (or other anti-inflammatories) unless a doctor says so.
        ["aspirin"] = "Aspirin is an alternative, instead of ibuprofen: take one or the other, never both together. The same rules apply: follow the pack, take it with food, and use the lowest dose for the shortest time.",

        ["no_aspirin_under_16"] = "Do not take aspirin: it is not safe under 16 because it can cause a rare but serious illness (Reye's syndrome). Ask a pharmacist which painkiller is right for you.",

        // docs/clinical-content.md §4 ask_pharmacist; NHS ibuprofen and aspirin cautions. {reasons}: the person's own reasons.
        ["ask_pharmacist"] = "Don't take ibuprofen or aspirin until a pharmacist or doctor says it's safe, because {reasons}. A pharmacist can suggest a pain relief that suits you.",

        ["hydration"] = "Drink water regularly through the day. Muscle cramps and spasms can come with low fluids and salts, especially after sweating, exercise or heat.",
        ["prevention"] = "Once the pain settles, gentle stretches for the backs of your thighs (hamstrings) and exercises to strengthen your back and tummy muscles help stop it coming back.",
    };

    /// <summary>
    /// The safety net: short separate lines, not one long sentence (NHS back pain page: A&amp;E list, 111 list, GP
    /// list; NHS cauda equina leaflets: don't wait, even at night; Mayo: see a doctor within 4 weeks).
    /// </summary>
    public const string SafetyNetHeading = "Go to {ed} or call {emergency} now {local} if you have, or get, any of these:";

    public static readonly IReadOnlyList<string> SafetyNetAfterSigns =
    [
        "Don't wait for a GP or doctor's appointment for these, even at night or if they come and go.",
        "Contact {nonEmergency} the same day if you get a high temperature or feel very unwell.",
        "See a doctor if it's not better after 4 weeks, or it stops you doing everyday things.",
    ];

    /// <summary>
    /// Why the pharmacist step applies, per caution: each reads after "because" and names only what the person said
    /// (docs/clinical-content.md §4 nsaid_caution; NHS ibuprofen "who can and cannot take"; NICE CKS NSAIDs prescribing issues).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MedicineCautionReasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MedicineCautions.BloodThinner] = "you take a blood thinner",
        [MedicineCautions.StomachUlcer] = "you've had a stomach ulcer or bleeding",
        [MedicineCautions.CrohnsColitis] = "you have Crohn's disease or colitis",
        [MedicineCautions.HeartFailure] = "you have heart failure",
        [MedicineCautions.Heart] = "you have a heart problem",
        [MedicineCautions.HeartAttackStroke] = "you've had a heart attack or stroke",
        [MedicineCautions.Kidney] = "you have kidney problems",
        [MedicineCautions.Liver] = "you have liver problems",
        [MedicineCautions.BloodPressure] = "you have high blood pressure",
        [MedicineCautions.Asthma] = "you have asthma",
        [MedicineCautions.NsaidReaction] = "you've had a reaction to an anti-inflammatory",
        [MedicineCautions.Vomiting] = "you've been vomiting or passing less urine, which can strain your kidneys",
        [MedicineCautions.Pregnancy] = "you're pregnant or might be",
        [MedicineCautions.TryingToConceive] = "you're trying for a baby",
        [MedicineCautions.Breastfeeding] = "you're breastfeeding",
        [MedicineCautions.OtherMedicine] = "you take a medicine that may not mix with anti-inflammatories",
        [MedicineCautions.Age65] = "you're 65 or over",
        [MedicineCautions.AgeUnknown] = "I don't know your age",
        [MedicineCautions.Unchecked] = "I couldn't check whether they're safe for you",
        [MedicineCautions.Unnamed] = "one of the health conditions or medicines I asked about applies to you",
    };

    /// <summary>
    /// Why an outcome was given, per finding: each reads after "because" ("because you've had cancer") and names
    /// only what the finding covers, never a cause the person may not have (immune_risk does not name injecting drugs).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BladderBowel] = "you have new trouble with peeing or with your bowels",
        [SaddleNumbness] = "you have numbness or an odd feeling around your bottom or genitals",
        [SexualDysfunction] = "you've noticed a new change in sexual feeling or function",
        [BothLegs] = "you have symptoms in both legs",
        [LimbSensationLoss] = "you've lost feeling in a leg or arm",
        [OneSideWeakness] = "you have signs that could be a stroke",
        [BalanceCoordination] = "you have new problems with your balance or walking",
        [ChestPain] = "you have chest pain or trouble breathing",
        [AorticSigns] = "you have signs that could come from the main blood vessel in your tummy (the aorta)",
        [MajorTrauma] = "your back pain started after a serious accident",
        [MeningitisSigns] = "you have signs that could be meningitis",
        [ThunderclapHeadache] = "you have a sudden, severe headache",
        [LimbWeakness] = "you have weakness in an arm or leg",
        [Fever] = "you have a high temperature or feel unwell",
        [CancerHistory] = "you've had cancer",
        [WeightLoss] = "you've lost weight without trying",
        [NightPain] = "your pain is worse at night or not eased by rest",
        [ImmuneRisk] = "something you told me about your health makes an infection more likely",
        [FragilityInjury] = "your pain started after a fall, knock or lift and your bones may be fragile",
        [SuddenSevere] = "your pain is severe and came on suddenly, or is getting worse quickly",
        [NotImproving] = "your pain isn't getting better or is stopping you doing everyday things",
        [AgeFlag] = "this is your first back pain and your age makes it worth checking",
        [Pregnant] = "you're pregnant or might be",
        [DeformityLump] = "you have a lump or swelling, or your back has changed shape",
        [CoughSneezeWorse] = "your pain is much worse when you cough, sneeze or strain",
        [ArmNumbness] = "you have numbness or tingling in an arm that keeps coming back",
        [Backache] = "you have back ache",
        [SpineStiffness] = "your back is stiff",
        [SpineCurvature] = "you're leaning to one side with the spasm",
        [HipButtockPain] = "you have hip or buttock pain",
        [ArmShoulderPain] = "you have arm or shoulder pain",
        [LegTinglingOneSide] = "you have numbness or tingling in one leg or buttock",
        [Sciatica] = "you have shooting pain down one leg",
        [NeckStiffness] = "your neck is stiff",
        [OccipitalHeadache] = "you have a headache at the back of your head",
    };

    /// <summary>Leg or arm weakness that came on suddenly or is getting worse (docs/clinical-content.md §1 limb_weakness: an emergency).</summary>
    public const string WorseningWeaknessReason = "the weakness in your arm or leg came on suddenly or is getting worse";

    public const string UpgradePrefix = "One more important question before I tell you what to do: ";

    /// <summary>The questions asked before an urgent outcome when the answer could make it an emergency.</summary>
    public static readonly IReadOnlyDictionary<string, string> Upgrade = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SuddenSevere] = "is the weakness getting worse, or did it come on suddenly?",
        [NeckStiffness] = "is your neck stiff, so that it's hard or painful to bend your chin down to your chest?",
    };

    /// <summary>Said when the person tells us where they are: from now on, that region's numbers.</summary>
    public const string RegionChanged = "Thanks, I'll use the numbers for where you are. In an emergency, call {emergency}.";

    /// <summary>The plain re-ask for each finding that can be hedged.</summary>
    public static readonly IReadOnlyDictionary<string, string> Confirm = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BladderBowel] = "since the back pain started, is peeing or pooing different (hard to start, weak, leaking, accidents, or you can't feel it)?",
        [SaddleNumbness] = "does it feel numb, tingly or different around your bottom, genitals or inner thighs, or when you wipe?",
        [SexualDysfunction] = "has feeling in your genitals or your sexual function changed since the back pain started?",
        [BothLegs] = "are both of your legs affected by pain, tingling, numbness or weakness?",
        [LimbSensationLoss] = "have you lost feeling in a leg or an arm?",
        [OneSideWeakness] = "is one side of your body or face weak, numb or drooping, or is your speech slurred?",
        [BalanceCoordination] = "is your balance worse, or can you not walk straight?",
        [ChestPain] = "do you have chest pain, tightness or trouble breathing?",
        [AorticSigns] = "do you have sudden, severe tummy pain, a throbbing tummy, or have you fainted or felt very dizzy?",
        [MajorTrauma] = "did this start after a serious accident or a fall from a height?",
        [MeningitisSigns] = "do you have a stiff neck with a fever, light hurting your eyes, being sick, drowsiness or a rash?",
        [ThunderclapHeadache] = "do you have a sudden, very severe headache?",
        [LimbWeakness] = "is an arm or leg weak, or does your foot slap or catch when you walk?",
        [Fever] = "do you have a high temperature, or feel hot and shivery or unwell?",
        [CancerHistory] = "have you yourself ever had cancer?",
        [WeightLoss] = "have you lost weight without trying?",
        [NightPain] = "is the pain worse at night, or not eased at all by rest?",
        [ImmuneRisk] = "do you take steroid tablets or medicines that weaken your immune system, inject drugs, or have you had a recent infection?",
        [FragilityInjury] = "did it start after a fall, knock or lift, and do you have thin bones, take steroid tablets or are you 70 or over?",
        [SuddenSevere] = "is the pain severe and did it come on suddenly, or is it getting worse quickly?",
        [NotImproving] = "has it gone on for weeks without getting better, or is it stopping you doing everyday things?",
        [AgeFlag] = "is this your first ever back pain?",
        [Pregnant] = "are you pregnant?",
        [DeformityLump] = "is there a new lump or swelling, or has the shape of your back changed?",
        [CoughSneezeWorse] = "is the pain much worse when you cough, sneeze or strain?",
        [ArmNumbness] = "does an arm keep going numb or tingly?",
    };
}
