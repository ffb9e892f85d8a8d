using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 49 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-57, es-47), in the team's
/// own sentences. Signs in words the content did not have: a back thrown onto rocks or a reef, a plank fallen onto the
/// back, not feeling the stool come out, both legs said without their s's, pain that will not let one sleep, having to
/// push to pass water. "Never had cancer before" denies it (never "new" for a cancer, which counts if ever had). Asked
/// plainly: "sleep bad", what it "must be", a leak since a delivery, angina "but not today", drugs injected and "clean"
/// since, "nada me lo quita", a belly that seems to throb. Denials: Guaraní "ndaipóri", a Welsh "Duw, no". Not a sign:
/// tingling from one buttock to the heel, "me está jeringando".
/// </summary>
public sealed class Round49KindsTests
{
    [Theory]
    [InlineData("en", "opening", "wiped out on a big wave and got slammed onto the reef, back's wrecked", Disposition.Emergency)]
    [InlineData("en", "opening", "a wave threw me back onto the rocks at the point, my back is killing me", Disposition.Emergency)]
    [InlineData("es", "opening", "cayóme una tabla gorda encima del lomo trabajando", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda y al hacer caca no sentí cuando salió", Disposition.Emergency)]
    [InlineData("es", "opening", "tengo dolol de epalda y me duelen las do pierna", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda desde el lunes y no me deja ni dormir", Disposition.Urgent)]
    [InlineData("en", "cancer_history", "no, I've never had cancer before", null)]
    [InlineData("es", "cancer_history", "no, nunca he tenido cáncer antes", null)]
    [InlineData("es", "opening", "me duele el lomo, ndaipóri fiebre", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "bladder_bowel", "no. well, I had to push a bit this morning, but I'd only just woken up", FindingIds.BladderBowel)]
    [InlineData("en", "saddle_numbness", "Numb down there? Duw, no", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "back pain 6 week. sleep bad.", FindingIds.NightPain)]
    [InlineData("en", "opening", "I reckon it must be cancer, my back hurts so much", FindingIds.CancerHistory)]
    [InlineData("en", "bladder_bowel", "I leak a drop when I sneeze, but that's since my delivery, years ago", FindingIds.BladderBowel)]
    [InlineData("en", "chest_pain", "I have angina now and then, but not today", FindingIds.ChestPain)]
    [InlineData("es", "immune_risk", "sí, me pinchaba heroína, pero llevo quince años limpio", FindingIds.ImmuneRisk)]
    [InlineData("es", "aortic_signs", "me duele la panza y siento como que me late adentro", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "me duele la espalda desde hace un mes y nada me lo quita", FindingIds.NightPain)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>A guard: woken once by a pain that settled is asked plainly, never urgent.</summary>
    [Fact]
    public void WokenOnceByAPainThatSettledIsNoRedFlag()
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer("es", "opening", "ayer me desperté de noche con dolor porque me giré mal, me acomodé y me dormí")));
    }

    [Theory]
    [InlineData("es", "both_legs", "no, solo la derecha, me hormiguea de la nalga al talón")]
    [InlineData("es", "opening", "el lumbago me está jeringando desde el lunes")]
    public void NoRedFlagIsRead(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }
}
