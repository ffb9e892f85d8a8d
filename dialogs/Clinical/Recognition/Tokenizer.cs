using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BackSpasmBot.Clinical.Recognition;

internal enum TokenKind
{
    Word,
    Number,
    /// <summary>A sentence end: . ; ! ? : — ends every phrase and negation scope.</summary>
    SentenceEnd,
    Comma,
}

internal readonly record struct Token(string Text, TokenKind Kind)
{
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    public double NumberValue => double.Parse(Text, CultureInfo.InvariantCulture);
}

/// <summary>Lower-cases, drops apostrophes ("can't" → "cant") and splits into words, numbers and punctuation.</summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)?|[a-z]+|°|[.;!?:]|,|\n", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = Normalize(text);
        var tokens = new List<Token>();
        foreach (Match match in TokenRegex().Matches(normalized))
        {
            var value = match.Value;
            if (char.IsDigit(value[0]))
            {
                tokens.Add(new Token(value.Replace(',', '.'), TokenKind.Number));
            }
            else if (value == ",")
            {
                tokens.Add(new Token(value, TokenKind.Comma));
            }
            else if (value is "." or ";" or "!" or "?" or ":" or "\n")
            {
                tokens.Add(new Token(value, TokenKind.SentenceEnd));
            }
            else
            {
                tokens.Add(new Token(value, TokenKind.Word));
            }
        }

        return tokens;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormKC))
        {
            switch (c)
            {
                case '\'' or '’' or '‘' or '`':
                    break; // "can't" → "cant", "I'm" → "im"
                case '&':
                    builder.Append(" and ");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
