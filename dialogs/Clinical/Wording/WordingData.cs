using static BackSpasmBot.Clinical.FindingIds;

namespace BackSpasmBot.Clinical;

/// <summary>
/// The health wording, for review. Placeholders: {emergency} emergency number, {ed} emergency department name,
/// {nonEmergency} the non-emergency route ("NHS 111 on 111"). Medicine names appear only where the plan allows them,
/// or to warn against them.
/// </summary>
internal static class WordingData
{
    public const string Disclaimer =
        "I'm an automated helper for back spasms. I give general information, not a diagnosis. If you think it's an emergency, call {emergency} now.";

    public const string Help =
        "I'll ask a few short questions about your back, one at a time, then tell you what to do next. You can type your own words or use the buttons.\n" +
        "Type \"restart\" to start over, \"stop\" to end, or \"forget me\" to erase what I've stored about you.\n" +
        "In an emergency, call {emergency} now.";

    public const string EmergencyOpening =
        "Call {emergency} now for an ambulance, or have someone take you to {ed} straight away. Do not drive yourself.";

    public const string EmergencyReason = "This is because you have {reasons}. This needs checking in hospital now.";

    public const string UrgentOpening =
        "You need to be seen by a doctor today, because you have {reasons}.";

    public const string UrgentWhere =
        "Contact {nonEmergency} now, or get a same-day appointment with your doctor or an urgent care centre.";

    public const string UrgentWorse =
        "If it gets worse, call {emergency}. Call {emergency} straight away if you get: trouble peeing or controlling your bowels, numbness around your bottom or genitals, weakness or numbness in both legs, chest pain, or a weak, numb or drooping side of your body or face.";

    public const string GpOpening =
        "Please book an appointment with a doctor (GP) in the next few days, because you have {reasons}. Until then, this can help:";

    public const string SelfCareOpening =
        "This sounds like a back spasm you can look after at home. Here's what helps:";

    public const string ConfirmPrefix = "Just to check, because it matters: ";

    public const string ConfirmSuffix = " Please answer yes or no.";

    public static readonly IReadOnlyDictionary<string, string> PlanSteps = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // NICE NG59, NHS back pain, AAFP 2012: stay active, avoid bed rest (the seed's "rest" softened).
        ["relative_rest"] = "Rest when the pain is bad, but don't stay in bed for long: keeping gently active helps you get better faster.",
        ["gentle_walks"] = "Take slow, gentle walks for a few minutes, several times a day.",
        ["seated_position"] = "When sitting, rest your legs on a pillow or stool so your knees are above your hips.",
        ["side_lying_position"] = "When lying down, lie on your side with your knees bent to about a right angle.",
        ["ice_first"] = "For the first day or two, hold an ice pack or a bag of frozen peas wrapped in a towel on the sore area for 12 to 15 minutes every 2 hours. Never put ice straight on your skin.",
        ["heat"] = "After the first day or two (or now, if it started more than 2 days ago), use warmth to relax the muscle: a heat pack or a warm bath. Don't fall asleep on a heat pad or hot-water bottle.",
        ["ibuprofen"] = "An anti-inflammatory painkiller such as ibuprofen can help. Follow the instructions on the pack.",
        ["aspirin"] = "Aspirin is another option. Follow the instructions on the pack.",
        ["no_aspirin_under_16"] = "Do not take aspirin: it is not safe under 16 because it can cause a rare but serious illness (Reye's syndrome). Ask a pharmacist which painkiller is right for you.",
        ["ask_pharmacist"] = "Before taking any painkiller, ask a pharmacist or doctor what is safe for you. Anti-inflammatories such as ibuprofen and aspirin are not safe for everyone: for example with stomach ulcers, kidney, heart or liver problems, asthma, blood thinners, in pregnancy, or over 65.",
        ["hydration"] = "Drink water regularly through the day. Muscle cramps and spasms can come with low fluids and salts, especially after sweating, exercise or heat.",
        ["prevention"] = "Once the pain settles, gentle stretches for the backs of your thighs (hamstrings) and exercises to strengthen your back and tummy muscles help stop it coming back.",
        ["safety_net"] = "Call {emergency} at once if you get trouble peeing or controlling your bowels, numbness around your bottom or genitals, weakness or numbness in both legs, or chest pain. Contact {nonEmergency} the same day if you get a high temperature, feel unwell, or the pain becomes severe or keeps you awake at night. See a doctor if it is not getting better after 2 to 4 weeks or stops you doing everyday things.",
    };

    public const string UpgradePrefix = "One more important question before I tell you what to do: ";

    /// <summary>The questions asked before an urgent outcome when the answer could make it an emergency.</summary>
    public static readonly IReadOnlyDictionary<string, string> Upgrade = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SuddenSevere] = "did the weakness come on suddenly, or is it getting worse quickly?",
        [NeckStiffness] = "is your neck stiff, so that it's hard or painful to bend your chin down to your chest?",
    };

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
