namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// What the matcher needs to know about each word of one message, worked out once for the hundreds of patterns tried on
/// it: the word's first letter as a bit (<see cref="BitOf"/>), whether it may be read as a typo at all
/// (<see cref="Fuzzy.MayBeTypo"/>), and, given the vocabulary's <see cref="StartIndex"/>, which first words of its
/// phrases the word matches. Valid for the language in use when it was made.
/// </summary>
internal sealed class MessageWords
{
    /// <summary>A pattern's letters when it may start at any word.</summary>
    public const ulong AnyLetter = ulong.MaxValue;

    private readonly ulong[] _letters;
    private readonly bool[] _mayBeTypo;
    private List<int>? _scratch;

    /// <summary>Per word: the first 64-bit word of <see cref="Index"/>'s entries its bits start at, and where in <see cref="_startBits"/>.</summary>
    private readonly int[]? _startFrom;
    private readonly int[]? _startOffset;
    private readonly int[]? _startLength;

    /// <summary>The bits of the entries each word matches, word after word, over the entries of its first letter only.</summary>
    private readonly ulong[]? _startBits;

    /// <summary>One bit per phrase numbered in <see cref="Index"/>: set when some word of the message can start it.</summary>
    private readonly ulong[]? _startable;

    private MessageWords(IReadOnlyList<Token> tokens, StartIndex? index)
    {
        _letters = new ulong[tokens.Count];
        _mayBeTypo = new bool[tokens.Count];
        for (var i = 0; i < _letters.Length; i++)
        {
            var token = tokens[i];
            _letters[i] = token.IsWordLike && token.Text.Length > 0 ? BitOf(token.Text[0]) : 0;
            _mayBeTypo[i] = token.Kind == TokenKind.Word && Fuzzy.MayBeTypo(token.Text);
            Any |= _letters[i];
        }

        if (index is null)
        {
            return;
        }

        Index = index;
        _startFrom = new int[tokens.Count];
        _startOffset = new int[tokens.Count];
        _startLength = new int[tokens.Count];
        var total = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end) = tokens[i].IsWordLike && tokens[i].Text.Length > 0 ? index.RangeOf(tokens[i].Text[0]) : (0, 0);
            if (start < end)
            {
                _startFrom[i] = start >> 6;
                _startOffset[i] = total;
                _startLength[i] = ((end - 1) >> 6) - (start >> 6) + 1;
                total += _startLength[i];
            }
        }

        _startBits = new ulong[total];
        _startable = new ulong[(index.PhraseCount + 63) / 64];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_startLength[i] == 0)
            {
                continue;
            }

            var (start, end) = index.RangeOf(tokens[i].Text[0]);
            for (var number = start; number < end; number++)
            {
                if (Pattern.WordMatches(index.Entry(number), tokens, i, this))
                {
                    var bit = number - (_startFrom[i] << 6);
                    _startBits[_startOffset[i] + (bit >> 6)] |= 1UL << (bit & 63);
                    foreach (var phrase in index.PhrasesOf(number))
                    {
                        _startable[phrase >> 6] |= 1UL << (phrase & 63);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The matcher's list of the words a match's gaps skipped, shared by every pattern tried on this message (one at a
    /// time: a message is recognised on one thread) so that trying a pattern allocates nothing.
    /// </summary>
    public List<int> Scratch => _scratch ??= [];

    /// <summary>The letters of every word in the message.</summary>
    public ulong Any { get; }

    /// <summary>The index whose entries <see cref="StartsAt"/> knows, if any.</summary>
    public StartIndex? Index { get; }

    public static MessageWords Of(IReadOnlyList<Token> tokens) => new(tokens, index: null);

    /// <summary>As <see cref="Of(IReadOnlyList{Token})"/>, also comparing every word with the first words in <paramref name="index"/>.</summary>
    public static MessageWords Of(IReadOnlyList<Token> tokens, StartIndex? index) => new(tokens, index);

    /// <summary>Whether the word at <paramref name="index"/> matches any of <paramref name="entries"/> (bits over <see cref="Index"/>'s entries).</summary>
    public bool StartsAt(int index, ulong[] entries)
    {
        var from = _startFrom![index];
        var offset = _startOffset![index];
        for (var k = 0; k < _startLength![index]; k++)
        {
            if ((_startBits![offset + k] & entries[from + k]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some word of the message can start phrase <paramref name="phrase"/> of <see cref="Index"/>: when not, no word can.</summary>
    public bool MayStart(int phrase) => (_startable![phrase >> 6] & (1UL << (phrase & 63))) != 0;

    /// <summary>The bit of the first letter of the word at <paramref name="index"/>; none for punctuation.</summary>
    public ulong LetterAt(int index) => _letters[index];

    /// <summary>Whether the word at <paramref name="index"/> may be read as a typo of a lexicon word.</summary>
    public bool MayBeTypo(int index) => _mayBeTypo[index];

    /// <summary>One bit per letter a to z, one for ñ, one for digits, one for anything else (shared, so it only ever lets more through).</summary>
    public static ulong BitOf(char letter) => letter switch
    {
        >= 'a' and <= 'z' => 1UL << (letter - 'a'),
        'ñ' => 1UL << 26,
        >= '0' and <= '9' => 1UL << 27,
        _ => 1UL << 28,
    };
}
