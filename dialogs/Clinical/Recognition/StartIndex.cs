namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The words that can start a phrase of one vocabulary, each kept once, so that a message's word is compared with each
/// of them once per message rather than once for every phrase that starts with it.
/// </summary>
/// <remarks>
/// <para>
/// The 600-odd phrases of a language start with about 7,000 alternatives (word lists such as <c>@pain</c> stand first in
/// many phrases), but only about 1,500 different words. An entry is one of those words under one letter a matching word
/// can start with (<see cref="Pattern.LexiconWord.FirstLetters"/>); the entries are numbered letter by letter, so the
/// entries a word can match lie in one run of numbers. Each phrase keeps the entries of its first element as bits
/// (<see cref="Pattern.UseStartIndex"/>), and <see cref="MessageWords"/> works out, once per message, which entries
/// each of its words matches (<see cref="Pattern.WordMatches"/>, the same test as before). A phrase can start at a word
/// when the two share a bit: the same answer as comparing the word with every alternative of the phrase's first
/// element, for a fraction of the work. Each entry also knows the phrases it starts, so a message knows at once which
/// phrases none of its words can start (<see cref="MessageWords.MayStart"/>), and those are not tried at all.
/// </para>
/// <para>
/// Built once, when the vocabulary is read and before anything else can see its phrases. A phrase that can start at any
/// word (an empty alternative) keeps no bits and is tried as before.
/// </para>
/// </remarks>
internal sealed class StartIndex
{
    private readonly Pattern.LexiconWord[] _entries;
    private readonly Dictionary<char, (int Start, int End)> _byLetter;

    /// <summary>Per entry: the numbers of the phrases whose first element holds it.</summary>
    private int[][] _phrasesOf = [];

    private StartIndex(Pattern.LexiconWord[] entries, Dictionary<char, (int Start, int End)> byLetter)
    {
        _entries = entries;
        _byLetter = byLetter;
    }

    /// <summary>How many 64-bit words a set of entries takes.</summary>
    public int Width => (_entries.Length + 63) / 64;

    /// <summary>How many phrases are numbered (<see cref="Pattern.UseStartIndex"/>), so how many bits a set of phrases takes.</summary>
    public int PhraseCount { get; private set; }

    /// <summary>Numbers the first words of <paramref name="patterns"/> and gives each pattern the bits of its own.</summary>
    public static StartIndex Attach(IEnumerable<Pattern> patterns)
    {
        var indexed = patterns.Where(p => p.StartWords is not null).ToList();

        // Letter by letter (in a fixed order), each distinct word once, in the order the phrases first use it.
        var byLetter = new SortedDictionary<char, Dictionary<string, Pattern.LexiconWord>>();
        foreach (var pattern in indexed)
        {
            foreach (var word in pattern.StartWords!)
            {
                foreach (var letter in word.FirstLetters)
                {
                    if (!byLetter.TryGetValue(letter, out var words))
                    {
                        byLetter[letter] = words = new Dictionary<string, Pattern.LexiconWord>(StringComparer.Ordinal);
                    }

                    words.TryAdd(word.Key, word);
                }
            }
        }

        var entries = new List<Pattern.LexiconWord>();
        var numbers = new Dictionary<(char, string), int>();
        var ranges = new Dictionary<char, (int Start, int End)>();
        foreach (var (letter, words) in byLetter)
        {
            var start = entries.Count;
            foreach (var (key, word) in words)
            {
                numbers[(letter, key)] = entries.Count;
                entries.Add(word);
            }

            ranges[letter] = (start, entries.Count);
        }

        var index = new StartIndex([.. entries], ranges);
        var phrasesOf = entries.Select(_ => new List<int>()).ToArray();
        for (var phrase = 0; phrase < indexed.Count; phrase++)
        {
            var pattern = indexed[phrase];
            var bits = new ulong[index.Width];
            foreach (var word in pattern.StartWords!)
            {
                foreach (var letter in word.FirstLetters)
                {
                    var number = numbers[(letter, word.Key)];
                    bits[number >> 6] |= 1UL << (number & 63);
                    if (phrasesOf[number].Count == 0 || phrasesOf[number][^1] != phrase)
                    {
                        phrasesOf[number].Add(phrase);
                    }
                }
            }

            pattern.UseStartIndex(index, bits, phrase);
        }

        index._phrasesOf = [.. phrasesOf.Select(list => list.ToArray())];
        index.PhraseCount = indexed.Count;
        return index;
    }

    /// <summary>The numbers of the phrases that entry <paramref name="number"/> can start.</summary>
    public int[] PhrasesOf(int number) => _phrasesOf[number];

    /// <summary>The entries a word starting with <paramref name="letter"/> could match: [Start, End), empty when none.</summary>
    public (int Start, int End) RangeOf(char letter) => _byLetter.TryGetValue(letter, out var range) ? range : (0, 0);

    /// <summary>The word of entry <paramref name="number"/>.</summary>
    public Pattern.LexiconWord Entry(int number) => _entries[number];
}
