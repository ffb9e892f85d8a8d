using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Content;

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

/// <summary>
/// Lower-cases, drops apostrophes ("can't" → "cant"), drops a possessive or "is" ending from a noun ("my back's in
/// agony" → "my back in agony", "my husband's legs" → "my husband legs"; "it's", "that's" stay "its", "thats"), and
/// splits into words, numbers and punctuation.
/// </summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)?|[a-zñ]+|°|\.{2,}|[.;!?:]|,|\n", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"\b([a-z]+)['’‘`]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApostropheSRegex();

    /// <summary>"my necks so stiff": body nouns typed without the apostrophe of "neck's" (never plural in a person's own story).</summary>
    [GeneratedRegex(@"\b(neck|back|head|chest|bum|arse|tummy|stomach|bladder|spine|foot|face|dick|knob|willy|cock|fanny|bowel)s\b(?=\s+(?:is|so|was|been|gone|going|got|really|still|all|killing|in|playing|agony|sore|stiff|numb|bad|a|totally|just|hurting|aching|locked|seized|feels|feel|very|super|proper))", RegexOptions.CultureInvariant)]
    private static partial Regex BodyNounRegex();

    /// <summary>
    /// "lo' do' brazo'": an apostrophe closing a word, before a space, a stop or the end of the message; not one closing a
    /// quotation ("un lunar 'pre' algo").
    /// </summary>
    [GeneratedRegex(@"(?<!['’‘`])\b([a-zñ]+)['’‘`](?=[\s,.;:!?)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FinalApostropheRegex();

    /// <summary>"my right legs numb": one leg's, typed without the apostrophe.</summary>
    [GeneratedRegex(@"\b(left|right|one|other|bad|good)\s+legs\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneLegsRegex();

    /// <summary>Words whose "'s" is part of a common contraction the lexicon and the negation cues spell whole (language.yaml).</summary>
    private static IReadOnlySet<string> KeepApostropheS => ClinicalContent.Current.Text.Words.KeepApostropheS;

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
            // An ellipsis is a pause within a thought ("la pierna derecha... no, las dos"), not the end of a sentence.
            else if (value == "," || value.StartsWith("..", StringComparison.Ordinal))
            {
                tokens.Add(new Token(",", TokenKind.Comma));
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

        return DropFillers(JoinAppositives(WordShapes.ReadWords(Respell(tokens))));
    }

    /// <summary>
    /// Lower case without accents ("está" → "esta", "ÁNIMO" → "animo"), keeping ñ ("año" is not "ano"), so that the person
    /// may type accents or not. Vocabulary words are folded the same way when the content is loaded.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if (c == '\u0303' && builder.Length > 0 && builder[^1] == 'n')
            {
                builder[^1] = 'ñ';
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Phone spellings ("q", "xq", "tb", "nose") read as the words they stand for (language.yaml, respellings).</summary>
    private static List<Token> Respell(List<Token> tokens)
    {
        var respellings = ClinicalContent.Current.Text.Words.Respellings;
        if (respellings.Count == 0 || !tokens.Exists(t => t.Kind == TokenKind.Word && respellings.ContainsKey(t.Text)))
        {
            return tokens;
        }

        var result = new List<Token>(tokens.Count + 4);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && respellings.TryGetValue(token.Text, out var words))
            {
                result.AddRange(words.Select(word => new Token(word, TokenKind.Word)));
            }
            else
            {
                result.Add(token);
            }
        }

        return result;
    }

    /// <summary>
    /// "I can't really feel the paper", "nothing's properly coming out": an intensifier straight after a negative
    /// carries no meaning of its own and would split the phrase it sits in, so it is dropped. "not really" stays: it
    /// is an answer of its own.
    /// </summary>
    private static List<Token> DropFillers(List<Token> tokens)
    {
        for (var i = tokens.Count - 2; i >= 1; i--)
        {
            if (Fillers.Contains(tokens[i].Text) && FillerHosts.Contains(tokens[i - 1].Text) && tokens[i + 1].Kind == TokenKind.Word)
            {
                tokens.RemoveAt(i);
            }
        }

        return tokens;
    }

    /// <summary>
    /// "my legs, both of them, are numb", "mis piernas, las dos, se sienten dormidas": words that only restate the subject,
    /// between two commas, add nothing to it and would split its clause, so they are dropped with their commas and the
    /// subject joins what is said of it ("my legs are numb") (language.yaml, appositives, of every language).
    /// </summary>
    private static List<Token> JoinAppositives(List<Token> tokens)
    {
        // Every language's words: a message that mixes languages ("my legs, las dos, se sienten numb") is read in each.
        var languages = ClinicalContent.Current.Languages;
        for (var i = tokens.Count - 1; i >= 1; i--)
        {
            if (tokens[i].Kind != TokenKind.Comma || !tokens[i - 1].IsWordLike)
            {
                continue;
            }

            for (var l = 0; l < languages.Count; l++)
            {
                if (AppositiveEnd(tokens, i, languages[l].Words.Appositives) is { } close)
                {
                    tokens.RemoveRange(i, close - i + 1);
                    break;
                }
            }
        }

        return tokens;
    }

    /// <summary>The index of the comma closing an appositive that opens at the comma <paramref name="comma"/>, or null.</summary>
    private static int? AppositiveEnd(List<Token> tokens, int comma, string[][] appositives)
    {
        foreach (var appositive in appositives)
        {
            var close = comma + 1 + appositive.Length;
            if (close + 1 < tokens.Count && tokens[close].Kind == TokenKind.Comma && tokens[close + 1].IsWordLike
                && WordsAt(tokens, comma + 1, appositive))
            {
                return close;
            }
        }

        return null;
    }

    private static bool WordsAt(List<Token> tokens, int index, string[] words)
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

    /// <summary>Intensifiers dropped straight after a negative, and the negatives they follow (language.yaml).</summary>
    private static IReadOnlySet<string> Fillers => ClinicalContent.Current.Text.Words.Fillers;

    private static IReadOnlySet<string> FillerHosts => ClinicalContent.Current.Text.Words.FillerHosts;

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lower = ApostropheSRegex().Replace(
            Fold(text.Normalize(NormalizationForm.FormKC)),
            m => KeepApostropheS.Contains(m.Groups[1].Value) ? m.Value : m.Groups[1].Value);
        lower = BodyNounRegex().Replace(lower, m => m.Groups[1].Value);
        if (ClinicalContent.Current.Text.Words.FinalApostropheFor is { Length: > 0 } dropped)
        {
            lower = FinalApostropheRegex().Replace(lower, m => m.Groups[1].Value + dropped);
        }

        lower = OneLegsRegex().Replace(lower, "$1 leg");
        lower = WordShapes.ReadLetters(lower);
        foreach (var c in lower)
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
