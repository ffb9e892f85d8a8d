using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// Typo tolerance: a lexicon word of 4+ letters matches a typed word within edit distance 1 (2 for 8+ letters; a
/// four-letter word only by one changed letter),
/// with the same first letter, unless the typed word is a real word: a common word of English or of the language (CommonWords)
/// or one of the language's false friends.
/// </summary>
internal static class Fuzzy
{
    /// <summary>Real words one or two edits away from a lexicon word; they must never be read as that word (language.yaml, false_friends).</summary>
    private static IReadOnlySet<string> FalseFriends => ClinicalContent.Current.Text.Words.FalseFriends;

    /// <summary>
    /// Whether <paramref name="typed"/> may be read as a typo of a lexicon word at all: long enough, and not a real word.
    /// It depends only on the typed word and the language, so the matcher asks once per word of a message
    /// (<see cref="MessageWords"/>), not once per lexicon word compared with it.
    /// </summary>
    public static bool MayBeTypo(string typed) =>
        typed.Length >= ClinicalContent.Current.Text.Words.FuzzyMinLength && !FalseFriends.Contains(typed) && !CommonWords.Contains(typed);

    /// <summary>Whether <paramref name="typed"/>, a word that <see cref="MayBeTypo"/>, is a typo of <paramref name="lexiconWord"/>.</summary>
    public static bool IsTypoOf(string lexiconWord, string typed)
    {
        // The content-free tests first: most pairs fail them, and reading the content's settings costs more than they do.
        if (typed.Length == 0 || lexiconWord.Length == 0 || typed[0] != lexiconWord[0] || Math.Abs(lexiconWord.Length - typed.Length) > 2)
        {
            return false;
        }

        var shortest = ClinicalContent.Current.Text.Words.FuzzyMinLength;
        if (lexiconWord.Length < shortest)
        {
            return false;
        }

        // The shortest words ("legs", "numb", "pees") allow one changed letter only; longer ones an insertion or deletion too.
        if (lexiconWord.Length == shortest && typed.Length != shortest)
        {
            return false;
        }

        var allowedDistance = lexiconWord.Length >= 8 ? 2 : 1;
        if (Math.Abs(lexiconWord.Length - typed.Length) > allowedDistance)
        {
            return false;
        }

        return Distance(lexiconWord, typed) <= allowedDistance;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    /// <remarks>Called for many word pairs on every message, so the table lives on the stack when it is small.</remarks>
    private static int Distance(string a, string b)
    {
        var columns = b.Length + 1;
        var size = (a.Length + 1) * columns;
        var d = size <= 1024 ? stackalloc int[size] : new int[size];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * columns] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[((i - 1) * columns) + j] + 1, d[(i * columns) + j - 1] + 1), d[((i - 1) * columns) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[((i - 2) * columns) + j - 2] + 1);
                }

                d[(i * columns) + j] = value;
            }
        }

        return d[(a.Length * columns) + b.Length];
    }

    /// <summary>The shortest stem two forms must share ("lent-o", "lent-a"); shorter stems are too often other words ("pes-o", "pes-a").</summary>
    private const int ShortestStem = 4;

    /// <summary>
    /// Whether <paramref name="typed"/> is <paramref name="lexiconWord"/> with another ending of the same group
    /// (language.yaml, word_endings): "orino más lento" reads "lenta", "la mano no me respondía" reads "responde". The
    /// groups keep number apart, so "pierna" never reads "piernas" (one leg is not both). Unlike a typo, a real word may
    /// be one: it is the same word in another gender or tense; never a false friend ("qué embole" is boredom, not "embolia").
    /// </summary>
    public static bool IsOtherEnding(string lexiconWord, string typed)
    {
        if (typed.Length <= ShortestStem || FalseFriends.Contains(typed) || lexiconWord.Length <= ShortestStem || typed[0] != lexiconWord[0]
            || Math.Abs(lexiconWord.Length - typed.Length) > 2 || typed[ShortestStem - 1] != lexiconWord[ShortestStem - 1])
        {
            return false;
        }

        foreach (var group in ClinicalContent.Current.Text.Words.WordEndings)
        {
            foreach (var ending in group)
            {
                var stem = lexiconWord.Length - ending.Length;
                if (stem < ShortestStem || !lexiconWord.EndsWith(ending, StringComparison.Ordinal) || typed.Length <= stem
                    || !typed.AsSpan(0, stem).SequenceEqual(lexiconWord.AsSpan(0, stem)))
                {
                    continue;
                }

                var rest = typed.AsSpan(stem);
                foreach (var other in group)
                {
                    if (rest.SequenceEqual(other))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
