using System.Text.RegularExpressions;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The words one language's vocabulary spells: whole words, and the stems its phrases end with <c>*</c> ("tingl*").
/// Only used to decide whether a word typed in another shape (<see cref="WordShapes"/>) is one the recognizer reads.
/// </summary>
internal sealed partial class KnownWords
{
    /// <summary>The shortest stem kept: a stem is looked up by its first letters, this many.</summary>
    private const int StemKey = 4;

    private readonly HashSet<string> _words;
    private readonly HashSet<string> _pairs;

    /// <summary>The stems by their first <see cref="StemKey"/> letters, looked up without a string for the key.</summary>
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _stemsByStart;

    private KnownWords(HashSet<string> words, HashSet<string> pairs, IEnumerable<string> stems)
    {
        _words = words;
        _pairs = pairs;
        _stemsByStart = stems.GroupBy(stem => stem[..StemKey], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GeneratedRegex(@"[a-zñ]+\*?", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    /// <summary>The words of <paramref name="texts"/>: a vocabulary's phrases, lists, cues and word sets, as written there.</summary>
    public static KnownWords Of(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            string? previous = null;
            foreach (Match match in WordRegex().Matches(text))
            {
                // Two words side by side in a phrase, or near enough: an alternative's separator counts as a space.
                if (previous is not null && match.Index > 0 && text[match.Index - 1] is ' ' or '|')
                {
                    pairs.Add(previous + " " + match.Value.TrimEnd('*'));
                }

                previous = match.Value.TrimEnd('*');
                if (match.Value.EndsWith('*'))
                {
                    if (match.Length > StemKey)
                    {
                        stems.Add(match.Value[..^1]);
                    }
                }
                else
                {
                    words.Add(match.Value);
                }
            }
        }

        return new KnownWords(words, pairs, stems);
    }

    /// <summary>Whether the vocabulary spells <paramref name="word"/> whole (not only by a stem it starts with).</summary>
    public bool IsWhole(string word) => _words.Contains(word);

    /// <summary>Whether the vocabulary spells <paramref name="word"/>, whole or as one of its stems.</summary>
    public bool Contains(string word) => ContainsPast(word, letters: 0, reach: 0);

    /// <summary>
    /// Whether the vocabulary spells <paramref name="word"/> whole, or by a stem that reaches <paramref name="reach"/>
    /// letters or more past its first <paramref name="letters"/>: "in" + "continent" makes "incontinent" by the stem
    /// "incontinen", but "spasm" + "since" makes nothing by the stem "spasm", which the first word already is.
    /// </summary>
    public bool ContainsPast(string word, int letters, int reach) =>
        _words.Contains(word)
        || (word.Length >= StemKey && _stemsByStart.TryGetValue(word.AsSpan(0, StemKey), out var stems)
            && Array.Exists(stems, stem => stem.Length >= letters + reach && word.StartsWith(stem, StringComparison.Ordinal)));

    /// <summary>Whether a phrase of the vocabulary has <paramref name="first"/> and <paramref name="second"/> side by side ("back pain").</summary>
    public bool HasPair(string first, string second) => _pairs.Contains(first + " " + second);

    /// <summary>The one whole word of <paramref name="length"/> letters that <paramref name="fits"/>, or null when none or several do.</summary>
    public string? OnlyWord(int length, Func<string, bool> fits)
    {
        string? found = null;
        foreach (var word in _words)
        {
            if (word.Length == length && fits(word))
            {
                if (found is not null)
                {
                    return null;
                }

                found = word;
            }
        }

        return found;
    }
}
