using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>Parses answers to questions. Pure functions of the text.</summary>
public static class AnswerParser
{
    // Multi-word "unsure" answers are checked first: "not sure" and "no idea" start like a "no". The words are content
    // (clinical-content/<language>/language.yaml, answers).
    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    private static string[][] UnsureAnswers => Words.UnsureAnswers;

    private static string[][] YesAnswers => Words.YesAnswers;

    private static string[][] NoAnswers => Words.NoAnswers;

    /// <summary>yes, yeah, yep, y, sure, no, nope, nah, not really, not sure, maybe… typos within reason. Leading word decides ("yes, I can't pee" is Yes).</summary>
    public static YesNo ParseYesNo(string? text) => ParseYesNo(Tokenizer.Tokenize(text));

    /// <summary>As <see cref="ParseYesNo(string?)"/>, for words already tokenized.</summary>
    internal static YesNo ParseYesNo(IReadOnlyList<Token> words)
    {
        // "cancer? no no no": the question repeated before the answer is passed over. A no after it is taken as unclear, so
        // the question is asked again plainly: "¿orinar? no, nada" may mean that nothing comes out.
        return EchoedQuestion.AnswerStart(words) is { } start ? ParseEchoAnswer(words, start) : ParseAnswer(words);
    }

    /// <summary>The answer that starts at <paramref name="start"/>, after a repeated question; a no there is unclear.</summary>
    internal static YesNo ParseEchoAnswer(IReadOnlyList<Token> words, int start)
    {
        var answer = ParseAnswer(words.Skip(start).ToArray());
        return answer == YesNo.No ? YesNo.Unsure : answer;
    }

    private static YesNo ParseAnswer(IReadOnlyList<Token> words)
    {
        var tokens = WithoutOpeningMarker(words);
        if (tokens.Count == 0)
        {
            return YesNo.Unrecognized;
        }

        // "no se me duerme" is not "no sé": a pseudo-hedge at the start is no unsure answer.
        if (StartsWithAny(tokens, UnsureAnswers) && !StartsWithAny(tokens, Negation.PseudoHedges))
        {
            return YesNo.Unsure;
        }

        if (StartsWithAny(tokens, NoAnswers) && !IsANegatedWord(tokens))
        {
            // "not pain exactly, sort of a pressure? idk": a no taken back by doubt is not a no (the hedge rule asks again).
            return ContainsAny(tokens, DoubtAfterNo) ? YesNo.Unsure : YesNo.No;
        }

        if (StatementAfterAVerb(tokens) is { } statement)
        {
            return statement;
        }

        if (StartsWithAny(tokens, YesAnswers))
        {
            // "sí... bueno no, perdón, leí mal": a yes taken back is not a yes, nor surely a no (the hedge rule asks again);
            // "I do get up in the night to pee, but that's been the case for years, nothing new": long-standing, so unclear.
            // "Sí, 38. Perdón, 36,8": a yes whose reading is corrected is as unclear.
            return ContainsAny(tokens, Words.TakenBackAfterYes, passingCommas: true) || ContainsAny(tokens, Words.NotNew) || Negation.CorrectsANumber(tokens)
                ? YesNo.Unsure : YesNo.Yes;
        }

        // Typos within reason: "yess", "nooo", "yse" are listed; "yeas", "noe" are one edit from a two-letter+ answer. A
        // typo of a no straight before a word is read as a bare no is ("ni durmiendo se me quita": "ni" negates the word).
        var first = tokens[0].Text;
        return Words.YesTypos.Contains(first) ? YesNo.Yes
            : Words.NoTypos.Contains(first) && !NegatesTheNextWord(tokens) ? YesNo.No
            : YesNo.Unrecognized;
    }

    /// <summary>
    /// "no puedo orinar", "no me puedo mantener de pie": in a language where a bare no straight before a word negates that
    /// word (language.yaml, answers: bare_no_negates_next_word), the message is not the answer no. It is left unclear, so
    /// the question is asked again and what the words say is read; a longer no ("no tengo", "no gracias") or a no that ends
    /// its clause ("no, nada") is still a no.
    /// </summary>
    private static bool IsANegatedWord(IReadOnlyList<Token> tokens)
    {
        var length = NoAnswers.Where(answer => TokenRuns.StartsAt(tokens, 0, answer)).Max(answer => answer.Length);
        if (length == 1)
        {
            return NegatesTheNextWord(tokens);
        }

        // "ya no puedo orinar": a no that ends in a one-word no after a word that is none ("ya no") negates the word
        // after it the same way; "ya no, antes sí" and "ya no" alone are still a no.
        return Words.BareNoNegatesNextWord && length < tokens.Count && tokens[length].IsWordLike
            && IsOneWordNo(tokens[length - 1].Text) && !IsOneWordNo(tokens[0].Text);

        static bool IsOneWordNo(string word) => NoAnswers.Any(answer => answer.Length == 1 && answer[0] == word);
    }

    /// <summary>
    /// "I have no numbness", "I am walking fine", "I did bump my back": a yes made of a subject and a verb, with a word
    /// straight after it, begins a statement rather than answering yes (language.yaml, answers: yes_only_closing_clause),
    /// so it is no answer: the statement's own words are read instead, and if they settle nothing the question is asked
    /// again. With a number straight after it ("tengo 37,1", "I am 70 years, but no fall") it is unclear: the number is
    /// a reading or an age that may or may not bear the yes out, so the question is asked again unless the words settle
    /// it. Null when the answer does not start that way.
    /// </summary>
    private static YesNo? StatementAfterAVerb(IReadOnlyList<Token> tokens)
    {
        foreach (var answer in YesAnswers)
        {
            if (TokenRuns.StartsAt(tokens, 0, answer) && !IsClosingOnly(answer))
            {
                return null;
            }
        }

        foreach (var answer in Words.YesOnlyClosingClause)
        {
            if (TokenRuns.StartsAt(tokens, 0, answer) && answer.Length < tokens.Count && tokens[answer.Length].IsWordLike
                && !StartsWithAny(tokens, YesAnswers, at: answer.Length))
            {
                return tokens[answer.Length].Kind == TokenKind.Number ? YesNo.Unsure : YesNo.Unrecognized;
            }
        }

        return null;

        static bool IsClosingOnly(string[] answer)
        {
            foreach (var closing in Words.YesOnlyClosingClause)
            {
                if (closing.AsSpan().SequenceEqual(answer))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A word follows the first one, and in this language a bare no (or "ni") straight before a word negates it.</summary>
    private static bool NegatesTheNextWord(IReadOnlyList<Token> tokens) =>
        Words.BareNoNegatesNextWord && tokens.Count > 1 && tokens[1].IsWordLike;

    /// <summary>Doubt that, later in an answer that began with a no, makes it unclear.</summary>
    private static string[][] DoubtAfterNo => Words.DoubtAfterNo;

    /// <summary>"no joke, nothing's working", "honestly, yes": an opening that is not the answer itself is passed over.</summary>
    private static IReadOnlyList<Token> WithoutOpeningMarker(IReadOnlyList<Token> tokens)
    {
        var skip = Negation.PseudoNegations.Where(p => TokenRuns.StartsAt(tokens, 0, p)).Select(p => p.Length).DefaultIfEmpty(0).Max();
        while (skip < tokens.Count && (tokens[skip].Kind == TokenKind.Comma || OpeningMarkers.Contains(tokens[skip].Text)))
        {
            skip++;
        }

        return skip == 0 || skip == tokens.Count ? tokens : tokens.Skip(skip).ToArray();
    }

    private static IReadOnlySet<string> OpeningMarkers => Words.Openers;

    /// <summary>An age in years, 0–120, from "45", "I'm 45", "forty five", "45 years old"; null if none.</summary>
    public static int? ParseAge(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        int? fallback = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = NumberWords.Read(tokens, i);
            if (number is null || Words.NotAnAge.Contains(tokens[i].Text))
            {
                continue;
            }

            var value = number.Value.Value;
            var after = i + number.Value.Length;
            var next = after < tokens.Count ? tokens[after].Text : string.Empty;
            if (value % 1 != 0 || value < 1 || value > 120 || Words.NotAgeAfter.Contains(next) || IsATime(tokens, i, after)
                || IsACountOf(tokens, after))
            {
                continue;
            }

            if (Words.AgeAfter.Contains(next))
            {
                return (int)value;
            }

            fallback ??= (int)value;
        }

        return fallback;
    }

    /// <summary>
    /// "for 6 years", "hace 6 años", "6 years ago": the number at <paramref name="index"/> (its words end at
    /// <paramref name="after"/>) is a time, never an age (language.yaml, numbers: time_before, time_after).
    /// </summary>
    internal static bool IsATime(IReadOnlyList<Token> tokens, int index, int after) =>
        (index > 0 && Words.TimeBefore.Contains(tokens[index - 1].Text))
        || (after + 1 < tokens.Count && Words.AgeAfter.Contains(tokens[after].Text) && Words.TimeAfter.Contains(tokens[after + 1].Text));

    /// <summary>"one of those people", "dos de mis hijos": a number followed by "of" counts something, unless it is "of age".</summary>
    private static bool IsACountOf(IReadOnlyList<Token> tokens, int after) =>
        after < tokens.Count && Words.Of.Contains(tokens[after].Text) && !Words.OfAge.Any(cue => TokenRuns.StartsAt(tokens, after, cue));

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
        foreach (var (phrase, hours) in Words.OnsetPhrases)
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
            if (Words.OnsetHours.TryGetValue(unit, out var perUnit))
            {
                var count = number.Value.Value == 0.5 && Words.Half.Contains(tokens[i].Text) ? 0.5 : number.Value.Value;
                return count * perUnit;
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
        if (Words.FallTriggers.Any(w => Has(words, joined, w)))
        {
            return Trigger.FallOrKnock;
        }

        if (Words.ExerciseTriggers.Any(w => Has(words, joined, w)))
        {
            return Trigger.ExerciseOrSport;
        }

        if (Words.LiftingTriggers.Any(w => Has(words, joined, w)))
        {
            return Trigger.Lifting;
        }

        if (Words.StrainTriggers.Any(w => Has(words, joined, w)))
        {
            return Trigger.OtherStrain;
        }

        if (Words.NoTriggers.Any(w => Has(words, joined, w)) || ParseYesNo(text) is YesNo.No or YesNo.Unsure)
        {
            return Trigger.NoneKnown;
        }

        return null;
    }

    private static bool Has(HashSet<string> words, string joined, string cue) =>
        cue.Contains(' ', StringComparison.Ordinal)
            ? joined.Contains(" " + cue + " ", StringComparison.Ordinal)
            : cue.EndsWith('*') ? words.Any(w => w.StartsWith(cue[..^1], StringComparison.Ordinal)) : words.Contains(cue);

    private static bool StartsWithAny(IReadOnlyList<Token> tokens, string[][] answers, int at = 0) =>
        answers.Any(answer => TokenRuns.StartsAt(tokens, at, answer));

    /// <summary>
    /// A phrase stands somewhere after the first word; with <paramref name="passingCommas"/>, commas between its words are
    /// passed over ("No, perdona, es solo la izquierda").
    /// </summary>
    private static bool ContainsAny(IReadOnlyList<Token> tokens, string[][] phrases, bool passingCommas = false) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => phrases.Any(phrase =>
            passingCommas ? TokenRuns.StartsAtPassingCommas(tokens, i, phrase) : TokenRuns.StartsAt(tokens, i, phrase)));
}
