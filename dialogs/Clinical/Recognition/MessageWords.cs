namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// What the matcher needs to know about each word of one message, worked out once for the hundreds of patterns tried on
/// it: the word's first letter as a bit (<see cref="BitOf"/>), and whether it may be read as a typo at all
/// (<see cref="Fuzzy.MayBeTypo"/>). Valid for the language in use when it was made.
/// </summary>
internal sealed class MessageWords
{
    /// <summary>A pattern's letters when it may start at any word.</summary>
    public const ulong AnyLetter = ulong.MaxValue;

    private readonly ulong[] _letters;
    private readonly bool[] _mayBeTypo;

    private MessageWords(ulong[] letters, bool[] mayBeTypo, ulong any)
    {
        _letters = letters;
        _mayBeTypo = mayBeTypo;
        Any = any;
    }

    /// <summary>The letters of every word in the message.</summary>
    public ulong Any { get; }

    public static MessageWords Of(IReadOnlyList<Token> tokens)
    {
        var letters = new ulong[tokens.Count];
        var mayBeTypo = new bool[tokens.Count];
        var any = 0UL;
        for (var i = 0; i < letters.Length; i++)
        {
            var token = tokens[i];
            letters[i] = token.IsWordLike && token.Text.Length > 0 ? BitOf(token.Text[0]) : 0;
            mayBeTypo[i] = token.Kind == TokenKind.Word && Fuzzy.MayBeTypo(token.Text);
            any |= letters[i];
        }

        return new MessageWords(letters, mayBeTypo, any);
    }

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
