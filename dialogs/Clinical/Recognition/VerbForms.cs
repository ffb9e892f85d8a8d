namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// The other forms of a vocabulary word's verb (docs/clinical-content.md §2, "Verb forms"), so that a phrase
/// written "spreading to my chest" also reads "it has spread to my chest", and "giving way" reads "gave way".
/// </summary>
/// <remarks>
/// A word matches its progressive and past forms ("leaking" reads "leaked"; "numb" reads "numbed", "numbing"). The base
/// and the third person are matched only for the irregular verbs the language lists ("spreading" reads "spread",
/// "spreads"; "giving" reads "gave"), because a regular base may be a noun ("floored" is not "floor", "leg" never
/// "legs"). A word of three letters or fewer that is not listed has no other forms ("not" is never "noted"). Spelling
/// at the join: a final "e" dropped or kept, a final consonant doubled, a final "y" after a consonant turned to "i".
/// The endings and the irregular verbs are the language's (language.yaml, verb_forms); a language without them matches
/// each word as written. Forms that are not words ("gived") are harmless: nobody types them. A language may list its verbs'
/// persons alone, without endings (Spanish: "puedo puede", "me le"): then each listed word reads the others, short
/// ones too, so a sign told of someone else ("no puede mover las piernas") is read as the phrase written in the first
/// person, and the rule for another person's sign applies to it.
/// </remarks>
public sealed class VerbForms
{
    /// <summary>The shortest stem left once an ending is taken off ("bed" is not "b" + "ed").</summary>
    private const int ShortestStem = 3;

    /// <summary>The progressive and past endings ("ing", "ed"), or none when the language lists only persons.</summary>
    private readonly string[] endings;

    /// <summary>The endings a base takes: the progressive, the past and the third person's; none without endings.</summary>
    private readonly string[] allEndings;
    private readonly Dictionary<string, string[]> irregular = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> cache = new(StringComparer.Ordinal);

    public VerbForms(string? progressive, string? past, IReadOnlyList<string> thirdPerson, IEnumerable<string[]> irregularVerbs)
    {
        endings = string.IsNullOrEmpty(progressive) || string.IsNullOrEmpty(past) ? [] : [progressive, past];
        allEndings = endings.Length == 0 ? [] : [.. endings, .. thirdPerson.Where(e => e.Length > 0)];
        foreach (var verb in irregularVerbs)
        {
            foreach (var form in verb)
            {
                irregular[form] = verb;
            }
        }
    }

    /// <summary>The language lists only its verbs' persons, without endings (es/language.yaml): every kind of phrase reads them.</summary>
    public bool PersonsOnly => endings.Length == 0 && irregular.Count > 0;

    /// <summary>A language that matches each word as written.</summary>
    public static VerbForms None { get; } = new(null, null, [], []);

    /// <summary>The forms a lexicon word also matches, or null when it has none ("=dick", "radiat*", "gp").</summary>
    /// <remarks>Called while the content is loaded, once per word (the answers are kept): never while a message is read.</remarks>
    public string[]? OtherForms(string word)
    {
        // Without endings only a listed word has other forms, however short ("me" reads "le"); with them, never a short one.
        if (!word.All(char.IsAsciiLetterLower) || (endings.Length == 0 ? !irregular.ContainsKey(word) : word.Length < ShortestStem))
        {
            return null;
        }

        lock (cache)
        {
            if (!cache.TryGetValue(word, out var forms))
            {
                forms = cache[word] = Compute(word);
            }

            return forms;
        }
    }

    /// <summary>
    /// Every form of the listed verbs the word can be a form of: the word itself when listed ("gave"), or its stem once
    /// the progressive or past ending is off ("spreading" → "spread", "sitting" → "sit").
    /// </summary>
    private string[]? Compute(string word)
    {
        var bases = new List<string>();
        if (irregular.TryGetValue(word, out var listed))
        {
            bases.Add(listed[0]);
        }

        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= ShortestStem)
            {
                bases.AddRange(Stems(word[..^ending.Length]).Where(irregular.ContainsKey));
            }
        }

        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verbBase in bases)
        {
            forms.UnionWith(irregular[verbBase]);
            forms.Add(verbBase);
            foreach (var ending in allEndings)
            {
                AddJoined(forms, verbBase, ending);
            }
        }

        forms.Remove(word);
        return forms.Count == 0 ? null : [.. forms];
    }

    /// <summary>The bases a stem may come from: "spread" (spreading), "giv" → "give" (giving), "dropp" → "drop", "tri" → "try".</summary>
    private static IEnumerable<string> Stems(string stem)
    {
        yield return stem;
        yield return stem + "e";
        if (stem.Length > ShortestStem && stem[^1] == stem[^2] && IsConsonant(stem[^1]))
        {
            yield return stem[..^1];
        }

        if (stem[^1] == 'i')
        {
            yield return stem[..^1] + "y";
        }
    }

    private static void AddJoined(HashSet<string> forms, string verbBase, string ending)
    {
        forms.Add(verbBase + ending);
        var last = verbBase[^1];
        var endingStartsWithVowel = !IsConsonant(ending[0]);
        if (last == 'e' && endingStartsWithVowel)
        {
            forms.Add(verbBase[..^1] + ending);
        }
        else if (last == 'y' && verbBase.Length > 1 && IsConsonant(verbBase[^2]) && ending[0] != 'i')
        {
            forms.Add(verbBase[..^1] + "i" + (ending[0] == 's' ? "e" : string.Empty) + ending);
        }
        else if (IsConsonant(last) && last is not ('w' or 'x' or 'y') && endingStartsWithVowel)
        {
            forms.Add(verbBase + last + ending);
        }
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u');
}
