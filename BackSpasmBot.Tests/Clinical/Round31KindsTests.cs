using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 31 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-39, es-29), in the team's
/// own sentences: Andalusian dropped d's of four letters; Spanish walking off line and likened to drink; a hard start to
/// peeing said in the perfect; manhood with a roundabout word; a fall from one's own height; a fright that is no heart
/// attack; "se le" is someone else; an infection a year or more ago; the weather "here"; waking every night; legs spent by
/// a workout; shaking from coffee; "nothing to do with"; a no after a comma; "the usual"; an aunt who is no TIA.
/// </summary>
public sealed class Round31KindsTests
{
    [Theory]
    [InlineData("es", "me he caío de la escalera de mano", FindingIds.MajorTrauma)]
    [InlineData("es", "no ando derecho, me voy pa un lao", FindingIds.BalanceCoordination)]
    [InlineData("es", "camino como si hubiera bebido", FindingIds.BalanceCoordination)]
    [InlineData("es", "ando como curao todo el día", FindingIds.BalanceCoordination)]
    [InlineData("es", "me ha costado empezar a mear", FindingIds.BladderBowel)]
    [InlineData("es", "lo de hombre ya no me funciona", FindingIds.SexualDysfunction)]
    [InlineData("en", "I've been waking up every night with the pain", FindingIds.NightPain)]
    public void AFindingInTheseWordsIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("es", "a mi padre se le duermen las piernas", FindingIds.BothLegs)]
    [InlineData("es", "el año pasado tuve una infección de orina", FindingIds.ImmuneRisk)]
    [InlineData("en", "legs like jelly after squats yesterday", FindingIds.LimbWeakness)]
    [InlineData("en", "legs dead after the marathon on sunday", FindingIds.BothLegs)]
    [InlineData("en", "the only tingling down there is the usual after cycling", FindingIds.SaddleNumbness)]
    public void WhatMayNotBeThePersonsOrNewIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Fact]
    public void AFallFromOnesOwnHeightIsAskedAbout()
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer("es", FindingIds.MajorTrauma, "me caí de mi propia altura en la cocina").StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("es", "casi me da un infarto con el susto", FindingIds.ChestPain)]
    [InlineData("en", "it's 39 degrees here in Dubai and my back is stiff", FindingIds.Fever)]
    [InlineData("en", "I'm shaky after too much coffee", FindingIds.Fever)]
    [InlineData("en", "my tía told me to rest my back", FindingIds.OneSideWeakness)]
    public void AWordInAnotherSenseIsNotTheFinding(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("opening", "my back pain has nothing to do with a fever", FindingIds.Fever)]
    [InlineData(FindingIds.ChestPain, "proper chest pain, no.", FindingIds.ChestPain)]
    public void ADenialInTheseWordsDenies(string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer("en", context, text).StatusOf(findingId));
    }

    [Fact]
    public void ANoAfterAFindingSaidNegativelyRepeatsIt()
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer("en", FindingIds.LimbSensationLoss, "can't feel my foot, no").StatusOf(FindingIds.LimbSensationLoss));
    }
}
