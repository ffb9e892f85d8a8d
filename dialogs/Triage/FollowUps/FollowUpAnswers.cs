using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>The answer to the offer of a check-in.</summary>
public enum OfferAnswer
{
    Unknown,
    Tomorrow,
    InTwoDays,
    NoThanks,
}

/// <summary>Reads the answer to the offer: a button, its number, or plain words. Consent is never assumed.</summary>
public static class FollowUpAnswers
{
    private static readonly string[] Tomorrow = ["tomorrow", "tmrw", "tomorow", "in a day", "1 day", "one day", "in 1 day", "in one day", "yes tomorrow", "tomorrow please", "yes please tomorrow"];
    private static readonly string[] InTwoDays = ["in 2 days", "2 days", "two days", "in two days", "in a couple of days", "a couple of days", "day after tomorrow", "the day after tomorrow", "in 2 days please"];
    private static readonly string[] NoThanks = ["no thanks", "no thank you", "no thx", "nope", "not needed", "no need", "don't", "dont", "no check-in", "no check in", "none"];

    public static OfferAnswer ParseOffer(string? answer)
    {
        var text = Normalize(answer);
        if (text.Length == 0)
        {
            return OfferAnswer.Unknown;
        }

        if (text == "1" || Tomorrow.Contains(text))
        {
            return OfferAnswer.Tomorrow;
        }

        if (text == "2" || InTwoDays.Contains(text))
        {
            return OfferAnswer.InTwoDays;
        }

        if (text == "3" || NoThanks.Contains(text))
        {
            return OfferAnswer.NoThanks;
        }

        // A plain yes takes the default delay; a plain no declines.
        return AnswerParser.ParseYesNo(answer) switch
        {
            YesNo.Yes => OfferAnswer.Tomorrow,
            YesNo.No => OfferAnswer.NoThanks,
            _ => OfferAnswer.Unknown,
        };
    }

    private static string Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? string.Empty
            : string.Join(' ', text.Trim().ToLowerInvariant().TrimEnd('.', '!', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
