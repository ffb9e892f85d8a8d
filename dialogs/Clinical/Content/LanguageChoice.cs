using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Content;

/// <summary>
/// Which of the content's languages a message asks for or is written in. Pure functions of the text and the content's
/// words (language.yaml: switch_to, markers); the conversation decides when to use them (docs/configuration.md, "Language").
/// </summary>
public static class LanguageChoice
{
    /// <summary>A request for a language longer than this is a sentence about something else ("my english teacher…").</summary>
    private const int MaxSwitchWords = 7;

    /// <summary>The language the message asks for ("en español", "in English please"), or null.</summary>
    public static string? Requested(string? text)
    {
        var words = Words(text);
        if (words.Length == 0 || words.Length > MaxSwitchWords)
        {
            return null;
        }

        var joined = " " + string.Join(' ', words) + " ";
        var languages = ClinicalContent.Current.Languages;
        for (var i = 0; i < languages.Count; i++)
        {
            foreach (var phrase in languages[i].Words.SwitchTo)
            {
                if (ContainsWords(joined, phrase))
                {
                    return languages[i].Code;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="phrase"/> stands in <paramref name="padded"/> (words with a space at each end) as whole words.</summary>
    private static bool ContainsWords(string padded, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = padded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = padded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && padded[at - 1] == ' ' && at + phrase.Length < padded.Length && padded[at + phrase.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the message is only a request for a language (nothing else to read in it).</summary>
    public static bool IsOnlyRequest(string? text)
    {
        var words = Words(text);
        var joined = string.Join(' ', words);
        return Requested(text) is not null
            && ClinicalContent.Current.Languages.Any(l => l.Words.SwitchTo.Contains(joined, StringComparer.Ordinal));
    }

    /// <summary>
    /// The language a message is clearly written in, or null: at least two of its common words, and at least twice as
    /// many as any other language's.
    /// </summary>
    public static string? Detect(string? text)
    {
        var words = Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        var counts = ClinicalContent.Current.Languages
            .Select(l => (l.Code, Count: words.Count(l.Words.Markers.Contains)))
            .OrderByDescending(c => c.Count)
            .ToArray();
        var best = counts[0];
        var next = counts.Length > 1 ? counts[1].Count : 0;
        return best.Count >= 2 && best.Count >= 2 * next ? best.Code : null;
    }

    /// <summary>
    /// Another of the content's languages mixed into a message written in <paramref name="current"/>: at least two of its
    /// common words ("tengo back pain y I can't pee"), or null.
    /// </summary>
    public static string? MixedIn(string? text, string current)
    {
        var content = ClinicalContent.Current;
        if (content.Languages.Count < 2)
        {
            return null;
        }

        // Runs on every message the recognizer reads, so by hand rather than with LINQ: the language other than the
        // current one with the most markers, at least two (the first such language on a tie, as before).
        var words = Words(text);
        string? best = null;
        var bestCount = 1;
        for (var i = 0; i < content.Languages.Count; i++)
        {
            var language = content.Languages[i];
            if (language.Code == current)
            {
                continue;
            }

            var count = 0;
            foreach (var word in words)
            {
                count += language.Words.Markers.Contains(word) ? 1 : 0;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (language.Code, count);
            }
        }

        return best;
    }

    /// <summary>The content's language for a channel locale ("es-MX" → "es"), or null when the content has none.</summary>
    public static string? ForLocale(string? locale) =>
        ClinicalContent.Current.HasLanguage(locale) ? ClinicalContent.Current.Language(locale).Code : null;

    private static readonly char[] WordSeparators = [' ', ',', '.', '!', '?', '¡', '¿', ':', ';', '\n', '\t', '"'];

    private static string[] Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Tokenizer.Fold(text).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal))
                .Where(w => w.Length > 0)
                .ToArray();
}
