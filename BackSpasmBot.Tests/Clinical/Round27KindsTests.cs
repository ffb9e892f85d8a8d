using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 27 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-35, es-25), in the team's
/// own sentences: negative concord over both legs ("can't hardly feel neither"); "of a night"; a heavy blow or a load
/// falling on the back (asked); a grip gone (asked); "nothing's"; more words that take back ("actually no", "bueno, más
/// bien", "el autocorrector") or take back a denial ("bueno, sí, un poco"); weight lost on a diet (asked, never cleared).
/// </summary>
public sealed class Round27KindsTests
{
    [Theory]
    [InlineData("en", "I can't hardly feel neither of my feet since the weekend", FindingIds.BothLegs)]
    [InlineData("en", "it's always worse of a night, lying down does nothing", FindingIds.NightPain)]
    [InlineData("es", "me atropellaron a 50 km por hora cuando cruzaba", FindingIds.MajorTrauma)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "took a whack across the back from a swinging beam at the yard", FindingIds.MajorTrauma)]
    [InlineData("es", "se me vino encima una estantería en el almacén", FindingIds.MajorTrauma)]
    [InlineData("en", "lost my grip in my right hand since the spasm", FindingIds.LimbWeakness)]
    [InlineData("en", "both my legs are tingling, actually no, just the right", FindingIds.BothLegs)]
    [InlineData("es", "me duelen las dos piernas, bueno, más bien los muslos por detrás", FindingIds.BothLegs)]
    [InlineData("es", "bajé 5 kilos pero estoy a dieta", FindingIds.WeightLoss)]
    public void WhatMayBeLessThanItSoundsIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.Fever, "No fever. Well yes, a little last night")]
    [InlineData("es", FindingIds.ChestPain, "el pecho no me duele. bueno, sí, un poco al toser")]
    public void ADenialTakenBackIsAskedAbout(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(context));
    }

    [Theory]
    [InlineData("en", "I've lost weight, not on a diet or anything")]
    [InlineData("es", "he perdido 6 kilos sin hacer dieta")]
    public void WeightLostWithoutADietStaysARedFlag(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.WeightLoss));
    }

    [Theory]
    [InlineData("en", FindingIds.BladderBowel, "Nothing's numb and nothing's leaking")]
    [InlineData("es", FindingIds.CancerHistory, "nunxa he tenido cancer")]
    public void ADenialTypedAsItSoundsIsADenial(string language, string context, string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(context));
    }
}
