using System.Globalization;
using System.Text.RegularExpressions;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>
/// Facts a person volunteers in their own words, in any message: an age said outright ("I'm 78", "55 years old"), a
/// first episode ("never had back pain before"), a fall or a lift. They fill facts not yet known, so the derived
/// findings (age flag, fragility injury) work from the opening too and the question is not asked again. Only explicit
/// forms count: a bare number is never taken for an age here.
/// </summary>
internal static class FreeTextFacts
{
    /// <summary>The patterns, in the conversation's language (clinical-content/&lt;language&gt;/language.yaml, free_text_facts).</summary>
    private static LanguageWords Words => ClinicalContent.Current.Text.Words;

    private static Regex AgeRegex() => Words.AgeStatement;

    private static Regex FirstEpisodeRegex() => Words.FirstEpisode;

    private static Regex RecurrenceRegex() => Words.Recurrence;

    private static Regex NegatedTriggerRegex() => Words.NegatedTrigger;

    public static void Apply(SymptomReport report, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var stated = AgeRegex().Match(text) is { Success: true } age
            ? Number(Words.AgeCorrection.Match(text, age.Index + age.Length) is { Success: true } corrected ? corrected : age)
            : AgeInWords(text);
        if (report.Age is null && stated is { } years)
        {
            if (years is >= 1 and <= 110)
            {
                report.Age = years;
                if (years >= 65)
                {
                    report.NsaidCaution = true; // NHS ibuprofen: higher ulcer risk over 65
                }
            }
        }

        if (report.FirstEpisode is null)
        {
            if (RecurrenceRegex().IsMatch(text))
            {
                report.FirstEpisode = false;
            }
            else if (FirstEpisodeRegex().IsMatch(text))
            {
                report.FirstEpisode = true;
            }
        }

        if (report.Trigger is null && AnswerParser.ParseTrigger(text) is (Trigger.FallOrKnock or Trigger.Lifting) and var trigger
            && !StartsWithAnswerWord(text) && !NegatedTriggerRegex().IsMatch(text))
        {
            report.Trigger = trigger;
            if (trigger == Trigger.FallOrKnock)
            {
                Rules.AnswerRules.AskWhetherTheFallWasSerious(report);
            }
        }
    }

    /// <summary>The number a match of an age pattern holds: its first group that matched.</summary>
    private static int Number(Match match) =>
        int.Parse(match.Groups.Values.Skip(1).First(g => g.Success).Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// "I'm seventy-four", "tengo setenta y cuatro", "58 tengo", "eighty-two years young": an age after one of the language's age_before_words (or a number that opens its
    /// clause before one of them), with "años" after it, or with its clause ending there and a value that cannot be a body
    /// temperature (34 to 45 could be "tengo treinta y nueve" of fever). "tengo un dolor", "tengo dos hernias" and "tengo 3
    /// hijos" count something: not an age.
    /// </summary>
    private static int? AgeInWords(string text)
    {
        var words = Words;
        var tokens = Recognition.Tokenizer.Tokenize(text);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "eighty-two years young", "76 next month": words after the number that make it an age wherever it stands.
            if ((i == 0 || !words.AgeBeforeWords.Contains(tokens[i - 1].Text)) && NumberWords.Read(tokens, i) is { } spoken
                && spoken.Value % 1 == 0 && spoken.Value is >= 1 and <= 110 && !words.NotAnAge.Contains(tokens[i].Text)
                && words.AgeAfterPhrases.Any(phrase => Recognition.TokenRuns.StartsAt(tokens, i + spoken.Length, phrase)) && !SaidOfSomeoneElse(tokens, i))
            {
                return (int)spoken.Value;
            }

            if (words.AgeBeforeWords.Contains(tokens[i].Text) && tokens[i + 1].Kind == Recognition.TokenKind.Word
                && AgeAt(tokens, i + 1) is { } age)
            {
                return age;
            }

            // "…y ya voy para los 60, 58 tengo": the number opens its clause and the verb closes it.
            if ((i == 0 || !tokens[i - 1].IsWordLike) && NumberWords.Read(tokens, i) is { } number
                && i + number.Length < tokens.Count && words.AgeBeforeWords.Contains(tokens[i + number.Length].Text)
                && EndsClause(tokens, i + number.Length + 1) && AgeAt(tokens, i) is { } before)
            {
                return before;
            }
        }

        return null;
    }

    /// <summary>The age a number at <paramref name="index"/> says, or null when it is no age (a count, a time, a possible temperature).</summary>
    private static int? AgeAt(IReadOnlyList<Recognition.Token> tokens, int index)
    {
        var words = Words;
        if (words.NotAnAge.Contains(tokens[index].Text) || NumberWords.Read(tokens, index) is not { } number || number.Value % 1 != 0
            || AnswerParser.IsATime(tokens, index, index + number.Length))
        {
            return null;
        }

        var after = index + number.Length;
        var next = after < tokens.Count ? tokens[after].Text : string.Empty;
        if (words.AgeAfter.Contains(next))
        {
            return (int)number.Value;
        }

        var closes = EndsClause(tokens, after) || words.AgeBeforeWords.Contains(next);
        return closes && number.Value is (>= 1 and < 34) or (> 45 and <= 110) ? (int)number.Value : null;
    }

    /// <summary>"my dad is eighty years old": the nearest person named before the number, in its sentence, is someone else.</summary>
    private static bool SaidOfSomeoneElse(IReadOnlyList<Recognition.Token> tokens, int index)
    {
        for (var j = index - 1; j >= 0 && tokens[j].Kind != Recognition.TokenKind.SentenceEnd; j--)
        {
            if (Recognition.Negation.FirstPerson.Contains(tokens[j].Text))
            {
                return false;
            }

            if (Recognition.Negation.OtherPeople.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing more is said at <paramref name="index"/>: the end, punctuation, "and" or a clause break.</summary>
    private static bool EndsClause(IReadOnlyList<Recognition.Token> tokens, int index) =>
        index >= tokens.Count || !tokens[index].IsWordLike || Words.Conjunctions.Contains(tokens[index].Text)
        || Recognition.Negation.IsClauseBreak(tokens[index].Text);

    private static bool StartsWithAnswerWord(string text) => AnswerParser.ParseYesNo(text) is YesNo.No;
}
