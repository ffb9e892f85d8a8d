using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 50 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-58, es-48), in the team's
/// own sentences. In Spanish a sign told of someone else is said in the third person ("no puede mover las piernas", "le
/// ha caído una viga"), which the phrases, written in the first, did not read: the persons of the verbs are now listed
/// (es/language.yaml, verb_forms), so such a sign is read, and asked about when another person is named. Signs in words
/// the content did not have: a car sideswiped, Pacific "mimi" and African English "short call", "nothing is come out",
/// "fevers", weight down "unintentionally", the Italian of a second-language writer, a prednisone brand, soiled
/// underwear not noticed (asked), a foot that slipped and a fall on the bottom, sudden pain that "takes your breath away".
/// Asked plainly: sleep lost or broken, drenched in sweat at night, a tightness on breathing after a chest pain denied,
/// one leg and then the other "too", sudden severe pain with a cold sweat (aortic signs).
/// </summary>
public sealed class Round50KindsTests
{
    [Theory]
    [InlineData("en", "opening", "a van sideswiped my car on the motorway and now my lower back is sore", Disposition.Emergency)]
    [InlineData("en", "opening", "my back is aching and when I go for mimi nothing is come out", Disposition.Emergency)]
    [InlineData("en", "opening", "my waist is paining and since yesterday I cannot hold the short call", Disposition.Emergency)]
    [InlineData("en", "opening", "my back hurts and I keep getting fevers in the evenings", Disposition.Urgent)]
    [InlineData("en", "opening", "lower back pain for a month, weight down 5 kg unintentionally", Disposition.Urgent)]
    [InlineData("es", "opening", "dice que no puede mover las piernas desde esta mañana", Disposition.Emergency)]
    [InlineData("es", "opening", "le ha caído una viga en la espalda en la obra", Disposition.Emergency)]
    [InlineData("es", "opening", "me dio un latigazo en la espalda y me he quedado doblado", Disposition.Urgent)]
    [InlineData("es", "opening", "empezó de golpe, un dolor de espalda de esos que te dejan sin respiración", Disposition.Urgent)]
    [InlineData("es", "opening", "tengo febbre e mal di schiena da due giorni", Disposition.Urgent)]
    [InlineData("es", "opening", "tomo Dacortín todos los días desde hace dos años y me duele la espalda", Disposition.Urgent)]
    [InlineData("es", "opening", "tengo 78 y se me fue el pie en la ducha, ahora me duele la espalda", Disposition.Urgent)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("es", "opening", "mi marido no puede mover las piernas", FindingIds.BothLegs)]
    [InlineData("es", "opening", "a mi padre lo pateó una mula en la espalda", FindingIds.MajorTrauma)]
    [InlineData("es", "opening", "mi abuela tiene 85, se le fue el pie en el baño y se sentó de culo", FindingIds.FragilityInjury)]
    [InlineData("es", "opening", "una paciente mía dice que no siente el papel cuando se limpia", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "can't work, cannae sleep, the back is murder", FindingIds.NightPain)]
    [InlineData("en", "opening", "the pain disturbs my sleep", FindingIds.NightPain)]
    [InlineData("en", "opening", "my back aches and I'm sweating in bed all night, soaked through", FindingIds.Fever)]
    [InlineData("es", "bladder_bowel", "ayer me manché un poco los calzoncillos y ni me enteré", FindingIds.BladderBowel)]
    [InlineData("en", "chest_pain", "No pain in the chest, but it feels tight when I take a deep breath", FindingIds.ChestPain)]
    [InlineData("es", "chest_pain", "no me duele, pero noto que me oprime al respirar", FindingIds.ChestPain)]
    [InlineData("es", "opening", "no duermo bien, no encuentro postura en la cama", FindingIds.NightPain)]
    [InlineData("es", "opening", "la pierna izquierda me hormiguea y la derecha a ratos también", FindingIds.BothLegs)]
    [InlineData("en", "opening", "he's been screaming with his back since it came on suddenly, pale and sweaty", FindingIds.AorticSigns)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>Sudden severe pain with a cold sweat, said of the person: urgent for the pain, and the aorta asked about.</summary>
    [Fact]
    public void SuddenSeverePainWithAColdSweatAsksAboutTheAorta()
    {
        var report = CorpusScore.PlayOpening("es", "le dio de repente un dolor de espalda terrible y está pálido y sudoroso");
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(FindingIds.AorticSigns));
        Assert.Equal(Disposition.Urgent, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    /// <summary>
    /// Guards on the persons of the verbs: "me mea de risa" is a laugh, not a leak; "no me levanto del sofá" is getting up,
    /// not an erection ("no se levanta"); the Italian "niente febbre" denies.
    /// </summary>
    [Theory]
    [InlineData("es", "opening", "el espasmo me mea de risa, me agaché por un calcetín")]
    [InlineData("es", "opening", "estoy tieso y no me levanto del sofá desde ayer")]
    [InlineData("es", "opening", "mal di schiena da una settimana, niente febbre")]
    public void NoRedFlagIsRead(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }
}
