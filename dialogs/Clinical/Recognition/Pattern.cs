namespace BackSpasmBot.Clinical.Recognition;

/// <summary>What a matched phrase says about its finding.</summary>
internal enum PatternKind
{
    /// <summary>The phrase describes the finding ("can't pee").</summary>
    Positive,
    /// <summary>The phrase itself says the finding is absent ("peeing is fine"). Written with a leading "!".</summary>
    Absent,
    /// <summary>The phrase cancels an overlapping positive match of the same finding ("one of my legs"). Leading "~".</summary>
    Suppress,
    /// <summary>The phrase suggests the finding without settling it ("getting worse": quickly?). At most Hedged. Leading "?".</summary>
    Vague,
}

/// <summary>
/// A lexicon phrase compiled for matching. Syntax (see <see cref="Lexicon"/>): words separated by spaces;
/// <c>{a|b c|d}</c> alternatives (each may be several words); <c>@name</c> a shared word list; <c>*</c> a gap of
/// up to <see cref="MaxGap"/> words inside one clause (<c>*2</c>: up to 2); <c>**</c> up to <see cref="SentenceGap"/>
/// words and commas inside one sentence, for the two halves of a sign that people split with a comma ("left hand, it
/// falls out, and left leg"); <c>word*</c> any word starting with "word"; <c>=word</c> that word exactly, never a typo
/// of it. A plain word in a phrase that reports a finding also matches the other forms of its verb (<see cref="VerbForms"/>).
/// </summary>
internal sealed class Pattern
{
    public const int MaxGap = 4;

    /// <summary>The reach of <c>**</c>: words and commas, never a sentence end or a word that starts a new clause ("but").</summary>
    public const int SentenceGap = 8;

    private readonly IReadOnlyList<Element> elements;

    /// <summary>The first letters of the words that can start a match (<see cref="MessageWords"/>), or any letter.</summary>
    private readonly ulong firstLetters;

    /// <summary>The vocabulary's index of first words, when this phrase is in one (<see cref="StartIndex"/>).</summary>
    private StartIndex? startIndex;

    /// <summary>The entries of <see cref="startIndex"/> that this phrase's first element holds, one bit each.</summary>
    private ulong[]? startEntries;

    private Pattern(string findingId, PatternKind kind, IReadOnlyList<Element> elements, string source)
    {
        FindingId = findingId;
        Kind = kind;
        this.elements = elements;
        Source = source;
        firstLetters = elements.Count == 0 || elements[0].Alternatives is not { } first || first.Any(a => a.Length == 0)
            ? MessageWords.AnyLetter
            : first.Aggregate(0UL, (letters, alternative) => alternative[0].FirstLetters.Aggregate(letters, (bits, letter) => bits | MessageWords.BitOf(letter)));
    }

    public string FindingId { get; }

    public PatternKind Kind { get; }

    public string Source { get; }

    /// <summary>The first words of the first element's alternatives, or null when the phrase may start at any word.</summary>
    internal IEnumerable<LexiconWord>? StartWords =>
        firstLetters == MessageWords.AnyLetter ? null : elements[0].Alternatives!.Select(alternative => alternative[0]);

    /// <summary>This phrase's number in <see cref="startIndex"/>.</summary>
    private int startNumber;

    /// <summary>Set once, by <see cref="StartIndex.Attach"/>, while the vocabulary is being read.</summary>
    internal void UseStartIndex(StartIndex index, ulong[] entries, int number)
    {
        startIndex = index;
        startEntries = entries;
        startNumber = number;
    }

    public static Pattern Compile(string findingId, string text, IReadOnlyDictionary<string, string[]> macros, VerbForms verbForms)
    {
        var kind = PatternKind.Positive;
        var body = text.Trim();
        if (body.StartsWith('!'))
        {
            kind = PatternKind.Absent;
            body = body[1..];
        }
        else if (body.StartsWith('~'))
        {
            kind = PatternKind.Suppress;
            body = body[1..];
        }
        else if (body.StartsWith('?'))
        {
            kind = PatternKind.Vague;
            body = body[1..];
        }

        // Only a phrase that reports a finding reads other verb forms: widening a phrase that denies or cancels one
        // could take a reading away. A language's persons are the exception: a denial said of someone else ("dice que no
        // nota nada raro") denies as it does in the first person, or the other person's words would read as a sign.
        var widen = kind is PatternKind.Positive or PatternKind.Vague || verbForms.PersonsOnly;
        LexiconWord[] LexiconWords(string phrase) => [.. Words(phrase).Select(w => new LexiconWord(w, widen ? verbForms.OtherForms(w) : null))];

        var elements = new List<Element>();
        var i = 0;
        while (i < body.Length)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                i++;
                continue;
            }

            if (body[i] == '{')
            {
                var close = body.IndexOf('}', i);
                var alternatives = body[(i + 1)..close].Split('|').Select(LexiconWords).ToArray();
                if (alternatives.Any(words => words.Any(w => w.Text.StartsWith('@'))))
                {
                    throw new InvalidOperationException($"A word list cannot stand inside {{…}} in \"{text}\": write one phrase per list.");
                }

                // "{for * years|…}" would look for a word "*": a gap is written between words, outside the braces.
                if (alternatives.Any(words => words.Any(w => IsGap(w.Text))))
                {
                    throw new InvalidOperationException($"A gap cannot stand inside {{…}} in \"{text}\": write the phrase with the gap outside the braces.");
                }

                elements.Add(new Element(alternatives, 0));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < body.Length && !char.IsWhiteSpace(body[end]))
            {
                end++;
            }

            var word = body[i..end];
            i = end;
            if (IsGap(word))
            {
                elements.Add(word switch
                {
                    "*" => new Element(null, MaxGap),
                    "**" => new Element(null, SentenceGap, CrossesCommas: true),
                    _ => new Element(null, word[1] - '0'),
                });
            }
            else if (word.StartsWith('@'))
            {
                if (!macros.TryGetValue(word[1..], out var list))
                {
                    throw new InvalidOperationException($"Unknown lexicon list {word} in \"{text}\".");
                }

                elements.Add(new Element(list.Select(LexiconWords).ToArray(), 0));
            }
            else
            {
                elements.Add(new Element([LexiconWords(word)], 0));
            }
        }

        return new Pattern(findingId, kind, elements, text);
    }

    /// <summary>A gap in a phrase: <c>*</c>, <c>**</c> or <c>*N</c> (one digit). "word*" is a prefix, not a gap.</summary>
    private static bool IsGap(string word) => word is "*" or "**" || word.Length == 2 && word[0] == '*' && char.IsDigit(word[1]);

    /// <summary>Every match as a token span [Start, End), with the indices of the words its gaps skipped.</summary>
    public List<PatternMatch>? Matches(IReadOnlyList<Token> tokens) => Matches(tokens, MessageWords.Of(tokens));

    /// <summary>As <see cref="Matches(IReadOnlyList{Token})"/>, with what is known of each word worked out once for the message.</summary>
    /// <remarks>
    /// Runs for every pattern on every message, so it allocates only for a match: the message's one scratch list
    /// (<see cref="MessageWords.Scratch"/>) serves every pattern and start position, and a match gets its own copy. A word whose
    /// first letter no first word of this pattern has cannot start a match (<see cref="MessageWords"/>), so it is passed
    /// over at once, and the whole message when none of its words can.
    /// </remarks>
    public List<PatternMatch>? Matches(IReadOnlyList<Token> tokens, MessageWords words)
    {
        if (firstLetters != MessageWords.AnyLetter && (words.Any & firstLetters) == 0)
        {
            return null;
        }

        if (startEntries is not null && ReferenceEquals(words.Index, startIndex) && !words.MayStart(startNumber))
        {
            return null;
        }

        List<PatternMatch>? matches = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            if ((firstLetters != MessageWords.AnyLetter && (words.LetterAt(start) & firstLetters) == 0) || !CanStartAt(tokens, start, words))
            {
                continue;
            }

            var skipped = words.Scratch;
            skipped.Clear();
            var end = MatchFrom(tokens, words, 0, start, skipped);
            if (end > start)
            {
                (matches ??= []).Add(new PatternMatch(start, end, skipped.Count == 0 ? [] : skipped.ToArray()));
            }
        }

        return matches;
    }

    /// <summary>A cheap first test: the first element (never a gap) must match the word at <paramref name="start"/>.</summary>
    /// <remarks>
    /// With the vocabulary's <see cref="StartIndex"/>, the message's words were compared with every first word once, and
    /// this is a test of shared bits; without it (a phrase compiled on its own), the word is compared with the first
    /// element's alternatives here. Both give the same answer.
    /// </remarks>
    private bool CanStartAt(IReadOnlyList<Token> tokens, int start, MessageWords words)
    {
        if (startEntries is not null && ReferenceEquals(words.Index, startIndex))
        {
            return words.StartsAt(start, startEntries);
        }

        if (elements.Count == 0 || elements[0].Alternatives is not { } alternatives)
        {
            return true;
        }

        foreach (var i in elements[0].CandidatesAt(tokens, start))
        {
            if (alternatives[i].Length == 0 || WordMatches(alternatives[i][0], tokens, start, words))
            {
                return true;
            }
        }

        return false;
    }

    private int MatchFrom(IReadOnlyList<Token> tokens, MessageWords words, int elementIndex, int position, List<int> skipped)
    {
        if (elementIndex == elements.Count)
        {
            return position;
        }

        var element = elements[elementIndex];
        if (element.Alternatives is null)
        {
            for (var gap = 0; gap <= element.MaxGap && elementIndex > 0; gap++)
            {
                if (gap > 0 && !CanSkip(tokens, position + gap - 1, element.CrossesCommas))
                {
                    break;
                }

                var mark = skipped.Count;
                for (var k = 0; k < gap; k++)
                {
                    skipped.Add(position + k);
                }

                var end = MatchFrom(tokens, words, elementIndex + 1, position + gap, skipped);
                if (end >= 0)
                {
                    return end;
                }

                skipped.RemoveRange(mark, skipped.Count - mark);
            }

            return -1;
        }

        foreach (var i in element.CandidatesAt(tokens, position))
        {
            var alternative = element.Alternatives[i];
            if (SequenceMatches(tokens, position, alternative, words))
            {
                var end = MatchFrom(tokens, words, elementIndex + 1, position + alternative.Length, skipped);
                if (end >= 0)
                {
                    return end;
                }
            }
        }

        return -1;
    }

    /// <summary>A gap skips only words inside one clause: never punctuation or "but", "however"…, though "just" or "still" may pass.</summary>
    private static bool CanSkip(IReadOnlyList<Token> tokens, int index, bool crossesCommas) =>
        index < tokens.Count
        && (tokens[index].IsWordLike || (crossesCommas && tokens[index].Kind == TokenKind.Comma))
        && (!Negation.IsClauseBreak(tokens[index].Text) || Negation.IsGapPass(tokens[index].Text));

    private static bool SequenceMatches(IReadOnlyList<Token> tokens, int position, LexiconWord[] lexiconWords, MessageWords words)
    {
        if (position + lexiconWords.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < lexiconWords.Length; k++)
        {
            if (!WordMatches(lexiconWords[k], tokens, position + k, words))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool WordMatches(LexiconWord word, IReadOnlyList<Token> tokens, int index, MessageWords words)
    {
        var lexiconWord = word.Text;
        var token = tokens[index];
        if (!token.IsWordLike)
        {
            return false;
        }

        if (lexiconWord.Length > 1 && lexiconWord.EndsWith('*'))
        {
            return token.Text.AsSpan().StartsWith(lexiconWord.AsSpan(0, lexiconWord.Length - 1), StringComparison.Ordinal);
        }

        if (lexiconWord.Length > 1 && lexiconWord[0] == '=')
        {
            // "my dicks been numb": the exact word, or that word with the possessive "s" typed without its apostrophe.
            var exact = lexiconWord.AsSpan(1);
            var text = token.Text.AsSpan();
            return text.SequenceEqual(exact) || (text.Length == exact.Length + 1 && text[^1] == 's' && text.StartsWith(exact));
        }

        return token.Text == lexiconWord
            || (words.MayBeTypo(index) && Fuzzy.IsTypoOf(lexiconWord, token.Text))
            || (token.Kind == TokenKind.Word && Fuzzy.IsOtherEnding(lexiconWord, token.Text))
            || (word.OtherForms is { } forms && token.Kind == TokenKind.Word && Array.IndexOf(forms, token.Text) >= 0);
    }

    /// <summary>The letter a token starts with when <see cref="WordMatches"/> matches it to <paramref name="lexiconWord"/> as written.</summary>
    private static char FirstLetter(string lexiconWord) =>
        lexiconWord.Length > 1 && !lexiconWord.EndsWith('*') && lexiconWord[0] == '=' ? lexiconWord[1] : lexiconWord[0];

    private static string[] Words(string phrase) =>
        Tokenizer.Fold(phrase).Replace("'", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A match: the span [Start, End) and the words skipped by gaps ("my back [isn't] stiff").</summary>
    internal sealed record PatternMatch(int Start, int End, IReadOnlyList<int> Skipped);

    /// <summary>A word of a phrase, with the other forms of its verb that it also matches ("went" for "gone").</summary>
    internal sealed record LexiconWord(string Text, string[]? OtherForms)
    {
        /// <summary>The letters a matching word can start with: the word's own, and its other forms' ("went" for "go").</summary>
        public char[] FirstLetters { get; } = [.. new[] { FirstLetter(Text) }.Concat(OtherForms?.Select(f => f[0]) ?? []).Distinct()];

        /// <summary>Equal for two words that match the same typed words: the same text and the same other forms.</summary>
        public string Key { get; } = OtherForms is null ? Text : Text + "\0" + string.Join('\0', OtherForms);
    }

    /// <summary>One pattern element: alternatives to match, or (when null) a gap of up to MaxGap words (and commas, when it crosses them).</summary>
    /// <remarks>
    /// Every pattern is tried at every word of every message, and a first element may have hundreds of alternatives (a
    /// word list). <see cref="WordMatches"/> only ever matches a word with the first letter of the lexicon word (an exact
    /// word, a prefix, "=word" and a typo all keep it) or of one of its verb forms, so the element keeps its alternatives
    /// by those letters and a word is compared only with those that can match it, in their order. Same matches, a
    /// fraction of the work.
    /// </remarks>
    private sealed record Element(LexiconWord[][]? Alternatives, int MaxGap, bool CrossesCommas = false)
    {
        /// <summary>Indices of the empty alternatives, which match anywhere (usually none).</summary>
        private readonly int[] _emptyOnly = Alternatives is null ? [] : [.. Enumerable.Range(0, Alternatives.Length).Where(i => Alternatives[i].Length == 0)];

        /// <summary>By first letter: the indices, in order, of the alternatives that can match a word with that letter.</summary>
        private readonly Dictionary<char, int[]> _byLetter = Alternatives is null
            ? []
            : Alternatives.Where(a => a.Length > 0).SelectMany(a => a[0].FirstLetters).Distinct().ToDictionary(
                letter => letter,
                letter => Enumerable.Range(0, Alternatives.Length).Where(i => Alternatives[i].Length == 0 || Alternatives[i][0].FirstLetters.Contains(letter)).ToArray());

        /// <summary>The indices, in order, of the alternatives that may match at <paramref name="position"/>: no other can.</summary>
        public int[] CandidatesAt(IReadOnlyList<Token> tokens, int position)
        {
            if (position >= tokens.Count || !tokens[position].IsWordLike || tokens[position].Text.Length == 0)
            {
                return _emptyOnly;
            }

            return _byLetter.TryGetValue(tokens[position].Text[0], out var candidates) ? candidates : _emptyOnly;
        }
    }
}
