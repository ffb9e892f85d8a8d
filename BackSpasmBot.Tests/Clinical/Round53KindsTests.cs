using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 53 (docs/recognition.md), from the misses of two blind corpora (en-61, es-51), in the team's own sentences.
/// Signs in words the content did not have: a blow with the thing that struck named between, both knees giving way, a
/// pain that "won't stop" even lying down, "never with this fever I have now", a biologic medicine, "I be 78", a sudden
/// start "de un pronto a otro", pain not calmed lying down with where between. A negation no longer reaches past the time
/// it dates from ("haven't been right since the car crash", "sin trabajo desde que me caí de la moto"). Not red
/// flags any more: the heat of a roof, weight wished for, legs numb years ago and "nothing now", a back "cargada" at 80,
/// a fever that was the son's, both legs denied before the one that is numb, "en la cama" when it is where one rests.
/// </summary>
public sealed class Round53KindsTests
{
    [Theory]
    [InlineData("en", "opening", "my back's killing me and both my knees keep giving way on the stairs", Disposition.Emergency)]
    [InlineData("en", "opening", "my back won't stop aching even lying down in bed", Disposition.Urgent)]
    [InlineData("en", "opening", "my back won't stop aching, even lying down", Disposition.Urgent)]
    [InlineData("en", "first_episode", "I've had it before but never with this fever I've got now", Disposition.Urgent)]
    [InlineData("en", "opening", "haven't been right since the car crash, my back is in bits", Disposition.Emergency)]
    [InlineData("en", "opening", "bad back, and I'm on infliximab", Disposition.Urgent)]
    [InlineData("en", "opening", "I be 78 and I fell on the ice Tuesday, back real sore", Disposition.Urgent)]
    [InlineData("es", "onset", "hace dos semanas, pero hoy de un pronto a otro se puso insoportable", Disposition.Urgent)]
    [InlineData("es", "opening", "de noche el lomo, acostado en la hamaca no se me calma", Disposition.Urgent)]
    [InlineData("es", "opening", "estoy sin trabajar desde que me caí de la moto", Disposition.Emergency)]
    [InlineData("es", "opening", "acostada en la cama no se me quita el dolor", Disposition.Urgent)]
    [InlineData("en", "opening", "It's 40 degrees and I'm roofing all day, my back keeps seizing up", null)]
    [InlineData("en", "weight_loss", "I wish I was losing weight, ha, no", null)]
    [InlineData("en", "both_legs", "had numbness in both legs years ago from a disc, it settled after the op, nothing now", null)]
    [InlineData("es", "opening", "tengo 80 años y hoy la espalda la tengo cargada", null)]
    [InlineData("es", "fever", "no, el que tuvo 39 fue mi hijo, yo estoy bien", null)]
    [InlineData("es", "both_legs", "las dos no, solo la derecha que se me duerme un rato", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "opening", "took a belt of a hurley stick right across my lower back at the match", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "my mum's back is bad and she's gone skinny, won't eat", FindingIds.WeightLoss)]
    [InlineData("en", "opening", "since the back went it feels like I've got rubber gloves on down there", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "he has the back pain and he don't feel the legs good since this morning", FindingIds.BothLegs)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>Shingles on a roof are tiles: the fall from it is read, and no infection.</summary>
    [Fact]
    public void ShinglesOnARoofAreNoInfection()
    {
        var report = CorpusScore.PlayOpening("en", "fell off the roof while I was fixing shingles, back is wrecked");
        Assert.NotEqual(FindingStatus.Present, report.StatusFromWords(FindingIds.ImmuneRisk));
        Assert.Equal(Disposition.Emergency, BackSpasmBot.Clinical.Rules.TriageRules.RedFlagDecision(report)?.Disposition);
    }

    /// <summary>One leg that does not obey, then the other "también … así": the weakness is read and both legs asked about.</summary>
    [Fact]
    public void TheOtherLegGoingTheSameWayIsAskedAbout()
    {
        var report = CorpusScore.PlayOpening("es", "la pierna izquierda no me obedece y la derecha también se está poniendo así");
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(FindingIds.BothLegs));
        Assert.Equal(FindingStatus.Present, report.StatusFromWords(FindingIds.LimbWeakness));
    }
}
