using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// NegEx-style negation (Chapman et al. 2001; negspacy termsets), adapted to lay chat. The cue lists are content
/// (clinical-content/en/vocabulary.yaml, negation); how far a cue reaches is here. Cues are looked for only BEFORE a
/// phrase (and hedges also just after it), inside its clause.
/// </summary>
internal static class Negation
{
    /// <summary>How many words before a phrase a cue may stand.</summary>
    public const int Window = 6;

    private static Vocabulary Words => ClinicalContent.Current.Text.Vocabulary;

    /// <summary>Words and phrases that negate what follows (apostrophes dropped: "don't" → "dont").</summary>
    public static string[][] NegationCues => Words.Cues["negation"];

    /// <summary>A negation cue of one word ("without", "not", "never").</summary>
    public static bool IsSingleWordCue(string word) => Array.Exists(NegationCues, cue => cue.Length == 1 && cue[0] == word);

    /// <summary>A word that starts a negation or a negative-concord cue ("no", "not", "cant"): never joined to the next word ("no body").</summary>
    public static bool IsNegativeWord(string word) =>
        Array.Exists(NegationCues, cue => cue[0] == word) || Array.Exists(ConcordCues, cue => cue[0] == word);

    /// <summary>Phrases that start with a negation cue but negate nothing ("no joke", "from nothing to").</summary>
    public static string[][] PseudoNegations => Words.Cues["pseudo_negation"];

    /// <summary>
    /// Negation cues that deny only as an exclamation standing alone ("¡qué va!", "que va, no"); with a word of their own
    /// after them they say something else ("un dolor que va empeorando": a pain that goes on getting worse). May be empty.
    /// </summary>
    public static string[][] ExclamationOnlyCues => Words.Cues["exclamation_only"];

    /// <summary>Uncertainty cues: the finding is Hedged (asked again plainly), never Absent.</summary>
    public static string[][] HedgeCues => Words.Cues["hedge"];

    /// <summary>Phrases that start with a hedge cue but hedge nothing ("no se me duerme": not "no sé"). May be empty.</summary>
    public static string[][] PseudoHedges => Words.Cues["pseudo_hedge"];

    /// <summary>Cues that a finding was only supposed ("I thought I had…"); with a correction after it, it is absent.</summary>
    public static string[][] SupposedCues => Words.Cues["supposed"];

    /// <summary>
    /// Words that take back what was just said ("yes both, sorry no, just the right", "las dos piernas, perdón, solo la
    /// derecha"), commas between them passed over: a finding said before them is asked about plainly. May be empty.
    /// </summary>
    public static string[][] RetractionCues => Words.Cues["retraction"];

    /// <summary>Words that start a sentence by taking back what came before ("oh wait", "ah no, espera").</summary>
    public static string[][] TakenBackCues => Words.Cues["taken_back"];

    /// <summary>Corrections that undo a supposed finding.</summary>
    public static string[][] CorrectionCues => Words.Cues["correction"];

    /// <summary>Words of not being able ("can't", "no longer able to"): before "without", they undo its negation.</summary>
    public static string[][] InabilityCues => Words.Cues["inability"];

    /// <summary>
    /// Negative words that can carry a finding's change themselves ("can't feel", "no siento", "feel nothing"): with one of
    /// them in the phrase, another negative beside it is negative concord, not a denial.
    /// </summary>
    public static string[][] ConcordCues => Words.Cues["concord"];

    /// <summary>
    /// Negation cues that a word of not being able before them undoes: "I can't manage the stairs without my legs giving
    /// way" says the legs give way.
    /// </summary>
    public static bool IsUndoneByInability(string word) => Words.WordSets["undone_by_inability"].Contains(word);

    /// <summary>
    /// Words of alarm or dismay: a bare "no" right after one is an exclamation, not a denial ("oh no my back", "uy no
    /// parce, no pude levantar el brazo").
    /// </summary>
    public static bool IsInterjection(string word) => Words.WordSets["interjections"].Contains(word);

    /// <summary>Words of apology ("sorry", "perdón"): straight before a number, they correct a number just given ("38. Perdón, 36,8").</summary>
    public static bool IsApology(string word) => Words.WordSets["apologies"].Contains(word);

    /// <summary>
    /// "38. Perdón, 36,8", "39 - sorry, 36.9": a word of apology with a number straight after it (commas passed over)
    /// corrects a number just given. Only readings are taken back by it: "numb for 2 days, sorry, 3" still says numb.
    /// </summary>
    public static bool CorrectsANumber(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !IsApology(tokens[i].Text))
            {
                continue;
            }

            var next = i + 1;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Comma)
            {
                next++;
            }

            if (next < tokens.Count && tokens[next].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "39, but I'd just had tea; did it again and it was 36.8", "me salió 38, con el nuevo 36,9": a word of taking the
    /// temperature again, or of a reading being wrong (vocabulary, negation: retakes). With two readings that disagree,
    /// the fever is asked about plainly, as after an apology; without one ("39 this morning, 36.9 after paracetamol") the
    /// fever stands.
    /// </summary>
    public static bool RetakesAReading(IReadOnlyList<Token> tokens)
    {
        // By index, the set looked up once: this runs on every message.
        var retakes = Words.WordSets["retakes"];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && retakes.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that carry on the negative before them ("nor", "ni"): after a word of not being able, they say more of it.</summary>
    public static bool IsContinuer(string word) => Words.WordSets["continuers"].Contains(word);

    /// <summary>Another person: a history finding they had is not the user's ("my mum had cancer").</summary>
    public static IReadOnlySet<string> OtherPeople => Words.WordSets["other_people"];

    /// <summary>
    /// The words of other_people that are pronouns ("they", "she"): they name someone only close to a phrase, where the
    /// person they stand for is clear; further back a "they" is as often the doctors ("they took out a tumour and it was
    /// malignant").
    /// </summary>
    public static IReadOnlySet<string> Pronouns => Words.WordSets["pronouns"];

    /// <summary>Two words that name another person where the second alone may be the speaker ("mi viejo", but "esta vieja").</summary>
    public static bool IsOtherPersonPair(string first, string second) =>
        Words.OtherPeoplePairs.Count > 0 && Words.OtherPeoplePairs.Contains(string.Concat(first, " ", second));

    /// <summary>The person speaking of themselves: after another person's name, the finding is theirs again.</summary>
    public static IReadOnlySet<string> FirstPerson => Words.WordSets["first_person"];

    /// <summary>Words that end a clause: a cue before them never reaches a phrase after them.</summary>
    public static bool IsClauseBreak(string word) => Words.WordSets["clause_breaks"].Contains(word);

    /// <summary>A clause break that a phrase's gap may still pass over ("my legs just give out").</summary>
    public static bool IsGapPass(string word) => Words.WordSets["gap_passes"].Contains(word);

    /// <summary>After a comma or "and", these start a new clause with its own subject.</summary>
    public static bool StartsNewSubject(string word) => Words.WordSets["new_subjects"].Contains(word);
}
