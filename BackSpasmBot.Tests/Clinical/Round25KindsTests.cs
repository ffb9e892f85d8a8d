using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 25 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-33, es-23), in the team's
/// own sentences: "que va" that carries on ("un dolor que va empeorando") is no "¡qué va!"; an accident made small in
/// the same message (not fast, two rungs) is asked about, never escalated and never cleared; passing little water while
/// vomiting is asked about in Spanish as in English; one buttock named by its side is one leg, not the saddle; a bum
/// cheek is no cheek of the face.
/// </summary>
public sealed class Round25KindsTests
{
    [Theory]
    [InlineData("tengo un dolor que va empeorando cada rato, ya no aguanto")]
    [InlineData("es un dolor que va a peor por momentos, nunca me había pasado")]
    public void AQueVaThatGoesOnDeniesNothing(string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening("es", text).StatusFromWords(FindingIds.SuddenSevere));
    }

    [Theory]
    [InlineData(FindingIds.Fever, "que va, no tengo fiebre")]
    [InlineData(FindingIds.Fever, "qué va")]
    [InlineData(FindingIds.SuddenSevere, "que va, no, vino poco a poco")]
    public void AQueVaStandingAloneStillDenies(string context, string text)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer("es", context, text).StatusFromWords(context));
    }

    /// <summary>A serious-sounding accident made small in the same message is asked about plainly: neither emergency nor cleared.</summary>
    [Theory]
    [InlineData("en", "I came off my bike on the way home but I wasn't going fast, just a wobble")]
    [InlineData("en", "fell off the ladder, only two rungs, landed on my bum")]
    [InlineData("es", "me caí de la bici pero iba muy despacio")]
    [InlineData("es", "me caí de la escalera, solo dos peldaños")]
    public void AnAccidentMadeSmallIsAskedAbout(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("en", "came off my motorbike on the motorway at 70")]
    [InlineData("en", "my car was written off last night")]
    [InlineData("es", "me caí de la moto en la autopista")]
    [InlineData("es", "el colectivo chocó y yo iba parada, me duele toda la espalda")]
    [InlineData("es", "estaba parado en el semáforo y me chocaron por detrás")]
    public void AnAccidentNotMadeSmallStaysSerious(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    /// <summary>Little water with vomiting may be dehydration or retention: asked about, never set aside.</summary>
    [Fact]
    public void LittleWaterWhileVomitingIsAskedAbout()
    {
        var report = CorpusScore.PlayAnswer("es", FindingIds.BladderBowel, "he estado vomitando toda la noche y casi no orino");
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(FindingIds.BladderBowel));
    }

    [Theory]
    [InlineData("es", "tengo un hormigueo en la nalga derecha que baja por la pierna")]
    [InlineData("en", "pins and needles in my right buttock going down the leg")]
    public void OneButtockNamedByItsSideIsOneLeg(string language, string text)
    {
        var report = CorpusScore.PlayOpening(language, text);
        Assert.Equal(FindingStatus.Present, report.StatusFromWords(FindingIds.LegTinglingOneSide));
        Assert.NotEqual(FindingStatus.Present, report.StatusFromWords(FindingIds.SaddleNumbness));
    }

    [Fact]
    public void ABumCheekIsNoCheekOfTheFace()
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening("en", "my left bum cheek is numb and sore").StatusFromWords(FindingIds.OneSideWeakness));
    }
}
