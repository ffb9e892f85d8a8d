using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 19 (docs/recognition.md), from the misses of corpora en-23 and es-13, in the team's own sentences: water held or
/// not, heat not felt on one foot, nights that are torture, pain that builds from an ache to agony, the heart side, a
/// locked neck with a fever, and Spanish partners, a mouth turned to one side, and walking to one side; and what must
/// stay quiet.
/// </summary>
public sealed class Round19KindsTests
{
    [Theory]
    [InlineData("en", "since the spasm I can't hold my water at all", FindingIds.BladderBowel)]
    [InlineData("en", "couldn't feel if the shower was hot on my right leg", FindingIds.LimbSensationLoss)]
    [InlineData("en", "the nights are pure torture with this back", FindingIds.NightPain)]
    [InlineData("en", "went from a dull ache to agony by lunchtime", FindingIds.SuddenSevere)]
    [InlineData("en", "there's a heaviness near my heart and I'm sweating", FindingIds.ChestPain)]
    [InlineData("en", "my neck is locked and I have a fever of 39", FindingIds.MeningitisSigns)]
    [InlineData("es", "de noche no duermo por el dolor de espalda", FindingIds.NightPain)]
    [InlineData("es", "anoche con mi pareja no funcionó nada", FindingIds.SexualDysfunction)]
    [InlineData("es", "me voy de lado cuando camino desde ayer", FindingIds.BalanceCoordination)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Someone else's face turned to one side is asked about, never dropped.</summary>
    [Fact]
    public void SomeoneElsesTurnedMouthIsAsked()
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening("es", "a mi abuelo se le viró la boca esta mañana").StatusOf(FindingIds.OneSideWeakness));
    }

    [Theory]
    [InlineData("es", "estoy torcido por el espasmo, me voy pa un lado", FindingIds.BalanceCoordination)]
    [InlineData("en", "I need to get this off my chest, the spasm is ruining my week", FindingIds.ChestPain)]
    [InlineData("en", "I am 6 ft and fell over in the garden", FindingIds.MajorTrauma)]
    public void WhatMustStayQuiet(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }
}
