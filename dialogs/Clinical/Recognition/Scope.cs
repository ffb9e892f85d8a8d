namespace BackSpasmBot.Clinical.Recognition;

/// <summary>Decides whether a matched phrase is present, negated (absent) or hedged, from the words around it.</summary>
internal static class Scope
{
    private const int WordsAfter = 3;

    private static readonly string[][] HedgesAfter =
        [["maybe"], ["i", "think"], ["not", "sure"], ["possibly"], ["perhaps"], ["i", "guess"], ["probably"], ["i", "suppose"]];

    // skipped: words inside the phrase skipped by its gaps; cues there count too ("my back isn't stiff").
    public static FindingStatus Classify(
        IReadOnlyList<Token> tokens, int start, int end, string findingId, bool absentPhrase, IReadOnlyList<int> skipped)
    {
        var (windowStart, breakAt) = WindowBefore(tokens, start);
        var redFlag = FindingCatalog.TierOf(findingId) >= Tier.Urgent;

        if (ContainsCue(tokens, windowStart, start, Negation.HedgeCues) >= 0 || HedgedAfter(tokens, end)
            || InGap(tokens, skipped, Negation.HedgeCues))
        {
            return FindingStatus.Hedged;
        }

        if (!absentPhrase && InGap(tokens, skipped, Negation.NegationCues))
        {
            return FindingStatus.Absent;
        }

        if (Lexicon.HistoryFindings.Contains(findingId) && AnyOtherPerson(tokens, windowStart, start))
        {
            return FindingStatus.Hedged;
        }

        var negationAt = ContainsCue(tokens, windowStart, start, Negation.NegationCues);
        if (absentPhrase)
        {
            // "my bladder isn't fine": unclear, so ask again about a red flag; otherwise ignore.
            return negationAt < 0 ? FindingStatus.Absent : redFlag ? FindingStatus.Hedged : FindingStatus.Unknown;
        }

        if (negationAt < 0)
        {
            return FindingStatus.Present;
        }

        // "no fever and pain down both legs": does the "no" reach across "and"? Unclear, so never Absent for a red flag.
        return redFlag && breakAt > negationAt ? FindingStatus.Hedged : FindingStatus.Absent;
    }

    /// <summary>
    /// The first index of the negation/hedge window before <paramref name="start"/>, and the index of the nearest
    /// bare "and" or comma inside it (-1 if none). The window stops at a sentence end, a clause break word, or a
    /// comma/"and" that starts a new subject ("…, and I…").
    /// </summary>
    private static (int WindowStart, int ConjunctionAt) WindowBefore(IReadOnlyList<Token> tokens, int start)
    {
        var conjunctionAt = -1;
        var words = 0;
        var i = start - 1;
        for (; i >= 0 && words < Negation.Window; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.SentenceEnd || Negation.IsClauseBreak(token.Text)
                || (token.Text == "from" && i > 0 && tokens[i - 1].Text == "apart"))
            {
                break;
            }

            if (token.Kind == TokenKind.Comma || token.Text == "and")
            {
                if (i + 1 < start && Negation.StartsNewSubject(tokens[i + 1].Text))
                {
                    break;
                }

                if (conjunctionAt < 0)
                {
                    conjunctionAt = i;
                }
            }

            if (token.Kind != TokenKind.Comma)
            {
                words++;
            }
        }

        return (i + 1, conjunctionAt);
    }

    /// <summary>Index of the last cue lying wholly in [from, to), or -1.</summary>
    private static int ContainsCue(IReadOnlyList<Token> tokens, int from, int to, string[][] cues)
    {
        for (var i = to - 1; i >= from; i--)
        {
            foreach (var cue in cues)
            {
                if (i + cue.Length <= to && SequenceAt(tokens, i, cue))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>True when a cue lies wholly within consecutive skipped words.</summary>
    private static bool InGap(IReadOnlyList<Token> tokens, IReadOnlyList<int> skipped, string[][] cues)
    {
        foreach (var index in skipped)
        {
            foreach (var cue in cues)
            {
                if (index + cue.Length <= tokens.Count && SequenceAt(tokens, index, cue)
                    && Enumerable.Range(index, cue.Length).All(skipped.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HedgedAfter(IReadOnlyList<Token> tokens, int end)
    {
        var limit = end;
        while (limit < tokens.Count && limit - end < WordsAfter && tokens[limit].IsWordLike && !Negation.IsClauseBreak(tokens[limit].Text))
        {
            limit++;
        }

        return ContainsCue(tokens, end, limit, HedgesAfter) >= 0;
    }

    private static bool AnyOtherPerson(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Negation.OtherPeople.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SequenceAt(IReadOnlyList<Token> tokens, int index, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[index + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
