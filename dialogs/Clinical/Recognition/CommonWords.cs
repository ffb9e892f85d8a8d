using System.Collections.Concurrent;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// Common words of four letters or more, one list a language (embedded as CommonWords.{code}.txt, each with its source
/// and licence beside it: English from SCOWL sizes 10–50, Spanish from the OpenSubtitles frequencies of
/// @zxcvbn-ts/language-es-es). A word someone typed that is in one of them is a real word, not a typo: "important" must
/// never be read as "impotent", nor "walking" as "waking", nor "tratando" as "tiritando", nor "vuelvo" as "vuelco".
/// English words count in every language (people mix them in); another language's only in that language.
/// </summary>
internal static class CommonWords
{
    private static readonly ConcurrentDictionary<string, HashSet<string>> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (lower case, folded as the tokenizer folds it) is a common word in English or in the current language.</summary>
    public static bool Contains(string word)
    {
        var language = ClinicalContent.Current.Text.Code;
        return Of("en").Contains(word) || (language != "en" && Of(language).Contains(word));
    }

    private static HashSet<string> Of(string language) => ByLanguage.GetOrAdd(language, Load);

    private static HashSet<string> Load(string language)
    {
        var words = new HashSet<string>(70_000, StringComparer.Ordinal);
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream($"BackSpasmBot.Clinical.CommonWords.{language}.txt");
        if (stream is null)
        {
            // A language without a list: only its false friends (language.yaml) guard its typo tolerance.
            return words;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words;
    }
}
