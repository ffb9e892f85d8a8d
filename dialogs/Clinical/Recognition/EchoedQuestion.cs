using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// "cancer? no no no", "¿fiebre? qué va", "numb legs? yes since Tuesday": a message that opens by repeating the thing asked
/// about as a question of its own, then answers it. The repeated words are no statement; the answer after them is. A
/// sentence later in the message may do the same ("only when I bend. Fever? No, no fever").
/// </summary>
internal static class EchoedQuestion
{
    /// <summary>The most words the repeated question may have ("numbness down there?").</summary>
    private const int LongestEcho = 3;

    /// <summary>
    /// Where the answer after an echoed question begins, or null when the message does not open with one: one to three
    /// words that are not themselves an answer, a question mark, and something after it.
    /// </summary>
    public static int? AnswerStart(IReadOnlyList<Token> tokens) => AnswerStartAt(tokens, 0);

    /// <summary>As <see cref="AnswerStart"/>, for a question that starts at <paramref name="from"/>.</summary>
    public static int? AnswerStartAt(IReadOnlyList<Token> tokens, int from)
    {
        var mark = from;
        while (mark < tokens.Count && mark - from <= LongestEcho && tokens[mark].Kind == TokenKind.Word)
        {
            mark++;
        }

        if (mark == from || mark - from > LongestEcho || mark + 1 >= tokens.Count || tokens[mark].Text != "?" || StartsWithAnAnswer(tokens, from))
        {
            return null;
        }

        return mark + 1;
    }

    private static bool StartsWithAnAnswer(IReadOnlyList<Token> tokens, int from)
    {
        var words = ClinicalContent.Current.Text.Words;
        return Array.Exists(words.YesAnswers, answer => TokenRuns.StartsAt(tokens, from, answer))
            || Array.Exists(words.NoAnswers, answer => TokenRuns.StartsAt(tokens, from, answer))
            || Array.Exists(words.UnsureAnswers, answer => TokenRuns.StartsAt(tokens, from, answer));
    }
}
