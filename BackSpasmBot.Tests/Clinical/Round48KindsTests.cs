using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 48 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-56, es-46), in the team's
/// own sentences. Signs said in an order or a dialect the content did not have: pain worse in bed said with "peor" first or
/// last, Asturian and Portuguese night words, a night said bad with no verb, the front of the foot dragging, a chest pain
/// with an adverb before the chest or in English inside Spanish, "no aguanta las ganas de orinar". An age corrected
/// straight after it is said. Asked plainly: a boil of late, drugs used but never injected, sleep made hard by the pain.
/// Denials: legs said strong or felt normally, "cáncer nunca", Portuguese "não", "Don't have", "only messing". Not a sign:
/// one side of the back, "the rest of the day", a back "in bits".
/// </summary>
public sealed class Round48KindsTests
{
    [Theory]
    [InlineData("es", "opening", "me duele la espalda baja y en la cama estoy peor", Disposition.Urgent)]
    [InlineData("es", "opening", "la espalda me duele desde el lunes, peor es acostado", Disposition.Urgent)]
    [InlineData("es", "opening", "la espalda mal dende hai dos selmanes, y de nueche ye peor", Disposition.Urgent)]
    [InlineData("es", "opening", "dor nas costas faz um mês, de noite piora muito", Disposition.Urgent)]
    [InlineData("en", "opening", "Back pain 3 week. Night bad, wake up. Work no.", Disposition.Urgent)]
    [InlineData("en", "opening", "my back's been bad for a fortnight an it's worse at neet", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y tengo el pie derecho que se me cae, voy arrastrando la punta", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele también el pecho, como una presión", Disposition.Emergency)]
    [InlineData("es", "opening", "tiene back pain y le duele también en la chest, like pressure, y está sudando", Disposition.Emergency)]
    [InlineData("es", "opening", "desde ayer no aguanta las ganas de orinar y se le escapa", Disposition.Emergency)]
    [InlineData("es", "cancer_history", "no, cáncer nunca", null)]
    [InlineData("es", "fever", "Não tenho febre, só dói a coluna", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    [Theory]
    [InlineData("en", "opening", "I'm 18, sorry I mean 81, hurt my back lifting the shopping", 81)]
    [InlineData("es", "opening", "tengo 17 años, perdón, quise decir 71, me duele la espalda de cargar leña", 71)]
    public void AnAgeCorrectedStraightAfterItIsTheAge(string language, string context, string text, int age)
    {
        Assert.Equal(age, CorpusScore.PlayAnswer(language, context, text).Age);
    }

    /// <summary>A guard: a fever reading after an age is no correction of it.</summary>
    [Fact]
    public void AFeverReadingAfterAnAgeLeavesTheAge()
    {
        Assert.Equal(40, CorpusScore.PlayAnswer("es", "opening", "tengo 40 años, no 39 de fiebre, y me duele la espalda").Age);
    }

    [Theory]
    [InlineData("en", "immune_risk", "not really, though I had a boil on my leg a few weeks back", FindingIds.ImmuneRisk)]
    [InlineData("es", "opening", "me duele la espalda y hace poco tuve un forúnculo en la nalga", FindingIds.ImmuneRisk)]
    [InlineData("en", "immune_risk", "yes, I smoke weed now and then but I never inject", FindingIds.ImmuneRisk)]
    [InlineData("es", "immune_risk", "sí, fumo porros, pero inyectado nunca", FindingIds.ImmuneRisk)]
    [InlineData("en", "opening", "lower back went Saturday, sleep hard because pain", FindingIds.NightPain)]
    [InlineData("en", "opening", "my back's in bits and I cannae sleep right", FindingIds.NightPain)]
    [InlineData("en", "opening", "my back is in bits since the weekend and I can't sleep right", FindingIds.NightPain)]
    public void WhatMayBeASignIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    [Theory]
    [InlineData("en", "both_legs", "no, both legs are strong")]
    [InlineData("en", "limb_sensation_loss", "I can feel normally in both my legs")]
    [InlineData("en", "opening", "I'd say it's the cancer, ha, no I'm only messing, never had it")]
    [InlineData("en", "limb_weakness", "Leg weak? Don't have. Can walk can squat.")]
    [InlineData("en", "opening", "when I sneeze my back grabs, much worse than the rest of the day")]
    [InlineData("es", "opening", "me duele todo el lado izquierdo de la espalda desde que fui al gimnasio")]
    public void NoRedFlagIsRead(string language, string context, string text)
    {
        Assert.Null(TriageRules.RedFlagDecision(CorpusScore.PlayAnswer(language, context, text)));
    }
}
