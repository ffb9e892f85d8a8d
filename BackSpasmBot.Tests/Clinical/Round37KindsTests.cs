using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 37 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-45, es-35), in the team's
/// own sentences: both legs in sign-language order; sitting down wrong at a great age; a stiff neck typed "next"; a
/// stream timed to start; others not understanding the person's speech; Galician words; "no me empalmo"; an episode
/// years ago and resolved; and what is no red flag: "Gidday" (no "giddy"), a benign tumour.
/// </summary>
public sealed class Round37KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I sat down wrong on a low chair and my back went. I'm 84.", FindingIds.FragilityInjury)]
    [InlineData("en", "opening", "stiff next since this morning and a temperature of 39", FindingIds.MeningitisSigns)]
    [InlineData("es", "opening", "desde ayer no me empalmo y me duele la espalda", FindingIds.SexualDysfunction)]
    [InlineData("es", "opening", "dende onte custa moito mexar e teño dor de costas", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "mi hija dice que no me entiende cuando hablo, que arrastro las palabras", FindingIds.OneSideWeakness)]
    [InlineData("es", "opening", "non teño forza na perna dereita", FindingIds.LimbWeakness)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "BACK BAD. FOOT BOTH TINGLE MORNING.", FindingIds.BothLegs)]
    [InlineData("en", FindingIds.CancerHistory, "a tumour on my ovary years ago, but it was benign", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "me operaron de un tumor en la cabeza y ahora me duele la espalda", FindingIds.CancerHistory)]
    [InlineData("en", "opening", "my wee takes about half a minute to get going these days", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "my husband says he can't understand a word I say since lunch", FindingIds.OneSideWeakness)]
    [InlineData("es", "opening", "hace años tuve incontinencia después de un parto, ya resuelta", FindingIds.BladderBowel)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "Gidday mate, back's a bit tight after the weekend", FindingIds.AorticSigns)]
    [InlineData("en", FindingIds.CancerHistory, "a tumour on my ovary that turned out benign", FindingIds.CancerHistory)]
    [InlineData("es", FindingIds.CancerHistory, "me quitaron un tumor de la mama pero me dijeron que era benigno", FindingIds.CancerHistory)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Fact]
    public void AMalignantTumourIsStillCancer()
    {
        Assert.Equal(FindingStatus.Present,
            CorpusScore.PlayAnswer("en", FindingIds.CancerHistory, "they took out a tumour and it was malignant").StatusFromWords(FindingIds.CancerHistory));
    }
}
