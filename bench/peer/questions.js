// The peer's clinical content: the same questions as our bot (dialogs/Clinical/Rules/QuestionData.cs), in the same
// order, tagged with the same finding ids, so that a conversation takes as many turns as ours and the benchmark's
// driver (bench/BackSpasmBot.Bench/Driver/Script.cs) answers both alike. The wording is shortened: the benchmark
// compares SDKs, not advice, and the peer is never shown to a patient.

const yesNo = ['Yes', 'No', 'Not sure'];

const stage = { emergency: 'emergency', urgent: 'urgent', gp: 'gp', facts: 'facts' };

/** kind: 'yesno' (a red-flag or fact question), 'number' (age), 'words' (buttons, or the person's own words). */
const questions = [
    { id: 'q_bladder_bowel', stage: stage.emergency, kind: 'yesno', asks: ['bladder_bowel'],
        text: 'Since your back pain started, have you had any new trouble peeing or with your bowels (can\'t go, leaking, accidents)?' },
    { id: 'q_saddle_sexual', stage: stage.emergency, kind: 'yesno', asks: ['saddle_numbness', 'sexual_dysfunction'],
        text: 'Is there numbness or tingling around your bottom, genitals or inner thighs, or a new change in sexual function?' },
    { id: 'q_neuro', stage: stage.emergency, kind: 'yesno', asks: ['both_legs', 'limb_sensation_loss', 'one_side_weakness', 'balance_coordination'],
        text: 'Are both legs affected, have you lost feeling in a limb, is one side of your body or face weak, or are you unsteady?' },
    { id: 'q_chest_aorta', stage: stage.emergency, kind: 'yesno', asks: ['chest_pain', 'aortic_signs'],
        text: 'Do you have chest pain or tightness, sudden severe tummy and back pain, or have you fainted?' },
    { id: 'q_trauma_meningitis_headache', stage: stage.emergency, kind: 'yesno', asks: ['major_trauma', 'meningitis_signs', 'thunderclap_headache'],
        text: 'Was there a serious accident, a stiff neck with a fever, or a sudden very bad headache?' },
    { id: 'q_limb_weakness', stage: stage.urgent, kind: 'yesno', asks: ['limb_weakness'],
        text: 'Is an arm or a leg weak, or does your foot drag or slap when you walk?' },
    { id: 'q_sudden_severe', stage: stage.urgent, kind: 'yesno', asks: ['sudden_severe'],
        text: 'Is the pain severe and sudden, or getting worse quickly?' },
    { id: 'q_fever', stage: stage.urgent, kind: 'yesno', asks: ['fever'],
        text: 'Do you have a high temperature, or feel hot and shivery?' },
    { id: 'q_cancer_weight', stage: stage.urgent, kind: 'yesno', asks: ['cancer_history', 'weight_loss'],
        text: 'Have you ever had cancer, or lost weight without trying?' },
    { id: 'q_night_pain', stage: stage.urgent, kind: 'yesno', asks: ['night_pain'],
        text: 'Is the pain worse at night, or not eased at all by rest?' },
    { id: 'q_immune', stage: stage.urgent, kind: 'yesno', asks: ['immune_risk'],
        text: 'Do you take steroid tablets or immune-suppressing medicines, inject drugs, or have a recent infection?' },
    { id: 'q_fragility', stage: stage.urgent, kind: 'yesno', asks: ['fragility_injury'],
        text: 'Did this follow a fall, knock or lift, and do you have thin bones, take long-term steroids, or are you 70 or over?' },
    { id: 'q_pregnant', stage: stage.gp, kind: 'yesno', asks: ['pregnant'],
        text: 'Are you pregnant, or could you be?' },
    { id: 'q_not_improving', stage: stage.gp, kind: 'yesno', asks: ['not_improving'],
        text: 'Has it lasted 4 weeks or more without getting better, or is it stopping you doing everyday things?' },
    { id: 'q_gp_signs', stage: stage.gp, kind: 'yesno', asks: ['deformity_lump', 'cough_sneeze_worse', 'arm_numbness'],
        text: 'A new lump or change of shape in your back, pain much worse on coughing, or an arm that keeps going numb?' },
    { id: 'q_symptoms', stage: stage.facts, kind: 'words',
        asks: ['backache', 'spine_stiffness', 'spine_curvature', 'hip_buttock_pain', 'arm_shoulder_pain', 'leg_tingling_one_side', 'sciatica', 'neck_stiffness', 'occipital_headache'],
        choices: ['Back ache', 'Stiff back', 'Pain down one leg', 'Stiff neck', 'Something else'],
        text: 'Which of these do you feel? Pick one or tell me in your own words.' },
    { id: 'q_age', stage: stage.facts, kind: 'number', asks: ['age'], text: 'How old are you?' },
    { id: 'q_onset', stage: stage.facts, kind: 'words', asks: ['onset'],
        choices: ['Today', '1–2 days', '3 days to 6 weeks', 'Over 6 weeks'], text: 'When did this start?' },
    { id: 'q_first_episode', stage: stage.facts, kind: 'yesno', asks: ['first_episode'],
        text: 'Is this the first time you\'ve ever had back pain?' },
    { id: 'q_trigger', stage: stage.facts, kind: 'words', asks: ['trigger'],
        choices: ['Lifting', 'Exercise or sport', 'Another strain', 'A fall or knock', 'Nothing I know of'], text: 'What set it off?' },
    { id: 'q_dehydration', stage: stage.facts, kind: 'yesno', asks: ['dehydration'],
        text: 'Have you been drinking less than usual, sweating a lot, or had cramps?' },
    { id: 'q_nsaid_caution', stage: stage.facts, kind: 'yesno', asks: ['nsaid_caution'],
        text: 'A stomach ulcer, kidney, heart or liver problems, high blood pressure, asthma, or blood thinners?' },
];

for (const question of questions) {
    question.choices ??= question.kind === 'yesno' ? yesNo : [];
}

// Red flags named in a person's own words, at any point of the conversation (as our bot's recognizer does, far more
// thoroughly). A phrase right after "no", "not" or "never" does not count.
const redFlagPhrases = [
    { finding: 'bladder_bowel', stage: stage.emergency, pattern: /\b(wet myself|wet the bed|can'?t pee|cannot pee|leak(ed|ing) (urine|pee)|lost control of my (bladder|bowels?))\b/ },
    { finding: 'saddle_numbness', stage: stage.emergency, pattern: /\bnumb(ness)? (around|in|between) (my )?(bottom|groin|genitals|legs)\b/ },
    { finding: 'both_legs', stage: stage.emergency, pattern: /\bboth (of my )?legs\b/ },
    { finding: 'chest_pain', stage: stage.emergency, pattern: /\bchest (pain|tightness)\b/ },
    { finding: 'limb_weakness', stage: stage.urgent, pattern: /\b(leg|arm|foot) (is |feels )?(weak|gives way|gave way)\b/ },
    { finding: 'fever', stage: stage.urgent, pattern: /\b(fever|high temperature)\b/ },
];

const negated = /\b(no|not|never|without)\s+(\w+\s+){0,2}$/;

/** The red flags named in a message, as [{ finding, stage }]. */
function redFlagsIn(text) {
    const lower = (text || '').toLowerCase();
    return redFlagPhrases
        .filter(({ pattern }) => {
            const match = pattern.exec(lower);
            return match && !negated.test(lower.slice(0, match.index));
        })
        .map(({ finding, stage: tier }) => ({ finding, stage: tier }));
}

/** What set it off, from the person's words or a button; undefined when the words do not say. */
function triggerIn(text) {
    const lower = (text || '').toLowerCase();
    if (/\b(lift\w*|carr\w*|box(es)?|heavy)\b/.test(lower)) return 'lifting';
    if (/\b(gym|sport|exercise|running|football)\b/.test(lower)) return 'exercise';
    if (/\b(fall|fell|knock)\b/.test(lower)) return 'fall';
    if (/\b(nothing|no idea|don'?t know)\b/.test(lower)) return 'unknown';
    return undefined;
}

module.exports = { questions, stage, redFlagsIn, triggerIn };
