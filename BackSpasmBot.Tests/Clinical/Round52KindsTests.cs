using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 52 (docs/recognition.md), from the misses of two blind corpora (en-60, es-50), in the team's own sentences.
/// Signs in words the content did not have: an infection "in the urine", legs named and then "they" weak, crude words
/// for no feeling and for the testicles, a foot that hits the floor, a wave that throws one onto rocks, pain not calmed
/// lying down, nights it "doesn't let me", weight lost "no sé por qué" (in a second-language Spanish too), "no mueve las
/// piernas", not knowing whether one has finished passing water. Asked plainly: burning when passing water said in the
/// other order, weight "going down", "ya no duermo".
/// </summary>
public sealed class Round52KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I have infection in the urine and my back is bad", Disposition.Urgent)]
    [InlineData("en", "opening", "sore back and I've got fuck all feeling in my left leg", Disposition.Emergency)]
    [InlineData("en", "saddle_numbness", "no, but me bollocks have gone numb", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda y cuando camino el pie izquierdo me pega contra el piso", Disposition.Urgent)]
    [InlineData("es", "opening", "estaba en la playa y una ola me estrelló contra las rocas, la espalda me mata", Disposition.Emergency)]
    [InlineData("es", "opening", "la espalda me duele y acostado no se me calma", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda desde hace un mes y en las noches no me deja", Disposition.Urgent)]
    [InlineData("es", "opening", "yo perder muchos kilos, no sé por qué, y duele espalda", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele mucho la espalda y no muevo las piernas", Disposition.Emergency)]
    [InlineData("es", "bladder_bowel", "cuando orino no sé si ya terminé", Disposition.Emergency)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "bladder_bowel", "when I pass urine it is stinging a bit, but it comes fine", FindingIds.ImmuneRisk)]
    [InlineData("en", "opening", "my back is bad and my weight keeps dropping", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "me duele la espalda y cuando hago pis me escuece", FindingIds.ImmuneRisk)]
    [InlineData("es", "opening", "llevo un mes así con la espalda, ya no duermo", FindingIds.NightPain)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>The legs named, then "they" are weak: the weakness is read, not only the legs' tingling.</summary>
    [Fact]
    public void LegsNamedThenTheyAreWeakIsAWeakness()
    {
        var report = CorpusScore.PlayOpening("en", "both of my legs are tingling since morning and they feel weak");
        Assert.Equal(FindingStatus.Present, report.StatusFromWords(FindingIds.LimbWeakness));
    }
}
