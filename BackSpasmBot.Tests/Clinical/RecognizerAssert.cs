using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

internal static class RecognizerAssert
{
    public static FindingStatus StatusOf(string text, string findingId) =>
        SymptomRecognizer.Recognize(text).FirstOrDefault(m => m.FindingId == findingId)?.Status ?? FindingStatus.Unknown;

    /// <summary>The red-flag outcome after <paramref name="text"/>, played in answer to <paramref name="context"/>; null when none.</summary>
    public static Disposition? DispositionAfter(string language, string context, string text) =>
        TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text))?.Disposition;

    /// <summary>The red flag is asked about plainly: hedged from the words themselves, and no red-flag outcome yet.</summary>
    public static void AssertAskedPlainly(string language, string context, string text, string findingId)
    {
        var report = CorpusScore.PlayAnswer(language, context, text);
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(findingId));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }
}
