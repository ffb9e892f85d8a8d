using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>The answer to the offer of a check-in.</summary>
public enum OfferAnswer
{
    Unknown,
    Tomorrow,
    InTwoDays,
    NoThanks,
}

/// <summary>
/// Reads the answer to the offer: a button, its number, or plain words in the conversation's language (language.yaml,
/// follow_up). Consent is never assumed.
/// </summary>
public static class FollowUpAnswers
{
    public static OfferAnswer ParseOffer(string? answer)
    {
        var text = WholeMessage.Normalize(answer);
        var words = ClinicalContent.Current.Text.Words.FollowUp;
        if (text.Length == 0)
        {
            return OfferAnswer.Unknown;
        }

        if (text == "1" || words.Tomorrow.Contains(text))
        {
            return OfferAnswer.Tomorrow;
        }

        if (text == "2" || words.InTwoDays.Contains(text))
        {
            return OfferAnswer.InTwoDays;
        }

        if (text == "3" || words.NoThanks.Contains(text))
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
}
