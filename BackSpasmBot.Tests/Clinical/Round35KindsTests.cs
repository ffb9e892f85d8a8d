using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 35 (docs/recognition.md), from the misses of two blind corpora (en-43, es-33), in the team's own sentences:
/// half the face that will not work; holding water in Caribbean words; a burn not felt; a slap on the bottom not
/// felt; water on the bottom not felt in the shower; a foot not felt in a shoe or on a pedal; balance exercises that
/// can no longer be done; "heartburn" down the arm; a no followed by "a ratos".
/// </summary>
public sealed class Round35KindsTests
{
    [Theory]
    [InlineData("en", "opening", "tried to smile for a photo and half my face wouldn't work", FindingIds.OneSideWeakness)]
    [InlineData("en", "opening", "I cyah hold meh water since yesterday", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "me puse la bota y no notaba el pie dentro", FindingIds.LimbSensationLoss)]
    [InlineData("es", "opening", "ya no puedo mantener el equilibrio en la clase de yoga", FindingIds.BalanceCoordination)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "I burn my foot on the heater and ain't feel it", FindingIds.LimbSensationLoss)]
    [InlineData("en", "opening", "my partner pinched my bum as a joke and I didn't feel it", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "I can't whistle any more since this morning", FindingIds.OneSideWeakness)]
    [InlineData("en", "opening", "the heartburn is going down my left arm now", FindingIds.ChestPain)]
    [InlineData("es", "opening", "en la ducha no notaba el agua en el culo", FindingIds.SaddleNumbness)]
    [InlineData("es", "opening", "mi novio me dio una palmada en el culo y no la sentí", FindingIds.SaddleNumbness)]
    [InlineData("es", FindingIds.ChestPain, "no, el pecho bien. Bueno, a ratos me aprieta al subir escaleras", FindingIds.ChestPain)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Unknown, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
        Assert.NotEqual(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }
}
