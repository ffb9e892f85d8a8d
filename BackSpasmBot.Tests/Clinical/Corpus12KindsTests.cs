using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The kinds of wording blind corpus 12 missed (docs/recognition.md, "Round 11"), each on wording of the team's own.
/// </summary>
public class Corpus12KindsTests
{
    [Fact]
    public void ACancellingPhraseWithANegationInsideItCancelsNothing() =>
        Assert.Equal(FindingStatus.Present, StatusOf("I've lost loads of weight lately and not from dieting", "weight_loss"));

    [Fact]
    public void ACancellingPhraseStillCancelsWhenNothingNegatesIt() =>
        Assert.Equal(FindingStatus.Unknown, StatusOf("I've lost weight on purpose, I'm dieting", "weight_loss"));

    [Fact]
    public void ANoFromSomeoneWhoHasNotBeenWatchingIsUnclear() =>
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo("no, but to be honest I haven't been paying attention"));

    [Theory]
    [InlineData("I can't hold my water since yesterday", FindingStatus.Present)]
    [InlineData("it feels like I never emptied my bladder properly", FindingStatus.Hedged)]
    public void HoldingWaterAndEmptyingTheBladder(string text, FindingStatus expected) =>
        Assert.Equal(expected, StatusOf(text, "bladder_bowel"));

    [Fact]
    public void HoldingAGlassOfWaterIsNotTheBladder() =>
        Assert.Equal(FindingStatus.Unknown, StatusOf("I can't hold the glass of water steady", "bladder_bowel"));

    [Fact]
    public void PainThatMovedToTheChestIsChestPain() =>
        Assert.Equal(FindingStatus.Present, StatusOf("the ache moved up to my chest an hour ago", "chest_pain"));

    [Fact]
    public void PrivatePartsThatDoNotWorkAreSexualFunction() =>
        Assert.Equal(FindingStatus.Present, StatusOf("since the spasm my privates don't work at all", "sexual_dysfunction"));
}
