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
        if (words.Hundred.Contains(text) || (index + 1 < tokens.Count && words.Hundred.Contains(tokens[index + 1].Text)
            && (words.Articles.Contains(text) || words.NumberUnits.GetValueOrDefault(text) == 1)))
        {
            return Hundreds(tokens, words.Hundred.Contains(text) ? index : index + 1, index);
        }

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

        return null;
    }

    /// <summary>"a hundred and one", "one hundred two", "ciento uno": a hundred, then what is added to it.</summary>
    private static (double Value, int Length) Hundreds(IReadOnlyList<Token> tokens, int hundredAt, int index)
    {
        var words = Words;
        var at = hundredAt + 1 < tokens.Count && words.HundredJoiners.Contains(tokens[hundredAt + 1].Text) ? hundredAt + 2 : hundredAt + 1;
        if (at < tokens.Count && (words.NumberTens.ContainsKey(tokens[at].Text)
            || words.NumberUnits.TryGetValue(tokens[at].Text, out var unit) && unit is > 0 && !words.Articles.Contains(tokens[at].Text) && !words.Vague.Contains(tokens[at].Text))
            && Read(tokens, at) is { } rest)
        {
            return (100 + rest.Value, at + rest.Length - index);
        }

        return (100, hundredAt + 1 - index);
    }
}
