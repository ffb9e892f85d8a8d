using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Tests.Clinical;

internal static class RecognizerAssert
{
    public static FindingStatus StatusOf(string text, string findingId) =>
        SymptomRecognizer.Recognize(text).FirstOrDefault(m => m.FindingId == findingId)?.Status ?? FindingStatus.Unknown;
}
