using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical;

public static partial class SymptomRecognizer
{
    private static readonly IReadOnlyList<Pattern> Patterns =
        Lexicon.Phrases.SelectMany(entry => entry.Value.Select(text => Pattern.Compile(entry.Key, text, Lexicon.Lists))).ToArray();

    /// <summary>The patterns by finding, in lexicon order, split once rather than on every message.</summary>
    private static readonly PatternGroup[] Groups = Patterns
        .GroupBy(p => p.FindingId)
        .Select(group => new PatternGroup(
            group.Key,
            [.. group.Where(p => p.Kind == PatternKind.Suppress)],
            [.. group.Where(p => p.Kind != PatternKind.Suppress)]))
        .ToArray();

    private static readonly HashSet<string> TemperatureWords = new(StringComparer.Ordinal)
    {
        "temp", "temperature", "fever", "feverish", "degrees", "degree", "°", "c", "f", "celsius", "fahrenheit",
        "centigrade", "shivering", "shivery", "shivers", "chills", "thermometer",
    };

    private static readonly HashSet<string> AgeWords = new(StringComparer.Ordinal)
    {
        "im", "aged", "age", "years", "year", "yrs", "yr", "yo", "old", "weeks", "week", "months", "days", "hours", "kg",
    };

    public static partial IReadOnlyList<Mention> Recognize(string? text) => Recognize(text, temperatureExpected: false);

    /// <summary>
    /// As <see cref="Recognize(string?)"/>; with <paramref name="temperatureExpected"/> (the person is answering the
    /// fever question) a bare number such as "38.5" is read as a temperature.
    /// </summary>
    public static IReadOnlyList<Mention> Recognize(string? text, bool temperatureExpected)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, FindingStatus>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            RecognizePhrases(tokens, group, found);
        }

        RecognizeTemperature(tokens, temperatureExpected, found);
        RecognizeLongDuration(tokens, found);
        foreach (var (findingId, first, second) in Lexicon.CoOccurrences)
        {
            if (found.GetValueOrDefault(first) == FindingStatus.Present && found.GetValueOrDefault(second) == FindingStatus.Present)
            {
                Merge(found, findingId, FindingStatus.Present);
            }
        }

        // A medicine-caution reason ("nsaid_caution:kidney") is also the caution itself.
        foreach (var (id, status) in found.Where(pair => MedicineCautions.FromMention(pair.Key) is not null).ToArray())
        {
            Merge(found, FindingIds.NsaidCaution, status);
        }

        return found
            .Where(pair => !pair.Key.StartsWith("cue:", StringComparison.Ordinal))
            .OrderBy(pair => FindingCatalog.OrderOf(pair.Key))
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Mention(pair.Key, pair.Value))
            .ToArray();
    }

    private static void RecognizePhrases(IReadOnlyList<Token> tokens, PatternGroup group, Dictionary<string, FindingStatus> found)
    {
        var findingId = group.FindingId;
        List<Pattern.PatternMatch>? suppressors = null;
        foreach (var suppressor in group.Suppressors)
        {
            if (suppressor.Matches(tokens) is { } matches)
            {
                (suppressors ??= []).AddRange(matches);
            }
        }

        foreach (var pattern in group.Phrases)
        {
            if (pattern.Matches(tokens) is not { } spans)
            {
                continue;
            }

            foreach (var span in spans)
            {
                // A suppressor that starts at or before the phrase and overlaps it explains it away ("one of my legs is numb").
                if (suppressors is not null && suppressors.Exists(s => s.Start <= span.Start && s.End > span.Start))
                {
                    continue;
                }

                var status = Scope.Classify(tokens, span.Start, span.End, findingId, pattern.Kind == PatternKind.Absent, span.Skipped);
                if (status != FindingStatus.Unknown)
                {
                    Merge(found, findingId, status);
                }
            }
        }
    }

    /// <summary>"38.5 and shivering", "temp 101": ≥ 38 °C or ≥ 100.4 °F is a fever (NHS; Mayo). Needs temperature context.</summary>
    private static void RecognizeTemperature(IReadOnlyList<Token> tokens, bool temperatureExpected, Dictionary<string, FindingStatus> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number)
            {
                continue;
            }

            var value = tokens[i].NumberValue;
            var celsius = value is >= 34 and <= 45;
            var fahrenheit = value is >= 93 and <= 110;
            if (!(celsius || fahrenheit) || LooksLikeAge(tokens, i) || !(temperatureExpected || HasTemperatureContext(tokens, i)))
            {
                continue;
            }

            var febrile = celsius ? value >= 38 : value >= 100.4;
            Merge(found, FindingIds.Fever, febrile ? FindingStatus.Present : FindingStatus.Absent);
        }
    }

    private static bool LooksLikeAge(IReadOnlyList<Token> tokens, int i) =>
        (i > 0 && AgeWords.Contains(tokens[i - 1].Text) && tokens[i - 1].Text is "im" or "aged" or "age")
        || (i > 1 && tokens[i - 2].Text == "i" && tokens[i - 1].Text == "am")
        || (i + 1 < tokens.Count && AgeWords.Contains(tokens[i + 1].Text));

    private static bool HasTemperatureContext(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = Math.Max(0, i - 3); j <= Math.Min(tokens.Count - 1, i + 3); j++)
        {
            if (j != i && TemperatureWords.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for 8 weeks", "six months": pain lasting 4 weeks or more is not improving (NHS; Mayo: within 4 weeks).</summary>
    private static void RecognizeLongDuration(IReadOnlyList<Token> tokens, Dictionary<string, FindingStatus> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = NumberWords.Read(tokens, i);
            if (number is null || tokens[i].Text is "a" or "an" || i + number.Value.Length >= tokens.Count)
            {
                continue;
            }

            var unitIndex = i + number.Value.Length;
            var unit = tokens[unitIndex].Text;
            var weeks = unit switch
            {
                "week" or "weeks" or "wk" or "wks" => number.Value.Value,
                "month" or "months" => number.Value.Value * 4.3,
                "year" or "years" => number.Value.Value * 52,
                _ => 0,
            };
            var next = unitIndex + 1 < tokens.Count ? tokens[unitIndex + 1].Text : string.Empty;
            if (weeks >= 4 && next is not ("pregnant" or "gone" or "old" or "along"))
            {
                var status = Scope.Classify(tokens, i, unitIndex + 1, FindingIds.NotImproving, absentPhrase: false, skipped: []);
                Merge(found, FindingIds.NotImproving, status);
            }
        }
    }

    /// <summary>Present beats Hedged beats Absent: one mention of a red flag is enough.</summary>
    private static void Merge(Dictionary<string, FindingStatus> found, string id, FindingStatus status)
    {
        if (!found.TryGetValue(id, out var existing) || Rank(status) > Rank(existing))
        {
            found[id] = status;
        }
    }

    internal static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.Present => 3,
        FindingStatus.Hedged => 2,
        FindingStatus.Absent => 1,
        _ => 0,
    };

    /// <summary>One finding's patterns: those that explain a match away, and the rest.</summary>
    private sealed record PatternGroup(string FindingId, Pattern[] Suppressors, Pattern[] Phrases);
}
