using System.Globalization;
using System.Text.RegularExpressions;

namespace BackSpasmBot.Clinical.Answers;

/// <summary>
/// Facts a person volunteers in their own words, in any message: an age said outright ("I'm 78", "55 years old"), a
/// first episode ("never had back pain before"), a fall or a lift. They fill facts not yet known, so the derived
/// findings (age flag, fragility injury) work from the opening too and the question is not asked again. Only explicit
/// forms count: a bare number is never taken for an age here.
/// </summary>
internal static partial class FreeTextFacts
{
    [GeneratedRegex(@"\b(?:i\s*am|im|i'm|i’m|aged?|age is)\s+(\d{1,3})\b(?!\s*(?:[.,]\d|°|degrees?|c\b|f\b|weeks?|months?|days?|hours?|mins?|minutes?|kg|kilos?|lbs?|stone|st\b|foot|feet|ft|inches|in\b|cm|%|out of|/10|times?))|\b(\d{1,3})\s*(?:years?\s*old|years?\s*of\s*age|yrs?\s*old|yo|y/o|year-old)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeRegex();

    [GeneratedRegex(@"\b(?:never\s+(?:had|ever\s+had|been\s+like|experienced|felt)\b[^.!?]{0,30}\b(?:before|b4|till now|until now|in my life)|first\s+time|(?:never|not)\s+had\s+(?:back\s+(?:pain|trouble|problems)|this|anything\s+like\s+(?:this|it)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstEpisodeRegex();

    [GeneratedRegex(@"\b(?:again|same as (?:last|before)|had (?:it|this) before|happened before|every (?:year|few months)|on and off|keeps coming back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecurrenceRegex();

    [GeneratedRegex(@"\b(?:didnt|didn't|did not|never|havent|haven't|not|no)\s+(?:fall|fell|fallen|slip|slipped|trip|tripped|lift|lifted|a fall)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedTriggerRegex();

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
