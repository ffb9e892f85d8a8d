using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The recognizer's view of the vocabulary: the lay phrases for every finding, fact and modifier, the shared word
/// lists, the context words and the co-occurring cues. All of it is content a clinician reviews
/// (clinical-content/en/vocabulary.yaml, whose header explains the phrase syntax); the matcher is code.
/// </summary>
internal static class Lexicon
{
    private static Vocabulary Words => ClinicalContent.Current.Text.Vocabulary;

    /// <summary>A recognizer's own cue ("cue:sudden_onset"): half of a co-occurrence, never reported as a finding.</summary>
    public static bool IsCue(string id) => id.StartsWith("cue:", StringComparison.Ordinal);

    /// <summary>A cue, or any finding that is one half of a co-occurrence (a stiff neck, for meningitis).</summary>
    public static bool IsPairPart(string id) => IsCue(id) || Words.PairParts.Contains(id);

    /// <summary>Shared word lists for <c>@name</c> in phrases.</summary>
    public static IReadOnlyDictionary<string, string[]> Lists => Words.Lists;

    /// <summary>Finding id → phrases. Sources are on the finding in clinical-content/findings.yaml.</summary>
    public static IReadOnlyDictionary<string, string[]> Phrases => Words.Phrases;

    /// <summary>A temperature in a sentence with one of these is of the surroundings, not the body ("38 degrees outside").</summary>
    public static IReadOnlySet<string> SurroundingsWords => Words.ContextWords["surroundings"];

    /// <summary>A temperature in a sentence with one of these was taken another time ("a fever of 39 years ago").</summary>
    public static IReadOnlySet<string> PastTimeWords => Words.ContextWords["past_time"];

    /// <summary>...unless one of these stands just before it: the reading is now ("paracetamol 4 hours ago and still at 38.1").</summary>
    public static IReadOnlySet<string> NowWords => Words.ContextWords["now"];

    /// <summary>A duration counts as this pain's only in a clause with one of these ("back pain for 6 weeks").</summary>
    public static IReadOnlySet<string> ThisPainWords => Words.ContextWords["this_pain"];

    /// <summary>...but not in a clause about a past illness, a medicine, an old injury or pain that comes and goes.</summary>
    public static IReadOnlySet<string> PastHistoryWords => Words.ContextWords["past_history"];

    /// <summary>Pain that comes and goes over years is not this episode's duration ("a bad back on and off for 30 years").</summary>
    public static IReadOnlySet<string> ComesAndGoes => Words.ContextWords["comes_and_goes"];

    /// <summary>A duration in a stretch between commas about another complaint ("my knee has been bad for 2 months") is not this pain's…</summary>
    public static IReadOnlySet<string> OtherComplaintWords => Words.ContextWords["other_complaint"];

    /// <summary>…unless the stretch names the back itself ("knee and back bad for 2 months").</summary>
    public static IReadOnlySet<string> TheBackWords => Words.ContextWords["the_back"];

    /// <summary>History findings: a mention with another person as the subject is Hedged ("my mum had cancer").</summary>
    public static IReadOnlySet<string> HistoryFindings => Words.HistoryFindings;

    /// <summary>Findings that count only while they last: said of another time ("a urine infection in 2015"), they are asked about plainly.</summary>
    public static IReadOnlySet<string> CurrentFindings => Words.CurrentFindings;

    /// <summary>
    /// Findings recognised only when two cues appear in the same message, both not negated. With OnlyAsks, the pair
    /// makes the finding Hedged at most: it is asked about plainly.
    /// </summary>
    public static IReadOnlyList<(string FindingId, string First, string Second, bool OnlyAsks)> CoOccurrences => Words.CoOccurrences;

    /// <summary>
    /// A finding said plainly, and a cue in the same message that makes it less than it says ("fell off my bike, not fast,
    /// just a wobble"): the finding is asked about plainly, never cleared.
    /// </summary>
    public static IReadOnlyList<(string FindingId, string Cue, IReadOnlyList<string> Unless)> Softeners => Words.Softeners;
}
