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
/// falls out, and left leg"); <c>word*</c> any word starting with "word";
/// <c>=word</c> that word exactly, never a typo of it. A plain word also matches the other forms of its verb
/// (<see cref="VerbForms"/>).
/// </summary>
internal sealed class Pattern
{
    public const int MaxGap = 4;

    /// <summary>The reach of <c>**</c>: words and commas, never a sentence end or a word that starts a new clause ("but").</summary>
    public const int SentenceGap = 8;

    private readonly IReadOnlyList<Element> elements;

    private Pattern(string findingId, PatternKind kind, IReadOnlyList<Element> elements, string source)
    {
        FindingId = findingId;
        Kind = kind;
        this.elements = elements;
        Source = source;
    }

    public string FindingId { get; }

    public PatternKind Kind { get; }

    public string Source { get; }

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
        // could take a reading away.
        var widen = kind is PatternKind.Positive or PatternKind.Vague;
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
            if (word == "*")
            {
                elements.Add(new Element(null, MaxGap));
            }
            else if (word == "**")
            {
                elements.Add(new Element(null, SentenceGap, CrossesCommas: true));
            }
            else if (word.Length == 2 && word[0] == '*' && char.IsDigit(word[1]))
            {
                elements.Add(new Element(null, word[1] - '0'));
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

    /// <summary>Every match as a token span [Start, End), with the indices of the words its gaps skipped.</summary>
    /// <remarks>
    /// Runs for every pattern on every message, several times a turn, so it allocates only for a match: one scratch
    /// list serves every start position (a failed attempt leaves it empty), and a match gets its own copy.
    /// </remarks>
    public List<PatternMatch>? Matches(IReadOnlyList<Token> tokens)
    {
        List<PatternMatch>? matches = null;
        List<int>? skipped = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!CanStartAt(tokens, start))
            {
                continue;
            }

            skipped ??= [];
            skipped.Clear();
            var end = MatchFrom(tokens, 0, start, skipped);
            if (end > start)
            {
                (matches ??= []).Add(new PatternMatch(start, end, skipped.Count == 0 ? [] : skipped.ToArray()));
            }
        }

        return matches;
    }

    /// <summary>A cheap first test: the first element (never a gap) must match the word at <paramref name="start"/>.</summary>
    private bool CanStartAt(IReadOnlyList<Token> tokens, int start)
    {
        if (elements.Count == 0 || elements[0].Alternatives is not { } alternatives)
        {
            return true;
        }

        foreach (var alternative in alternatives)
        {
            if (alternative.Length == 0 || alternative[0].Matches(tokens[start]))
            {
                return true;
            }
        }

        return false;
    }

    private int MatchFrom(IReadOnlyList<Token> tokens, int elementIndex, int position, List<int> skipped)
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

                var end = MatchFrom(tokens, elementIndex + 1, position + gap, skipped);
                if (end >= 0)
                {
                    return end;
                }

                skipped.RemoveRange(mark, skipped.Count - mark);
            }

            return -1;
        }

        foreach (var alternative in element.Alternatives)
        {
            if (SequenceMatches(tokens, position, alternative))
            {
                var end = MatchFrom(tokens, elementIndex + 1, position + alternative.Length, skipped);
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

    private static bool SequenceMatches(IReadOnlyList<Token> tokens, int position, LexiconWord[] words)
    {
        if (position + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!words[k].Matches(tokens[position + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(string lexiconWord, string[]? otherForms, Token token)
    {
        if (!token.IsWordLike)
        {
            return false;
        }

        if (lexiconWord.Length > 1 && lexiconWord.EndsWith('*'))
        {
            return token.Text.StartsWith(lexiconWord[..^1], StringComparison.Ordinal);
        }

        if (lexiconWord.Length > 1 && lexiconWord[0] == '=')
        {
            // "my dicks been numb": the exact word, or that word with the possessive "s" typed without its apostrophe.
            var exact = lexiconWord.AsSpan(1);
            var text = token.Text.AsSpan();
            return text.SequenceEqual(exact) || (text.Length == exact.Length + 1 && text[^1] == 's' && text.StartsWith(exact));
        }

        return token.Text == lexiconWord
            || (token.Kind == TokenKind.Word && (Fuzzy.Matches(lexiconWord, token.Text) || (otherForms is not null && Array.IndexOf(otherForms, token.Text) >= 0)));
    }

    private static string[] Words(string phrase) =>
        Tokenizer.Fold(phrase).Replace("'", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A match: the span [Start, End) and the words skipped by gaps ("my back [isn't] stiff").</summary>
    internal sealed record PatternMatch(int Start, int End, IReadOnlyList<int> Skipped);

    /// <summary>One pattern element: alternatives to match, or (when null) a gap of up to MaxGap words (and commas, when it crosses them).</summary>
    private sealed record Element(LexiconWord[][]? Alternatives, int MaxGap, bool CrossesCommas = false);

    /// <summary>A word of a phrase, with the other forms of its verb that it also matches.</summary>
    private sealed record LexiconWord(string Text, string[]? OtherForms)
    {
        public bool Matches(Token token) => WordMatches(Text, OtherForms, token);
    }
}
