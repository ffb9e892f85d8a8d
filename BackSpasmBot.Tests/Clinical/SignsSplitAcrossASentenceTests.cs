using BackSpasmBot.Clinical;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The two halves of a sign said in one sentence with commas between them ("**" in en/vocabulary.yaml) are asked
/// about plainly; a sentence end still parts them. Wording of the team's own.
/// </summary>
public class SignsSplitAcrossASentenceTests
{
    [Fact]
    public void AnArmAndALegOnTheSameSideAcrossCommasAreAskedAbout() =>
        Assert.Equal(FindingStatus.Hedged, StatusOf("right arm, it keeps flopping, and right foot drags", "one_side_weakness"));

    [Fact]
    public void ASentenceEndStillPartsTheHalves() =>
        Assert.Equal(FindingStatus.Unknown, StatusOf("I cut my left hand last week. Today my left foot hurts from walking", "one_side_weakness"));

    [Theory]
    [InlineData("I pressed a glass on the rash on my legs")]
    [InlineData("theres little dots on his tummy so we rolled a tumbler over them")]
    public void TheGlassTestIsAskedAboutWhateverItShowed(string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, "meningitis_signs"));

    [Theory]
    [InlineData("my nights are the worst, can't lie down at all", "night_pain")]
    [InlineData("came on in one go this morning, agony", "sudden_severe")]
    public void WordsOfTheirKindFromCorpus11(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));
}
