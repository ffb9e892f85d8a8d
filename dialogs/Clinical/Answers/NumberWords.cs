using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>Reads numbers written as digits or words ("45", "forty five", "a couple of", "a few").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["couple"] = 2, ["few"] = 3, ["several"] = 4, ["half"] = 0,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

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

        var text = token.Text;
        if (text is "a" or "an" && index + 1 < tokens.Count && tokens[index + 1].Text is "couple" or "few")
        {
            var inner = Read(tokens, index + 1)!.Value;
            var skip = index + 2 < tokens.Count && tokens[index + 2].Text == "of" ? 1 : 0;
            return (inner.Value, inner.Length + 1 + skip);
        }

        if (Tens.TryGetValue(text, out var tens))
        {
            if (index + 1 < tokens.Count && Units.TryGetValue(tokens[index + 1].Text, out var unit) && unit is > 0 and < 10
                && tokens[index + 1].Text is not ("a" or "an"))
            {
                return (tens + unit, 2);
            }

            return (tens, 1);
        }

        if (Units.TryGetValue(text, out var value))
        {
            if (text == "half")
            {
                return (0.5, 1);
            }

            var skipOf = text is "couple" or "few" && index + 1 < tokens.Count && tokens[index + 1].Text == "of" ? 1 : 0;
            return (value, 1 + skipOf);
        }

        return text == "hundred" ? (100, 1) : null;
    }
}
