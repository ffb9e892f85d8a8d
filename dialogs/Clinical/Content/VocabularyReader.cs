using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;
using YamlDotNet.RepresentationModel;
using static BackSpasmBot.Clinical.Content.ContentLoader;

namespace BackSpasmBot.Clinical.Content;

/// <summary>Reads and checks one language's vocabulary: lists resolve, every phrase parses, every key is a known id.</summary>
internal static class VocabularyReader
{
    private static readonly string[] CueKinds = ["negation", "pseudo_negation", "hedge", "supposed", "correction", "inability", "concord", "taken_back"];

    /// <summary>
    /// Cue lists a language may leave out (read as empty): "pseudo_hedge", where a hedge word starts something else;
    /// "exclamation_only", negations that deny only when they stand alone; "retraction", words that take back what was
    /// just said ("sorry no, just the right").
    /// </summary>
    private static readonly string[] OptionalCueKinds = ["pseudo_hedge", "exclamation_only", "retraction"];
    /// <summary>The one word set that may also hold two-word entries ("mi viejo": "viejo" alone may be the speaker).</summary>
    private const string TwoWordKind = "other_people";

    private static readonly string[] SetKinds = ["other_people", "first_person", "clause_breaks", "gap_passes", "new_subjects", "undone_by_inability", "interjections", "continuers", "apologies", "retakes", "pronouns"];
    private static readonly string[] ContextKinds = ["surroundings", "past_time", "now", "this_pain", "past_history", "comes_and_goes", "other_complaint", "the_back"];

    public static Vocabulary? Read(YamlFile? file, Ids ids, Structure structure, VerbForms verbForms)
    {
        if (file is null)
        {
            return null;
        }

        var lists = ReadLists(file);
        bool IsMention(string key) =>
            ids.Findings.Contains(key) || ids.Facts.Contains(key) || ids.Modifiers.Contains(key) || key.StartsWith("cue:", StringComparison.Ordinal)
            || (MedicineCautions.FromMention(key) is { } caution && ids.Cautions.Contains(caution));

        var (phrases, compiled) = ReadPhrases(file, "phrases", lists, verbForms, IsMention, "a finding, fact, modifier, cue:… or nsaid_caution:<reason>");
        var (clarifiers, compiledClarifiers) = ReadPhrases(file, "clarifiers", lists, verbForms, id => structure.Clarifying.Any(q => q.Id == id), "a clarifying question (questions.yaml)");

        var coOccurrences = new List<(string, string, string, bool)>();
        foreach (var node in file.Sequence(file.Root, "co_occurrences"))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each co-occurrence should be a mapping (finding, first, second, only_asks)");
                continue;
            }

            var finding = file.Text(map, "finding", "a co-occurrence");
            var first = file.Text(map, "first", "a co-occurrence");
            var second = file.Text(map, "second", "a co-occurrence");
            if (!ids.Findings.Contains(finding))
            {
                file.Problem(map, $"co-occurrence names unknown finding '{finding}'");
            }

            foreach (var cue in new[] { first, second }.Where(cue => !phrases.ContainsKey(cue)))
            {
                file.Problem(map, $"co-occurrence cue '{cue}' has no phrases");
            }

            coOccurrences.Add((finding, first, second, file.OptionalText(map, "only_asks") == "true"));
        }

        var softeners = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var node in file.Sequence(file.Root, "softened_by", required: false))
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each softener should be a mapping (finding, by)");
                continue;
            }

            var finding = file.Text(map, "finding", "a softener");
            var by = file.Text(map, "by", "a softener");
            if (!ids.Findings.Contains(finding))
            {
                file.Problem(map, $"softener names unknown finding '{finding}'");
            }

            if (!phrases.ContainsKey(by))
            {
                file.Problem(map, $"softener cue '{by}' has no phrases");
            }

            // One cue, or a list of them: any one of them said keeps the finding as said.
            var unless = YamlFile.Child(map, "unless") is YamlSequenceNode
                ? file.Texts(map, "unless").Select(t => t.Value).ToArray()
                : file.OptionalText(map, "unless") is { } one ? [one] : [];
            foreach (var cue in unless.Where(cue => !phrases.ContainsKey(cue)))
            {
                file.Problem(map, $"softener's 'unless' cue '{cue}' has no phrases");
            }

            softeners.Add((finding, by, unless));
        }

        var history = file.Texts(file.Root, "history_findings");
        foreach (var (id, node) in history.Where(h => !IsMention(h.Value)))
        {
            file.Problem(node, $"history_findings names unknown id '{id}'");
        }

        var current = file.Texts(file.Root, "current_findings");
        foreach (var (id, node) in current.Where(c => !IsMention(c.Value)))
        {
            file.Problem(node, $"current_findings names unknown id '{id}'");
        }

        var cues = Kinds(file, "negation", CueKinds, words => words.Select(cue => cue.Split(' ')).ToArray())
            .Concat(Kinds(file, "negation", OptionalCueKinds, words => words.Select(cue => cue.Split(' ')).ToArray(), required: false))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var wordSets = Kinds(file, "negation", SetKinds, words => (IReadOnlySet<string>)words.ToHashSet(StringComparer.Ordinal), singleWords: true);
        // A pronoun only narrows where another person is looked for: one that is not also in other_people would do nothing.
        if (file.Mapping(file.Root, "negation", required: false) is { } negation)
        {
            foreach (var (value, node) in file.Texts(negation, "pronouns", required: false).Where(t => !wordSets["other_people"].Contains(t.Value)))
            {
                file.Problem(node, $"pronoun '{value}' is not in other_people, so it would never name another person");
            }
        }

        return new Vocabulary
        {
            Lists = lists,
            Phrases = phrases,
            Clarifiers = clarifiers,
            CoOccurrences = coOccurrences,
            Softeners = softeners,
            HistoryFindings = history.Select(h => h.Value).ToHashSet(StringComparer.Ordinal),
            CurrentFindings = current.Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            ContextWords = Kinds(file, "context_words", ContextKinds, words => (IReadOnlySet<string>)words.ToHashSet(StringComparer.Ordinal)),
            Cues = cues,
            WordSets = wordSets,
            CompiledPhrases = compiled,
            CompiledClarifiers = compiledClarifiers,
            StartIndex = StartIndex.Attach(compiled.Concat(compiledClarifiers).SelectMany(patterns => patterns)),
            KnownWords = KnownWords.Of(
                lists.Values.SelectMany(list => list)
                    .Concat(phrases.Values.SelectMany(texts => texts))
                    .Concat(clarifiers.Values.SelectMany(texts => texts))
                    .Concat(cues.Values.SelectMany(kind => kind).SelectMany(cue => cue))
                    .Concat(wordSets.Values.SelectMany(set => set))),
        };
    }

    /// <summary>
    /// Each of <paramref name="kinds"/> under <paramref name="key"/>, made by <paramref name="make"/>. With
    /// <paramref name="singleWords"/> the lists are read one word at a time, so an entry of several words, which could never
    /// match, is refused at its line.
    /// </summary>
    private static Dictionary<string, T> Kinds<T>(YamlFile file, string key, string[] kinds, Func<string[], T> make, bool singleWords = false, bool required = true)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var map = file.Mapping(file.Root, key);
        foreach (var kind in kinds)
        {
            var texts = map is null ? [] : file.Texts(map, kind, required);
            foreach (var (value, node) in texts.Where(t => singleWords && t.Value.Split(' ').Length > (kind == TwoWordKind ? 2 : 1)))
            {
                file.Problem(node, $"'{value}' in {key}: {kind} is read one word at a time ({TwoWordKind}: up to two), so a longer entry never matches");
            }

            result[kind] = make([.. texts.Select(t => t.Value)]);
        }

        return result;
    }

    /// <summary>The lists, with "@name" inclusions and "-word" exclusions resolved in order.</summary>
    private static Dictionary<string, string[]> ReadLists(YamlFile file)
    {
        var raw = new Dictionary<string, IReadOnlyList<(string Value, YamlNode Node)>>(StringComparer.Ordinal);
        if (file.Mapping(file.Root, "lists") is { } map)
        {
            foreach (var (name, _, _) in YamlFile.Entries(map))
            {
                raw[name] = file.Texts(map, name);
            }
        }

        var resolved = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Resolve(string name, HashSet<string> visiting)
        {
            if (resolved.TryGetValue(name, out var done))
            {
                return done;
            }

            var words = new List<string>();
            foreach (var (word, node) in raw[name])
            {
                if (word.StartsWith('@'))
                {
                    var included = word[1..];
                    if (!raw.ContainsKey(included) || !visiting.Add(included))
                    {
                        file.Problem(node, $"list '{name}' includes '{word}', which is not a list (or includes itself)");
                        continue;
                    }

                    words.AddRange(Resolve(included, visiting));
                    visiting.Remove(included);
                }
                else if (word.StartsWith('-'))
                {
                    words.RemoveAll(w => w.TrimStart('=') == word[1..]);
                }
                else
                {
                    words.Add(word);
                }
            }

            return resolved[name] = [.. words];
        }

        foreach (var name in raw.Keys)
        {
            Resolve(name, [name]);
        }

        return resolved;
    }

    private static (Dictionary<string, string[]> Phrases, List<IReadOnlyList<Pattern>> Compiled) ReadPhrases(
        YamlFile file, string key, IReadOnlyDictionary<string, string[]> lists, VerbForms verbForms, Func<string, bool> isKnown, string what)
    {
        var phrases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var compiled = new List<IReadOnlyList<Pattern>>();
        var map = file.Mapping(file.Root, key);
        if (map is null)
        {
            return (phrases, compiled);
        }

        foreach (var (id, idNode, _) in YamlFile.Entries(map))
        {
            if (!isKnown(id))
            {
                file.Problem(idNode, $"{key} for unknown id '{id}' (expected {what})");
            }

            var texts = file.Texts(map, id);
            var patterns = new List<Pattern>();
            foreach (var (text, node) in texts)
            {
                try
                {
                    patterns.Add(Pattern.Compile(id, text, lists, verbForms));
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
                {
                    file.Problem(node, $"phrase does not parse: {e.Message}");
                }
            }

            if (patterns.Count == 0)
            {
                file.Problem(idNode, $"{key} for '{id}' has no phrase");
                continue;
            }

            phrases[id] = [.. texts.Select(t => t.Value)];
            compiled.Add(patterns);
        }

        return (phrases, compiled);
    }
}
