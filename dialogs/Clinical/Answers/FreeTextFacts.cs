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
            ? int.Parse(age.Groups.Values.Skip(1).First(g => g.Success).Value, CultureInfo.InvariantCulture)
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

        if (report.Trigger is null && AnswerParser.ParseTrigger(text) is Trigger.FallOrKnock or Trigger.Lifting
            && !StartsWithAnswerWord(text) && !NegatedTriggerRegex().IsMatch(text))
        {
            report.Trigger = AnswerParser.ParseTrigger(text);
        }
    }

    /// <summary>
    /// "tengo setenta y cuatro": an age in words after one of the language's age_before_words, with "años" after it or a
    /// value that cannot be a body temperature (34 to 45 could be "tengo treinta y nueve" of fever).
    /// </summary>
    private static int? AgeInWords(string text)
    {
        var words = Words;
        if (words.AgeBeforeWords.Count == 0)
        {
            return null;
        }

        var tokens = Recognition.Tokenizer.Tokenize(text);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!words.AgeBeforeWords.Contains(tokens[i].Text) || tokens[i + 1].Kind != Recognition.TokenKind.Word
                || NumberWords.Read(tokens, i + 1) is not { } number || number.Value % 1 != 0)
            {
                continue;
            }

            var next = i + 1 + number.Length < tokens.Count ? tokens[i + 1 + number.Length].Text : string.Empty;
            if (words.AgeAfter.Contains(next) || (!words.NotAgeAfter.Contains(next) && number.Value is (>= 1 and < 34) or (> 45 and <= 110)))
            {
                return (int)number.Value;
            }
        }

        return null;
    }

    private static bool StartsWithAnswerWord(string text) => AnswerParser.ParseYesNo(text) is YesNo.No;
}
