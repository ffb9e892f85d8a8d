using BackSpasmBot.Clinical.Catalog;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// The questions, in the order they are asked (docs/clinical-content.md §3: emergency findings first and explicitly, because
/// people rarely volunteer cauda equina symptoms — CKS). Wording follows clinical-sources §1b. Clinical data for review.
/// </summary>
internal static class QuestionData
{
    private static readonly string[] YesNoChoices = ["Yes", "No", "Not sure"];

    /// <summary>The button that answers the medicine checklist with "no".</summary>
    public const string NoneOfThese = "None of these";

    /// <summary>The follow-up asked after a plain "yes" to the medicine checklist.</summary>
    public const string WhichCautionId = "q_nsaid_which";

    public static readonly IReadOnlyList<Question> All =
    [
        // Emergency stage (NHS back pain 999 list; NHS cauda equina leaflets; FAST; NHS heart attack, aneurysm, meningitis
        // pages). Cauda equina signs one at a time, the sexual question on its own: grouped questions invite a false
        // "no" (CKS: people rarely volunteer these). The groups that remain share one emergency action.
        YesNo("q_bladder_bowel", Stage.Emergency, [BladderBowel],
            "Since your back pain started, have you had any new trouble with peeing or your bowels? For example: you can't pee or it's hard to start, the flow is weak, you've leaked or wet yourself, you can't tell when your bladder is full, or you've had an accident with your bowels.",
            "Please answer yes or no: since the back pain started, is peeing or pooing different in any way (can't go, hard to start, leaking or accidents)?"),
        YesNo("q_saddle", Stage.Emergency, [SaddleNumbness],
            "Is there any numbness, tingling or odd feeling around your bottom, genitals or inner thighs? For example, you can't feel the toilet paper properly when you wipe.",
            "Please answer yes or no: does it feel numb, tingly or different around your bottom, between your legs or your genitals, or when you wipe?"),
        YesNo("q_both_legs", Stage.Emergency, [BothLegs],
            "Do you have pain, tingling, numbness or weakness in both legs?",
            "Please answer yes or no: are both of your legs affected by pain, tingling, numbness or weakness?"),
        YesNo("q_sexual", Stage.Emergency, [SexualDysfunction],
            "Since your back pain started, have you noticed any change in feeling in your genitals during sex, or new trouble getting an erection or ejaculating?",
            "Please answer yes or no: has feeling in your genitals or your sexual function changed since the back pain started?"),
        YesNo("q_limb_sensation", Stage.Emergency, [LimbSensationLoss],
            "Have you lost feeling in a leg or an arm?",
            "Please answer yes or no: is there a leg or arm you can't feel properly?"),
        YesNo("q_stroke_balance", Stage.Emergency, [OneSideWeakness, BalanceCoordination],
            "Do you have weakness or numbness down one side of your body, a drooping face or slurred speech? Or new trouble with balance, like you can't walk straight?",
            "Please answer yes or no: is one side of your body or face weak or numb, is your speech slurred, or are you unsteady on your feet?")
            with { GroupName = "weakness or numbness down one side, a drooping face, slurred speech or trouble with balance" },
        YesNo("q_chest_aorta", Stage.Emergency, [ChestPain, AorticSigns],
            "Do you have chest pain or tightness (it may spread to your arm, jaw or back, or come with sweating or feeling short of breath)? Or sudden, severe pain in your tummy and back, a throbbing feeling in your tummy, or have you fainted or felt very dizzy?",
            "Please answer yes or no: do you have any chest pain, tightness or trouble breathing, bad tummy pain with the back pain, or have you fainted or felt very dizzy?")
            with { GroupName = "chest pain, tummy pain, fainting or dizziness" },
        YesNo("q_trauma", Stage.Emergency, [MajorTrauma],
            "Did this start after a serious accident, like a car crash or a fall from a height?",
            "Please answer yes or no: was there a serious accident or a fall from a height?"),
        YesNo("q_meningitis_headache", Stage.Emergency, [MeningitisSigns, ThunderclapHeadache],
            "Do you have a stiff neck together with a high temperature, bright light hurting your eyes, being sick, feeling very drowsy or a rash? Or a sudden, severe headache, the worst you've ever had?",
            "Please answer yes or no: a stiff neck with fever or being sick, or a sudden very bad headache?")
            with { GroupName = "a stiff neck with a fever or other signs, or a sudden severe headache" },

        // Urgent stage (NHS back pain 111 list; CKS; AHCPR; Mayo). Weakness and sudden severity first: together they are an emergency.
        YesNo("q_limb_weakness", Stage.Urgent, [LimbWeakness],
            "Is an arm or leg weak? For example, your foot slaps the ground or catches when you walk, or your leg gives way.",
            "Please answer yes or no: is an arm or a leg weaker than usual, or does your foot drag or slap when you walk?"),
        YesNo("q_sudden_severe", Stage.Urgent, [SuddenSevere],
            "Is the pain severe and did it start suddenly, or is it getting worse quickly?",
            "Please answer yes or no: is this very bad pain that came on suddenly, or getting worse fast?"),
        YesNo("q_fever", Stage.Urgent, [Fever],
            "Do you have a high temperature (38 °C / 100.4 °F or more), or do you feel hot and shivery or generally unwell?",
            "Please answer yes or no: do you have a fever, chills or feel unwell in yourself?"),
        YesNo("q_cancer_weight", Stage.Urgent, [CancerHistory, WeightLoss],
            "Have you ever had cancer, or have you lost weight recently without trying?",
            "Please answer yes or no: have you ever had cancer, or lost weight without meaning to?")
            with { GroupName = "cancer or weight loss" },
        YesNo("q_night_pain", Stage.Urgent, [NightPain],
            "Is the pain worse at night, or not eased at all by resting or lying down?",
            "Please answer yes or no: is the pain worse at night, or does resting not help at all?"),
        YesNo("q_immune", Stage.Urgent, [ImmuneRisk],
            "Do you take steroid tablets or medicines that weaken your immune system, have HIV, inject drugs, or have you had a recent infection such as a urine infection (UTI)?",
            "Please answer yes or no: steroid tablets, a weak immune system, injecting drugs, or a recent infection?"),
        YesNo("q_fragility", Stage.Urgent, [FragilityInjury],
            "Did this start after a fall, a knock or lifting something, AND do you have thin bones (osteoporosis), take steroid tablets long-term, or are you 70 or over?",
            "Please answer yes or no: a fall, knock or lift, together with thin bones, long-term steroid tablets or being 70 or over?"),

        // Doctor-soon stage (NHS back pain GP list; CKS; seed).
        YesNo("q_pregnant", Stage.Gp, [Pregnant],
            "Are you pregnant, or could you be?",
            "Please answer yes or no: are you, or could you be, pregnant?"),
        YesNo("q_not_improving", Stage.Gp, [NotImproving],
            "Has it gone on for 4 weeks or more without getting better, or is it stopping you working or doing everyday things, or are you struggling to cope?",
            "Please answer yes or no: has it lasted 4 weeks or more, or is it stopping you doing everyday things?"),
        YesNo("q_gp_signs", Stage.Gp, [DeformityLump, CoughSneezeWorse, ArmNumbness],
            "Do you have any of these: a new lump or swelling on your back, or your back has changed shape (not just leaning with the spasm); pain much worse when you cough, sneeze or strain on the toilet; or numbness or tingling in an arm that keeps coming back?",
            "Please answer yes or no: a lump or change of shape in your back, pain much worse on coughing or sneezing, or an arm that keeps going numb or tingly?")
            with { GroupName = "a lump or change in the shape of your back, pain worse when coughing or sneezing, or arm numbness" },

        // Symptoms stage (seed symptom list). Never blocks: any answer is accepted.
        new("q_symptoms", Stage.Symptoms,
            [Backache, SpineStiffness, SpineCurvature, HipButtockPain, ArmShoulderPain, LegTinglingOneSide, Sciatica, NeckStiffness, OccipitalHeadache],
            "Which of these do you feel? Pick one or tell me in your own words: back ache, a stiff back, leaning to one side, hip or buttock pain, arm or shoulder pain, tingling in one leg, shooting pain down one leg, a stiff neck, a headache at the back of your head.",
            "Tell me in your own words what you feel, or say \"just back ache\".",
            AnswerKind.Choice,
            ["Back ache", "Stiff back", "Pain down one leg", "Stiff neck", "Something else"]),

        // Facts stage (spec §3).
        new("q_age", Stage.Facts, [Age], "How old are you?", "Please type your age in years, for example 42.", AnswerKind.Number, []),
        new("q_onset", Stage.Facts, [Onset], "When did this start?",
            "Roughly how long ago did it start? For example \"yesterday\", \"3 days\" or \"2 weeks\".", AnswerKind.Choice,
            ["Today", "1–2 days", "3 days to 6 weeks", "Over 6 weeks"]),
        YesNo("q_first_episode", Stage.Facts, [FirstEpisode],
            "Is this the first time you've ever had back pain?",
            "Please answer yes or no: is this your first ever back pain?"),
        new("q_trigger", Stage.Facts, [FindingIds.Trigger], "What set it off?",
            "What were you doing when it started? For example lifting, sport, a fall, or nothing you know of.", AnswerKind.Choice,
            ["Lifting", "Exercise or sport", "Another strain", "A fall or knock", "Nothing I know of"]),
        YesNo("q_dehydration", Stage.Facts, [Dehydration],
            "Have you been drinking less than usual, sweating a lot, out in hot weather, or had cramps?",
            "Please answer yes or no: could you be low on fluids (not drinking much, heat, sweating or cramps)?"),
        // docs/clinical-content.md §4 nsaid_caution as a checklist of short lines (NHS ibuprofen and aspirin: who should check first;
        // newer anticoagulants and antiplatelets; dehydration and kidney risk), then "which one?" when not said.
        new("q_nsaid_caution", Stage.Facts, [NsaidCaution],
            "Before I suggest painkillers: do any of these apply to you?\n" +
            "- a stomach ulcer or bleeding, now or in the past\n" +
            "- Crohn's disease or colitis\n" +
            "- heart failure or another heart problem, or a past heart attack or stroke\n" +
            "- kidney or liver problems\n" +
            "- high blood pressure\n" +
            "- asthma, or a reaction to aspirin or ibuprofen\n" +
            "- a blood thinner, such as warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, clopidogrel or a daily low-dose aspirin\n" +
            "- being sick (vomiting), or passing much less urine than usual\n" +
            "- trying for a baby, or breastfeeding",
            "Please answer \"none of these\", \"yes\" or \"not sure\" (or tell me which): an ulcer, Crohn's or colitis, heart, kidney or liver problems, high blood pressure, asthma, blood thinners, being sick, or trying for a baby?",
            AnswerKind.Choice,
            [NoneOfThese, "Yes, one or more", "Not sure"]),
        new(WhichCautionId, Stage.Facts, [NsaidCaution],
            "Which of them? Tap one, or tell me in your own words.",
            "Which one applies to you? For example \"I take apixaban\" or \"I have heart failure\".",
            AnswerKind.Choice,
            ["Blood thinner", "Stomach ulcer or bleed", "Crohn's or colitis", "Heart problem", "Kidney problems", "Liver problems",
                "High blood pressure", "Asthma", "Reaction to ibuprofen or aspirin", "Being sick or little urine", "Trying for a baby", "Breastfeeding", "Not sure"]),
    ];

    private static Question YesNo(string id, Stage stage, string[] asks, string text, string retry) =>
        new(id, stage, asks, text, retry, AnswerKind.YesNo, YesNoChoices);
}
