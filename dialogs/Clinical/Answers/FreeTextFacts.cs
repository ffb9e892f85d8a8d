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

        if (report.Age is null && AgeRegex().Match(text) is { Success: true } age)
        {
            var years = int.Parse(age.Groups[1].Success ? age.Groups[1].Value : age.Groups[2].Value, CultureInfo.InvariantCulture);
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

    private static bool StartsWithAnswerWord(string text) => AnswerParser.ParseYesNo(text) is YesNo.No;
}
