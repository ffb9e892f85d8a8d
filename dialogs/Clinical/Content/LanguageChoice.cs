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
        foreach (var language in ClinicalContent.Current.Languages)
        {
            if (language.Words.SwitchTo.Any(phrase => joined.Contains(" " + phrase + " ", StringComparison.Ordinal)))
            {
                return language.Code;
            }
        }

        return null;
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

        var words = Words(text);
        return content.Languages
            .Where(l => l.Code != current)
            .Select(l => (l.Code, Count: words.Count(l.Words.Markers.Contains)))
            .Where(c => c.Count >= 2)
            .OrderByDescending(c => c.Count)
            .Select(c => c.Code)
            .FirstOrDefault();
    }

    /// <summary>The content's language for a channel locale ("es-MX" → "es"), or null when the content has none.</summary>
    public static string? ForLocale(string? locale) =>
        ClinicalContent.Current.HasLanguage(locale) ? ClinicalContent.Current.Language(locale).Code : null;

    private static string[] Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Tokenizer.Fold(text).Split([' ', ',', '.', '!', '?', '¡', '¿', ':', ';', '\n', '\t', '"'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal))
                .Where(w => w.Length > 0)
                .ToArray();
}
