using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// What the person's own words made of a finding, leaving out a red flag the hint model only suggested
/// (<see cref="HintRules.OnlyHinted"/>: asked plainly, never theirs until answered). Tests of how words are read use
/// it; what the hint model does is tested on its own (HintRulesTests).
/// </summary>
public static class WordsReading
{
    public static FindingStatus StatusFromWords(this SymptomReport report, string findingId) =>
        HintRules.OnlyHinted(report, findingId) ? FindingStatus.Unknown : report.StatusOf(findingId);
}
