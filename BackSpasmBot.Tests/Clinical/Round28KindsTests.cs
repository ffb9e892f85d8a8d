using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 28 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-36, es-26), in the team's
/// own sentences: a yes whose reading says no fever, or whose reading is corrected, is asked again; a question repeated
/// before its answer ("cancer? no"); a negation typed with a slip ("nevver"); "I wouldn't call it"; sex and the bladder
/// said round the houses (asked); a finding explained by drink, a short course, the whole body or tiredness (asked, never
/// cleared); Spanish night pain and weakness said by what the limb no longer does; falls from farm vehicles; pneumonia.
/// </summary>
public sealed class Round28KindsTests
{
    [Theory]
    [InlineData("en", "yes, it was 37.2 when I checked")]
    [InlineData("es", "tengo 37,1")]
    [InlineData("en", "yes, 38.4. sorry, 36.4, I read it upside down")]
    [InlineData("es", "Sí, 38,5. Perdona, 36,6")]
    [InlineData("es", "39. Disculpa, 36,9")]
    public void AYesThatItsReadingDoesNotBearOutIsAskedAgain(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, FindingIds.Fever, text).StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", "yes, 38.6 last night and shivery")]
    [InlineData("es", "sí, 38,7 esta mañana")]
    [InlineData("en", "39.1 this morning, 37 after paracetamol")]
    public void AFeverItsReadingBearsOutStands(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, FindingIds.Fever, text).StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", FindingIds.CancerHistory, "cancer? no, never")]
    [InlineData("es", FindingIds.Fever, "¿fiebre? para nada")]
    [InlineData("en", FindingIds.CancerHistory, "nevver had any cancer")]
    [InlineData("en", FindingIds.LimbWeakness, "I wouldn't call it weakness, the leg just aches")]
    public void ANoSaidAroundTheWordsIsNoYes(string language, string context, string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(context));
    }

    [Theory]
    [InlineData("en", "cancer? not sure, they took a lump out once", FindingIds.CancerHistory)]
    [InlineData("en", "nothing's been happening downstairs since the spasm started", FindingIds.SexualDysfunction)]
    [InlineData("en", "not really performing in the bedroom since my back went", FindingIds.SexualDysfunction)]
    [InlineData("en", "I have been unsteady on my feet since Sunday, had a few pints though", FindingIds.BalanceCoordination)]
    [InlineData("en", "on prednisolone for five days for my asthma", FindingIds.ImmuneRisk)]
    [InlineData("en", "can't feel my legs from tiredness after the hike", FindingIds.BothLegs)]
    [InlineData("es", "tomé prednisona cinco días por el asma, no de continuo", FindingIds.ImmuneRisk)]
    [InlineData("es", "no siento las piernas. Será de tanto caminar", FindingIds.BothLegs)]
    [InlineData("es", "me duele la espalda, especialmente por la noche", FindingIds.NightPain)]
    public void WhatMayBeLessThanItSoundsIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "my bowels are normal but the bladder feels odd")]
    [InlineData("es", "el intestino bien, pero la vejiga la noto rara")]
    public void AnOrganSaidToBeOddBesideOneSaidFineIsAskedAbout(string language, string text)
    {
        Assert.Contains(CorpusScore.PlayAnswer(language, FindingIds.BladderBowel, text).StatusFromWords(FindingIds.BladderBowel), new[] { FindingStatus.Hedged, FindingStatus.Present });
    }

    [Theory]
    [InlineData("es", "el brazo derecho bien, pero la izquierda no la muevo", FindingIds.LimbWeakness)]
    [InlineData("es", "el pie no me levanta al andar desde ayer", FindingIds.LimbWeakness)]
    [InlineData("es", "me duele acostado también, no hay manera", FindingIds.NightPain)]
    [InlineData("en", "fell off the trailer at work on Monday", FindingIds.MajorTrauma)]
    [InlineData("es", "me caí del remolque el lunes", FindingIds.MajorTrauma)]
    [InlineData("en", "just out of hospital after pneumonia and now my back hurts", FindingIds.ImmuneRisk)]
    [InlineData("es", "acabo de pasar una neumonía y ahora me duele la espalda", FindingIds.ImmuneRisk)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "came off my motorbike last year, this pain is new")]
    [InlineData("es", "me caí del andamio el año pasado y ahora me duele la espalda")]
    [InlineData("es", "tuve un accidente de coche hace tres años")]
    public void AnAccidentAYearOrMoreAgoIsAskedAbout(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("en", "came off my motorbike this morning")]
    [InlineData("es", "me caí del andamio ayer por la tarde")]
    public void ARecentAccidentStands(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("en", "walking like I'm drunk since this morning")]
    [InlineData("es", "camino como borracha desde esta mañana")]
    public void UnsteadinessLikenedToDrinkIsNotExplainedByIt(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.BalanceCoordination));
    }

    [Theory]
    [InlineData("en", "shob kichu thik, just the back")]
    [InlineData("en", "my legs are numb and I'm knackered")]
    public void AnEmergencyIsNotSoftenedByWhatDoesNotExplainIt(string language, string text)
    {
        var report = CorpusScore.PlayOpening(language, text);
        Assert.NotEqual(FindingStatus.Present, report.StatusFromWords(FindingIds.MajorTrauma));
        Assert.NotEqual(FindingStatus.Hedged, report.StatusFromWords(FindingIds.BothLegs));
    }
}
