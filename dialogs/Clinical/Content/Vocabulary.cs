using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Content;

/// <summary>The words the recognizer reads in one language (clinical-content/en/vocabulary.yaml), compiled once.</summary>
public sealed class Vocabulary
{
    /// <summary>Word lists for <c>@name</c>, with their inclusions resolved.</summary>
    public required IReadOnlyDictionary<string, string[]> Lists { get; init; }

    /// <summary>Phrases by finding, fact, modifier, cue or caution mention, in the order they are tried.</summary>
    public required IReadOnlyDictionary<string, string[]> Phrases { get; init; }

    /// <summary>Clarifying question id → the phrases that call for it.</summary>
    public required IReadOnlyDictionary<string, string[]> Clarifiers { get; init; }

    public required IReadOnlyList<(string FindingId, string First, string Second, bool OnlyAsks)> CoOccurrences { get; init; }

    /// <summary>
    /// A finding and the cue that, said in the same message, makes it less than it says: asked plainly (softened_by);
    /// never when the message also says one of the <c>Unless</c> cues ("son los nervios… me sube a la mandíbula").
    /// </summary>
    public IReadOnlyList<(string FindingId, string Cue, IReadOnlyList<string> Unless)> Softeners { get; init; } = [];

    private IReadOnlySet<string>? _pairParts;

    private IReadOnlySet<string>? _otherPeoplePairs;

    /// <summary>Every id that is one half of a co-occurrence, worked out once rather than on every phrase matched.</summary>
    public IReadOnlySet<string> PairParts =>
        _pairParts ??= CoOccurrences.SelectMany(pair => new[] { pair.First, pair.Second }).ToHashSet(StringComparer.Ordinal);

    /// <summary>The two-word entries of other_people ("mi viejo"), looked up a pair of words at a time.</summary>
    public IReadOnlySet<string> OtherPeoplePairs =>
        _otherPeoplePairs ??= WordSets["other_people"].Where(w => w.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    public required IReadOnlySet<string> HistoryFindings { get; init; }

    /// <summary>Findings true only while they last (a recent infection, long-term steroids): dated in the past, they are asked about.</summary>
    public required IReadOnlySet<string> CurrentFindings { get; init; }

    /// <summary>Context words by kind (surroundings, past_time, now, this_pain, past_history, comes_and_goes).</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> ContextWords { get; init; }

    /// <summary>Negation cue lists by kind, each cue split into its words.</summary>
    public required IReadOnlyDictionary<string, string[][]> Cues { get; init; }

    /// <summary>Negation word sets by kind (other_people, first_person, clause_breaks, gap_passes, new_subjects).</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> WordSets { get; init; }

    /// <summary>Every word the phrases, lists and cues spell, for reading a word typed in another shape (<see cref="WordShapes"/>).</summary>
    internal KnownWords KnownWords { get; init; } = KnownWords.Of([]);

    /// <summary>The phrases, compiled when the content was loaded (every one parses, or the content was refused).</summary>
    internal IReadOnlyList<IReadOnlyList<Pattern>> CompiledPhrases { get; init; } = [];

    internal IReadOnlyList<IReadOnlyList<Pattern>> CompiledClarifiers { get; init; } = [];

    /// <summary>The first words of the compiled phrases and clarifiers, each once (<see cref="Recognition.StartIndex"/>).</summary>
    internal StartIndex? StartIndex { get; init; }
}
