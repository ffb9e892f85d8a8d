using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 51 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-59, es-49), in the team's
/// own sentences. Signs in words the content did not have: kilos "gone" without dieting, a foot that slaps the floor, a
/// bull in a bull run, a road accident in formal Spanish, a wet that "¿no ve que…?" opens, less feeling of the paper.
/// Asked plainly: the chest and a sweat said in fragments, "the crash" with no car named, thin "become", "the marital
/// side" not as it was, pain that "no se quita con nada", a chest pain of the past "nothing since", the chest when a
/// pain "me dejó sin aire" (taken as a chest pain before), legs "dead" from a long walk (as legs sore from standing).
/// Not a sign: the news that "gives me chest pains".
/// </summary>
public sealed class Round51KindsTests
{
    [Theory]
    [InlineData("en", "opening", "my back aches, eight kilos gone since summer and I am not dieting", Disposition.Urgent)]
    [InlineData("en", "opening", "my back aches and the foot on the bad side has started slapping the ground", Disposition.Urgent)]
    [InlineData("es", "opening", "me pilló un morlaco en el encierro y me duele la espalda", Disposition.Emergency)]
    [InlineData("es", "opening", "mi vehículo fue embestido en la autopista y tengo dolor lumbar", Disposition.Emergency)]
    [InlineData("es", "opening", "sufrí un siniestro vial esta mañana y me duele la espalda", Disposition.Emergency)]
    [InlineData("es", "bladder_bowel", "¿no ve que me hago pis encima sin darme cuenta?", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda y al asearme siento muy poco el papel", Disposition.Emergency)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "opening", "Chest. Tight. Sweating.", FindingIds.ChestPain)]
    [InlineData("es", "opening", "Pecho. Aprieta. Sudo.", FindingIds.ChestPain)]
    [InlineData("en", "fever", "No fever. But since the crash last week my back's been stiff", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "I've become so skinny lately and my back hurts", FindingIds.WeightLoss)]
    [InlineData("en", "age", "61. The marital side, well, it's not like it was", FindingIds.SexualDysfunction)]
    [InlineData("es", "opening", "este dolor de espalda no se quita con nada", FindingIds.NightPain)]
    [InlineData("en", "chest_pain", "had chest pain once last year, it was reflux, nothing since", FindingIds.ChestPain)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>
    /// A back pain "que me dejó sin aire" says how strong it is: urgent for the sudden severe pain, and the chest asked about
    /// plainly rather than taken as a chest pain (softened_by, cue:breath_taken_by_pain).
    /// </summary>
    [Fact]
    public void APainThatTookTheBreathAwayAsksAboutTheChest()
    {
        var report = CorpusScore.PlayOpening("es", "me duele la espalda, y de golpe me dio un dolor que me dejó sin aire");
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(FindingIds.ChestPain));
        Assert.Equal(Disposition.Urgent, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    /// <summary>Galician inside Spanish ("dende onte non controlo o cu"): the bladder and bowel are asked about.</summary>
    [Fact]
    public void GalicianWordsForTheBowelAreAskedAbout()
    {
        var report = CorpusScore.PlayOpening("es", "dende onte non controlo o cu, escápaseme");
        Assert.Contains("clarify_bladder_bowel", report.Clarifications);
    }

    [Theory]
    [InlineData("en", "opening", "my legs are dead from hiking all weekend, it's the back that's the problem")]
    [InlineData("en", "opening", "the news gives me chest pains honestly, but it's my back that hurts")]
    public void NoRedFlagIsRead(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }
}
