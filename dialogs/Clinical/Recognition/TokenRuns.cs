namespace BackSpasmBot.Clinical.Recognition;

/// <summary>Where a run of words stands in a message, and what its sentence holds: the one place for both questions.</summary>
internal static class TokenRuns
{
    /// <summary>True when <paramref name="words"/> stand at <paramref name="at"/>; false past either end of the message.</summary>
    public static bool StartsAt(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at < 0 || at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="words"/> stand at <paramref name="at"/> with nothing but commas between them ("bueno, sí,
    /// un poco", "sorry, no, just the left").
    /// </summary>
    public static bool StartsAtPassingCommas(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        var i = at;
        for (var k = 0; k < words.Length; k++)
        {
            while (k > 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Comma)
            {
                i++;
            }

            if (i >= tokens.Count || tokens[i].Text != words[k])
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>The index of the sentence end at or after <paramref name="from"/>, or the message's length when none follows.</summary>
    public static int SentenceEndFrom(IReadOnlyList<Token> tokens, int from)
    {
        var i = from;
        while (i < tokens.Count && tokens[i].Kind != TokenKind.SentenceEnd)
        {
            i++;
        }

        return i;
    }

    /// <summary>True when <paramref name="test"/> holds for some token of the sentence around token <paramref name="i"/>.</summary>
    public static bool AnyInSentence(IReadOnlyList<Token> tokens, int i, Func<int, bool> test)
    {
        for (var j = i; j >= 0 && tokens[j].Kind != TokenKind.SentenceEnd; j--)
        {
            if (test(j))
            {
                return true;
            }
        }

        for (var j = i + 1; j < tokens.Count && tokens[j].Kind != TokenKind.SentenceEnd; j++)
        {
            if (test(j))
            {
                return true;
            }
        }

        return false;
    }
}
