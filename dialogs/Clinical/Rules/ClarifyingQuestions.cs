using BackSpasmBot.Clinical.Recognition;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// The questions the bot asks when a message mentions a change of feeling or function, or a red-flag part of the
/// body, that the recognizer cannot attach to a finding: rather than move on in silence, it asks which red flags could
/// fit (docs/clinical-content.md, "When the bot cannot tell"). Clinical data for review: the wording, the findings each
/// question can confirm, and the words in an answer that pick a choice. What triggers each is in
/// <see cref="Clarifiers"/>.
/// </summary>
public static class ClarifyingQuestions
{
    /// <summary>Every clarifying question, by id.</summary>
    public static IReadOnlyList<ClarifyingQuestion> All { get; } =
    [
        new(Clarifiers.Control, [BladderBowel],
            "You mentioned something about going to the toilet. Is it new trouble peeing, or with controlling your bladder or bowels?",
            "Just to check: do you have new trouble peeing, or controlling your bladder or bowels?",
            [
                new("Yes", BladderBowel, ["{yes|yeah|yep|yup|ya|aye|sure|correct|right|i do|it is}", "@pee", "@poo", "bladder", "@wetself"]),
                new("No", null, ["{no|nope|nah|not that|neither|nothing like that}"]),
            ]),
        new(Clarifiers.Saddle, [SaddleNumbness, BladderBowel, SexualDysfunction],
            "You mentioned your bottom or genitals. Has anything changed there?",
            "Just to check: around your bottom or genitals, is there numbness, a change in feeling, trouble with your bladder or bowels, or a change in sex?",
            [
                new("Numbness or a change in feeling", SaddleNumbness, ["@sensation", "@feelingloss"]),
                new("Trouble with bladder or bowels", BladderBowel, ["@pee", "@poo", "bladder", "@wetself", "@accident", "@cantgo", "control"]),
                new("A change in sex or erections", SexualDysfunction, ["sex", "sexual", "erection*", "hard", "ejaculat*", "orgasm", "climax", "finish", "come"]),
                new("No, just pain", null, ["{no|nope|nah|nothing|just pain|only pain|pain|sore|hurts|ache|aches|aching}"]),
            ]),
        new(Clarifiers.Numb, [SaddleNumbness, BothLegs],
            "You said something feels numb or tingly. Where is it: around your bottom, genitals or inner thighs, or in your legs?",
            "Where is the numbness or tingling: around your bottom, genitals or inner thighs, in both legs, or in one leg or arm?",
            [
                new("Bottom, genitals or inner thighs", SaddleNumbness, ["@saddle"]),
                new("Both legs", BothLegs, ["@bothwords", "legs", "feet"]),
                new("One leg or arm", null, ["{one|left|right|just|only} * {leg|foot|arm|hand|side|buttock}", "@oneleg", "@arm"]),
                new("Somewhere else", null, ["{somewhere else|elsewhere|other|back|neck|face|shoulder|hip|none}"]),
            ]),
        new(Clarifiers.NoFeeling, [SaddleNumbness, BothLegs, LimbSensationLoss],
            "You said you can't feel something properly. Where is it: around your bottom, genitals or inner thighs, in your legs, or in an arm?",
            "Where have you lost feeling: around your bottom, genitals or inner thighs, in both legs, or in one leg or arm?",
            [
                new("Bottom, genitals or inner thighs", SaddleNumbness, ["@saddle", "@wipe"]),
                new("Both legs", BothLegs, ["@bothwords", "legs", "feet"]),
                new("One leg or arm", LimbSensationLoss, ["{one|left|right|just|only} * {leg|foot|arm|hand}", "@limb"]),
                new("Somewhere else", null, ["{somewhere else|elsewhere|other|back|neck|face|none}"]),
            ]),
        new(Clarifiers.Weak, [BothLegs, LimbWeakness, OneSideWeakness],
            "You said something feels weak. Where is it: in both legs, in one leg, foot or arm, or down one side of your body or face?",
            "Where is the weakness: both legs, one leg, foot or arm, or one side of your body or face?",
            [
                new("Both legs", BothLegs, ["@bothwords", "legs", "feet"]),
                new("One leg, foot or arm", LimbWeakness, ["{one|left|right|just|only} * {leg|foot|arm|hand|knee|ankle}", "@limb", "knee", "ankle"]),
                new("One side of my body or face", OneSideWeakness, ["side", "face", "@face", "half"]),
                new("All over, not one place", null, ["{all over|everywhere|whole body|in general|generally|tired|exhausted|just weak|unwell|no energy}"]),
            ]),
    ];

    /// <summary>The finding ids a clarifying question asks about; empty for an unknown id.</summary>
    public static IReadOnlyList<string> CandidatesOf(string id) => Find(id)?.Candidates ?? [];

    /// <summary>The clarifying question with this id, or null.</summary>
    public static ClarifyingQuestion? Find(string id) => All.FirstOrDefault(q => q.Id == id);
}

/// <summary>One clarifying question.</summary>
/// <param name="Id">Stable id, e.g. "clarify_numb" (the channelData.triage.asks contract carries its candidates).</param>
/// <param name="Candidates">The red flags that could fit.</param>
/// <param name="Text">The question, in plain words.</param>
/// <param name="PlainRetryText">Asked once more, after an answer that picked nothing.</param>
/// <param name="Choices">Its buttons, each with the finding it confirms (null: none) and the words that pick it.</param>
public sealed record ClarifyingQuestion(
    string Id,
    IReadOnlyList<string> Candidates,
    string Text,
    string PlainRetryText,
    IReadOnlyList<ClarifyingChoice> Choices);

/// <summary>One choice of a clarifying question.</summary>
/// <param name="Title">The button's title; typing it picks the choice too.</param>
/// <param name="FindingId">The finding it confirms, or null when it rules them out.</param>
/// <param name="AnswerPhrases">Phrases (lexicon syntax) that pick this choice in a typed answer.</param>
public sealed record ClarifyingChoice(string Title, string? FindingId, IReadOnlyList<string> AnswerPhrases);
