using System.Text.RegularExpressions;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// The words of one language that the mechanics read besides the vocabulary (clinical-content/&lt;language&gt;/language.yaml):
/// answers, numbers and units in words, triggers, the words that put a number in context, scope cues, typo false
/// friends, tokenizer fillers and place statements. Multi-word entries are split into their words.
/// </summary>
public sealed class LanguageWords
{
    public required string[][] UnsureAnswers { get; init; }

    public required string[][] YesAnswers { get; init; }

    public required string[][] NoAnswers { get; init; }

    public required IReadOnlySet<string> YesTypos { get; init; }

    public required IReadOnlySet<string> NoTypos { get; init; }

    /// <summary>A bare no straight before a word negates that word ("no puedo orinar"), so it is not the answer no.</summary>
    public required bool BareNoNegatesNextWord { get; init; }

    public required string[][] DoubtAfterNo { get; init; }

    /// <summary>
    /// Yes answers that are a subject and a verb ("I have", "tengo"): a yes only when they close their clause ("I do.",
    /// "I have, both"), never when they begin a statement ("I have no numbness", "tengo 40"). May be empty.
    /// </summary>
    public required string[][] YesOnlyClosingClause { get; init; }

    /// <summary>A yes taken back later in the answer ("sí... bueno no, leí mal"): the answer is unclear. May be empty.</summary>
    public required string[][] TakenBackAfterYes { get; init; }

    public required IReadOnlySet<string> Openers { get; init; }

    public required IReadOnlySet<string> NoneOfThese { get; init; }

    /// <summary>
    /// Words that say all is as usual ("fine", "normal", "bien"): after a no they make it a plain no, which the hint model
    /// does not reopen (<see cref="SaidNormalUnless"/>: unless a word of contrast or change stands in the answer too).
    /// </summary>
    public required string[][] SaidNormal { get; init; }

    /// <summary>Words that keep a no with <see cref="SaidNormal"/> words open to the hint model ("but", "weird", "pero").</summary>
    public required IReadOnlySet<string> SaidNormalUnless { get; init; }

    public required IReadOnlyDictionary<string, int> NumberUnits { get; init; }

    public required IReadOnlyDictionary<string, int> NumberTens { get; init; }

    public required IReadOnlySet<string> NumberJoiners { get; init; }

    public required IReadOnlySet<string> Hundred { get; init; }

    /// <summary>A word between a hundred and what is added to it ("a hundred and one").</summary>
    public required IReadOnlySet<string> HundredJoiners { get; init; }

    public required IReadOnlySet<string> Half { get; init; }

    /// <summary>A decimal point said in words ("thirty eight point nine", "treinta y ocho coma cinco").</summary>
    public required IReadOnlySet<string> DecimalPoint { get; init; }

    /// <summary>Words after a number that make it an age wherever it stands ("eighty two years young").</summary>
    public required IReadOnlyList<string[]> AgeAfterPhrases { get; init; }

    public required IReadOnlySet<string> Articles { get; init; }

    public required IReadOnlySet<string> Vague { get; init; }

    public required IReadOnlySet<string> Of { get; init; }

    public required IReadOnlySet<string> NotAnAge { get; init; }

    /// <summary>A number after one of these is a time, never an age ("for 6 years", "hace 6 años").</summary>
    public required IReadOnlySet<string> TimeBefore { get; init; }

    /// <summary>A number whose unit is followed by one of these is a time, never an age ("6 years ago", "6 años atrás").</summary>
    public required IReadOnlySet<string> TimeAfter { get; init; }

    public required IReadOnlyDictionary<string, double> OnsetHours { get; init; }

    public required IReadOnlyDictionary<string, double> DurationWeeks { get; init; }

    public required IReadOnlySet<string> NotThisPainAfter { get; init; }

    public required string[][] OfAge { get; init; }

    public required IReadOnlySet<string> AgeAfter { get; init; }

    public required IReadOnlySet<string> NotAgeAfter { get; init; }

    public required IReadOnlyList<(string Phrase, double Hours)> OnsetPhrases { get; init; }

    public required IReadOnlyList<string> FallTriggers { get; init; }

    /// <summary>Metres each unit of height is worth ("ten feet", "dos metros").</summary>
    public required IReadOnlyDictionary<string, double> HeightMetres { get; init; }

    /// <summary>Words of falling that a height may follow.</summary>
    public required IReadOnlySet<string> FallWords { get; init; }

    /// <summary>Words that make a height the person's or a distance ("tall", "walked").</summary>
    public required IReadOnlySet<string> NotAFallHeight { get; init; }

    public required IReadOnlyList<string> ExerciseTriggers { get; init; }

    public required IReadOnlyList<string> LiftingTriggers { get; init; }

    public required IReadOnlyList<string> StrainTriggers { get; init; }

    public required IReadOnlyList<string> NoTriggers { get; init; }

    public required Regex AgeStatement { get; init; }

    /// <summary>Straight after an age said outright, a correction of it ("I'm 17. sorry i mean 71"): group 1 or 2 is the number.</summary>
    public required Regex AgeCorrection { get; init; }

    public required Regex FirstEpisode { get; init; }

    public required Regex Recurrence { get; init; }

    public required Regex NegatedTrigger { get; init; }

    public required IReadOnlySet<string> TemperatureWords { get; init; }

    public required string[][] WeatherAfterReading { get; init; }

    public required IReadOnlySet<string> AgeWords { get; init; }

    public required IReadOnlySet<string> AgeBefore { get; init; }

    /// <summary>Words before an age said in words in any message ("tengo setenta y cuatro"); none in English.</summary>
    public required IReadOnlySet<string> AgeBeforeWords { get; init; }

    /// <summary>Denials right after a finding ("fiebre no tengo", "la luz no me molesta"), besides a bare no.</summary>
    public required string[][] DeniedAfterPhrases { get; init; }

    public required string[][] AgeBeforePairs { get; init; }

    public required string[][] OutOfTen { get; init; }

    public required string[][] NotMe { get; init; }

    public required IReadOnlySet<string> AnswerWords { get; init; }

    public required string[][] HedgesAfter { get; init; }

    public required IReadOnlySet<string> DeniedAfter { get; init; }

    public required IReadOnlySet<string> NeverWords { get; init; }

    public required IReadOnlySet<string> NegativeQuestionOpeners { get; init; }

    public required string[][] NewUntilNow { get; init; }

    /// <summary>After a negation, a comparison with now ("then I wasn't staggering like I am now"): the sign is now's.</summary>
    public required string[][] LikeNow { get; init; }

    public required string[][] ApartFrom { get; init; }

    public required string[][] NotNew { get; init; }

    /// <summary>Later in the sentence and closing its clause, say the finding is over ("but that's long gone"): asked plainly.</summary>
    public required string[][] OverNow { get; init; }

    /// <summary>
    /// Words of a time that may come after an over_now cue and still let it close its clause ("ya se me quitó hace cinco
    /// días", "gone a few days ago").
    /// </summary>
    public required IReadOnlySet<string> OverNowTimeWords { get; init; }

    /// <summary>Straight before a condition, name it in a question or a fear ("could it be meningitis?"): asked plainly.</summary>
    public required string[][] Speculation { get; init; }

    /// <summary>As <see cref="Speculation"/>, only in a sentence that ends with a question mark ("is it a stroke?").</summary>
    public required string[][] SpeculationInQuestion { get; init; }

    /// <summary>What may stand between a speculation and the condition it names ("could it be a stroke").</summary>
    public required string[][] SpeculationPasses { get; init; }

    public required IReadOnlySet<string> FalseFriends { get; init; }

    /// <summary>The other forms of a vocabulary word's verb ("spreading" also reads "spread"); none in a language without verb_forms.</summary>
    public required Recognition.VerbForms VerbForms { get; init; }

    /// <summary>
    /// Groups of endings that make the same word in another gender or tense (language.yaml, word_endings): within a
    /// group, one ending may stand for another ("lento" reads as "lenta", "respondía" as "responde"). None in a language
    /// without them.
    /// </summary>
    public required string[][] WordEndings { get; init; }

    /// <summary>Typo tolerance reads words of this length or more.</summary>
    public required int FuzzyMinLength { get; init; }

    /// <summary>Phone spellings → the words they stand for ("xq" → "porque").</summary>
    public required IReadOnlyDictionary<string, string[]> Respellings { get; init; }

    /// <summary>
    /// Spoken endings as typed → as written ("dormío" → "dormido"), longest first: a word the vocabulary does not know is
    /// read with the written ending when that makes a word it knows (<see cref="Recognition.WordShapes"/>).
    /// </summary>
    public IReadOnlyList<(string Typed, string Written)> ElidedEndings { get; init; } = [];

    /// <summary>
    /// A letter said for another at the end of a syllable, as typed → as written (Caribbean "dolol" → "dolor", Andalusian
    /// "ehtoy" → "estoy"): a word the vocabulary does not know is read with the written letters when that makes one it
    /// knows (<see cref="Recognition.WordShapes"/>).
    /// </summary>
    public IReadOnlyList<(char Typed, char Written)> SyllableEndSounds { get; init; } = [];

    /// <summary>"and": with a comma, ends a negation's reach before a new subject.</summary>
    public required IReadOnlySet<string> Conjunctions { get; init; }

    public required IReadOnlySet<string> Fillers { get; init; }

    public required IReadOnlySet<string> FillerHosts { get; init; }

    public required IReadOnlySet<string> KeepApostropheS { get; init; }

    /// <summary>
    /// The letter an apostrophe at the end of a word stands for, if any (Caribbean and Andalusian Spanish "lo' do' brazo'"
    /// for "los dos brazos", "e' lo peor" for "es lo peor"); empty where the apostrophe is only dropped.
    /// </summary>
    public string FinalApostropheFor { get; init; } = string.Empty;

    /// <summary>
    /// Words that restate the subject between two commas ("my legs, both of them, are numb"): they are dropped with their
    /// commas, so the subject and what follows stay one clause.
    /// </summary>
    public required string[][] Appositives { get; init; }

    /// <summary>Place names (lower case) → region code.</summary>
    public required IReadOnlyDictionary<string, string> Places { get; init; }

    public required Regex PlaceStatement { get; init; }

    public required Regex PlaceFiller { get; init; }

    /// <summary>Short messages asking for this language ("in English please", "en español"), folded.</summary>
    public required IReadOnlyList<string> SwitchTo { get; init; }

    /// <summary>Common words of this language, to tell the language of a first message.</summary>
    public required IReadOnlySet<string> Markers { get; init; }

    /// <summary>The follow-up check-in's answers (follow_up).</summary>
    public required FollowUpWords FollowUp { get; init; }
}

/// <summary>
/// The follow-up check-in's answers in one language (language.yaml, follow_up), in <see cref="Answers.WholeMessage"/>
/// form: whole answers, and the parts that say it anywhere in a longer answer.
/// </summary>
public sealed class FollowUpWords
{
    public required IReadOnlySet<string> Better { get; init; }

    public required IReadOnlySet<string> Same { get; init; }

    public required IReadOnlySet<string> Worse { get; init; }

    /// <summary>"Not better" ("no better", "no ha mejorado"): the same, whatever else the words say, unless they say worse.</summary>
    public required Regex NotBetter { get; init; }

    public required IReadOnlyList<string> WorseWithin { get; init; }

    public required IReadOnlyList<string> SameWithin { get; init; }

    public required IReadOnlyList<string> BetterWithin { get; init; }

    public required IReadOnlySet<string> Tomorrow { get; init; }

    public required IReadOnlySet<string> InTwoDays { get; init; }

    public required IReadOnlySet<string> NoThanks { get; init; }
}
