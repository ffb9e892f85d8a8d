using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>
/// Reads numbers written as digits or words ("45", "forty five", "treinta y cinco", "a couple of", "a few"). The words
/// are content (clinical-content/&lt;language&gt;/language.yaml, numbers).
/// </summary>
internal static class NumberWords
{
    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    /// <summary>The number starting at <paramref name="index"/>, and how many tokens it used; null if none.</summary>
    public static (double Value, int Length)? Read(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return (token.NumberValue, 1);
        }

        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var words = Words;
        var text = token.Text;
        if (words.Articles.Contains(text) && index + 1 < tokens.Count && words.Vague.Contains(tokens[index + 1].Text))
        {
            var inner = Read(tokens, index + 1)!.Value;
            var skip = index + 2 < tokens.Count && words.Of.Contains(tokens[index + 2].Text) ? 1 : 0;
            return (inner.Value, inner.Length + 1 + skip);
        }

        if (words.NumberTens.TryGetValue(text, out var tens))
        {
            // "forty five"; "treinta y cinco" with a joiner between.
            var at = index + 1 < tokens.Count && words.NumberJoiners.Contains(tokens[index + 1].Text) ? index + 2 : index + 1;
            if (at < tokens.Count && words.NumberUnits.TryGetValue(tokens[at].Text, out var unit) && unit is > 0 and < 10
                && !words.Articles.Contains(tokens[at].Text))
            {
                return (tens + unit, at - index + 1);
            }

            return (tens, 1);
        }

        if (words.NumberUnits.TryGetValue(text, out var value))
        {
            if (words.Half.Contains(text))
            {
                return (0.5, 1);
            }

            var skipOf = words.Vague.Contains(text) && index + 1 < tokens.Count && words.Of.Contains(tokens[index + 1].Text) ? 1 : 0;
            return (value, 1 + skipOf);
        }

        if (words.Half.Contains(text))
        {
            return (0.5, 1);
        }

        return words.Hundred.Contains(text) ? (100, 1) : null;
    }
}
