using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>Parses answers to questions. Pure functions of the text.</summary>
public static class AnswerParser
{
    // Multi-word "unsure" answers are checked first: "not sure" and "no idea" start like a "no".
    private static readonly string[][] UnsureAnswers = Split(
    [
        "not sure", "unsure", "not certain", "maybe", "might", "might be", "perhaps", "possibly", "dunno", "dont know",
        "do not know", "idk", "no idea", "not really sure", "i think so", "think so", "dont think so", "i dont think so",
        "i dont think", "probably not", "probably", "kind of", "kinda", "sort of", "sorta", "a bit", "a little",
        "hard to say", "hard to tell", "cant tell", "cant say", "could be", "i guess", "not 100", "unclear", "possible",
        "slightly", "no clue", "not that i know", "i suppose", "i dont know", "i do not know", "i really dont know",
        "im not sure", "i am not sure", "im unsure", "i dont think so", "i think", "i might", "im not certain", "not too sure",
    ]);

    private static readonly string[][] YesAnswers = Split(
    [
        "yes", "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "y", "sure", "ok", "okay", "correct", "right", "true",
        "affirmative", "definitely", "absolutely", "indeed", "aye", "i do", "i have", "i am", "i did", "it is", "it does",
        "yess", "yesss", "yse", "yas", "certainly", "of course", "totally", "sometimes", "yes please",
    ]);

    private static readonly string[][] NoAnswers = Split(
    [
        "no", "nope", "nah", "n", "not really", "none", "never", "negative", "nothing", "i dont", "i havent", "i am not",
        "im not", "i didnt", "it isnt", "it doesnt", "not at all", "no way", "nop", "noo", "nooo", "nay", "na", "not",
        "neither", "none of those", "none of them", "none of these", "no thanks",
    ]);

    /// <summary>yes, yeah, yep, y, sure, no, nope, nah, not really, not sure, maybe… typos within reason. Leading word decides ("yes, I can't pee" is Yes).</summary>
    public static YesNo ParseYesNo(string? text)
    {
        var tokens = WithoutOpeningMarker(Tokenizer.Tokenize(text));
        if (tokens.Count == 0)
        {
            return YesNo.Unrecognized;
        }

        if (StartsWithAny(tokens, UnsureAnswers))
        {
            return YesNo.Unsure;
        }

        if (StartsWithAny(tokens, NoAnswers))
        {
            // "not pain exactly, sort of a pressure? idk": a no taken back by doubt is not a no (the hedge rule asks again).
            return ContainsAny(tokens, DoubtAfterNo) ? YesNo.Unsure : YesNo.No;
        }

        if (StartsWithAny(tokens, YesAnswers))
        {
            return YesNo.Yes;
        }

        // Typos within reason: "yess", "nooo", "yse" are listed; "yeas", "noe" are one edit from a two-letter+ answer.
        var first = tokens[0].Text;
        return first switch
        {
            "yeas" or "yeh" or "yaa" or "yrs" or "ues" or "tes" => YesNo.Yes,
            "noe" or "mo" or "bo" or "nom" => YesNo.No,
            _ => YesNo.Unrecognized,
        };
    }

    /// <summary>Doubt that, later in an answer that began with a no, makes it unclear.</summary>
    private static readonly string[][] DoubtAfterNo = Split(
    [
        "idk", "not sure", "dunno", "no idea", "sort of", "sorta", "kind of", "kinda", "maybe", "might be", "im not sure",
        "not certain", "unsure", "hard to say", "hard to tell", "i guess", "perhaps", "possibly",
        // No occasion to know: "not that I've noticed, but I haven't been in the mood", "not had the chance to find out".
        "in the mood", "find out", "had the chance", "had a chance", "havent tried", "not tried", "wouldnt know", "havent checked",
        "not checked", "think about it", "havent looked", "not looked", "didnt look",
        // A no taken back: "not on purpose no, but yeah about half a stone".
        "but yeah", "but yes", "but yep", "but ya", "but yea",
    ]);

    /// <summary>"no joke, nothing's working", "honestly, yes": an opening that is not the answer itself is passed over.</summary>
    private static IReadOnlyList<Token> WithoutOpeningMarker(IReadOnlyList<Token> tokens)
    {
        var skip = Negation.PseudoNegations.Where(p => StartsWith(tokens, 0, p)).Select(p => p.Length).DefaultIfEmpty(0).Max();
        while (skip < tokens.Count && (tokens[skip].Kind == TokenKind.Comma || OpeningMarkers.Contains(tokens[skip].Text)))
        {
            skip++;
        }

        return skip == 0 || skip == tokens.Count ? tokens : tokens.Skip(skip).ToArray();
    }

    private static readonly HashSet<string> OpeningMarkers = new(StringComparer.Ordinal)
    {
        "honestly", "tbh", "ngl", "well", "um", "umm", "ummm", "erm", "errr", "err", "uh", "uhh", "hmm", "hmmm", "so", "look", "listen", "lol",
    };

    /// <summary>An age in years, 0–120, from "45", "I'm 45", "forty five", "45 years old"; null if none.</summary>
    public static int? ParseAge(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        int? fallback = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = NumberWords.Read(tokens, i);
            if (number is null || tokens[i].Text is "a" or "an" or "half" or "couple" or "few" or "several")
            {
                continue;
            }

            var value = number.Value.Value;
            var next = i + number.Value.Length < tokens.Count ? tokens[i + number.Value.Length].Text : string.Empty;
            if (value % 1 != 0 || value < 1 || value > 120
                || next is "weeks" or "week" or "months" or "month" or "days" or "day" or "hours" or "hour" or "kg" or "lbs"
                    or "stone" or "times" or "degrees" or "c" or "f" or "minutes" or "pounds" or "percent" or "°")
            {
                continue;
            }

            if (next is "years" or "year" or "yrs" or "yo" or "y")
            {
                return (int)value;
            }

            fallback ??= (int)value;
        }

        return fallback;
    }

    /// <summary>Time since onset in hours from "20 hours", "yesterday", "3 days", "two weeks", "this morning", "8 weeks", button titles; null if none.</summary>
    public static double? ParseOnsetHours(string? text)
    {
        // The first sentence answers the question; later ones may speak of other times ("I broke my leg 10 years ago").
        var tokens = Tokenizer.Tokenize(text);
        var firstSentence = tokens.TakeWhile(t => t.Kind != TokenKind.SentenceEnd).ToArray();
        return firstSentence.Length < tokens.Count ? OnsetHoursIn(firstSentence) ?? OnsetHoursIn(tokens) : OnsetHoursIn(tokens);
    }

    private static double? OnsetHoursIn(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var joined = string.Join(' ', tokens.Where(t => t.Kind != TokenKind.Comma).Select(t => t.Text));
        foreach (var (phrase, hours) in OnsetPhrases)
        {
            if ((" " + joined + " ").Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return hours;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var number = NumberWords.Read(tokens, i);
            if (number is null || i + number.Value.Length >= tokens.Count)
            {
                continue;
            }

            var unit = tokens[i + number.Value.Length].Text;
            double? perUnit = unit switch
            {
                "minute" or "minutes" or "mins" or "min" => 1.0 / 60,
                "hour" or "hours" or "hrs" or "hr" or "h" => 1,
                "day" or "days" or "d" => 24,
                "night" or "nights" => 24,
                "week" or "weeks" or "wk" or "wks" => 168,
                "fortnight" or "fortnights" => 336,
                "month" or "months" => 730,
                "year" or "years" or "yrs" => 8760,
                _ => null,
            };
            if (perUnit is not null)
            {
                var count = number.Value.Value == 0.5 && tokens[i].Text == "half" ? 0.5 : number.Value.Value;
                return count * perUnit.Value;
            }
        }

        return null;
    }

    /// <summary>The trigger from "lifting", "at the gym", "football", "a fall", "no idea", button titles; null if none.</summary>
    public static Trigger? ParseTrigger(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var words = tokens.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var joined = " " + string.Join(' ', tokens.Select(t => t.Text)) + " ";
        if (TriggerWords.Fall.Any(w => Has(words, joined, w)))
        {
            return Trigger.FallOrKnock;
        }

        if (TriggerWords.Exercise.Any(w => Has(words, joined, w)))
        {
            return Trigger.ExerciseOrSport;
        }

        if (TriggerWords.Lifting.Any(w => Has(words, joined, w)))
        {
            return Trigger.Lifting;
        }

        if (TriggerWords.Strain.Any(w => Has(words, joined, w)))
        {
            return Trigger.OtherStrain;
        }

        if (TriggerWords.None.Any(w => Has(words, joined, w)) || ParseYesNo(text) is YesNo.No or YesNo.Unsure)
        {
            return Trigger.NoneKnown;
        }

        return null;
    }

    /// <summary>Onset phrases and button titles → hours since onset. Checked before "N units".</summary>
    private static readonly (string Phrase, double Hours)[] OnsetPhrases =
    [
        ("over 6 weeks", 1100), ("more than 6 weeks", 1100), ("over six weeks", 1100), ("3 days to 6 weeks", 168),
        ("1 2 days", 36), ("1 to 2 days", 36), ("a day or two", 36), ("day or two", 36), ("day before yesterday", 48),
        ("just now", 1), ("an hour ago", 1), ("a few hours", 3), ("few hours", 3), ("couple of hours", 2),
        ("this morning", 6), ("this afternoon", 4), ("this evening", 2), ("tonight", 2), ("today", 6),
        ("last night", 12), ("overnight", 12), ("yesterday", 24), ("couple of days", 48), ("a few days", 72),
        ("few days", 72), ("last week", 168), ("a week", 168), ("a fortnight", 336), ("last month", 730),
        ("a month", 730), ("months", 2190), ("ages", 1100), ("a year", 8760), ("years", 17520),
    ];

    private static bool Has(HashSet<string> words, string joined, string cue) =>
        cue.Contains(' ', StringComparison.Ordinal)
            ? joined.Contains(" " + cue + " ", StringComparison.Ordinal)
            : cue.EndsWith('*') ? words.Any(w => w.StartsWith(cue[..^1], StringComparison.Ordinal)) : words.Contains(cue);

    private static bool StartsWithAny(IReadOnlyList<Token> tokens, string[][] answers) => answers.Any(answer => StartsWith(tokens, 0, answer));

    private static bool ContainsAny(IReadOnlyList<Token> tokens, string[][] phrases) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => phrases.Any(phrase => StartsWith(tokens, i, phrase)));

    private static bool StartsWith(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Split(string[] answers) => answers.Select(a => a.Split(' ')).ToArray();
}
