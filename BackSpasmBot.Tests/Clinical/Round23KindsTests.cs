using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 23 (docs/recognition.md), from the misses of corpora en-28 and es-18, in the team's own sentences: a carer
/// writing for an old parent (the age said bare after the relative, a slip, found on the floor), misspelt necks and
/// headaches, a scream when the neck is moved, a rolled vehicle and an airbag, pointing at the chest, the other leg going
/// the same way, Spanish stroke signs told by the mouth and the hand, not passing water all day, leaning while walking,
/// pressure on walking that passes on stopping; and what must stay as it was.
/// </summary>
public sealed class Round23KindsTests
{
    [Theory]
    [InlineData("en", "my nek is stiff and I've got a temp of 39", FindingIds.MeningitisSigns)]
    [InlineData("en", "Weight down 5 kg, not trying. Back pain for a month.", FindingIds.WeightLoss)]
    [InlineData("en", "rolled the ute on a gravel road yesterday, now my back is killing me", FindingIds.MajorTrauma)]
    [InlineData("en", "the airbag went off when I hit the pole", FindingIds.MajorTrauma)]
    [InlineData("es", "el brazo derecho no lo puedo levantar y la pierna de ese lado tampoco", FindingIds.OneSideWeakness)]
    [InlineData("es", "se me cayó una viga encima de la espalda en la obra", FindingIds.MajorTrauma)]
    [InlineData("es", "hoy no ha orinado en todo el día y tiene la panza dura", FindingIds.BladderBowel)]
    [InlineData("es", "se va para un lado al caminar desde ayer", FindingIds.BalanceCoordination)]
    [InlineData("es", "tengo presión en el pecho cuando camino rápido y se me pasa al pararme", FindingIds.ChestPain)]
    [InlineData("es", "me despierta por las noches el dolor de espalda", FindingIds.NightPain)]
    [InlineData("es", "mi jefito tiene 78 y se lastimó la espalda desde que cargó a mi sobrino", FindingIds.FragilityInjury)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Told by a carer, or without settling it: asked about plainly.</summary>
    [Theory]
    [InlineData("en", "my mum's 84, she had a slip in the kitchen this morning and now her back is agony", FindingIds.FragilityInjury)]
    [InlineData("en", "my father 82, he fell in the garden", FindingIds.FragilityInjury)]
    [InlineData("en", "she screams when I try to turn her neck and she's burning up", FindingIds.MeningitisSigns)]
    [InlineData("en", "he suddenly got the wurst hedake of his life", FindingIds.ThunderclapHeadache)]
    [InlineData("en", "mum keeps pointing at her chest and she's pale and sweaty", FindingIds.ChestPain)]
    [InlineData("en", "my right leg gave way on the stairs and my left is going the same way", FindingIds.BothLegs)]
    [InlineData("es", "se le está torciendo la boca y no puede agarrar la taza con la mano derecha", FindingIds.OneSideWeakness)]
    [InlineData("es", "la pierna izquierda se me dobla y ahora también la derecha", FindingIds.BothLegs)]
    public void AFindingToldByACarerOrUnsettledIsAsked(string language, string text, string findingId)
    {
        Assert.True(CorpusScore.PlayOpening(language, text).StatusOf(findingId) is FindingStatus.Hedged or FindingStatus.Present,
            $"{findingId} neither read nor asked");
    }

    /// <summary>A lean from the spasm is no loss of balance; a husband's trouble is not the writer's.</summary>
    [Theory]
    [InlineData("es", "estoy torcido por el espasmo, me voy pa un lado", FindingIds.BalanceCoordination)]
    public void WhatMustStayQuiet(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Unknown, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    /// <summary>
    /// A husband's trouble is never the writer's red flag. Since 4.47.0 the third person is read (es/language.yaml,
    /// verb_forms), so, as another person's red flag, it is asked plainly, never escalated.
    /// </summary>
    [Fact]
    public void AHusbandsTroubleIsNeverTheWritersRedFlag()
    {
        var report = CorpusScore.PlayOpening("es", "mi marido dice que no se le levanta, pero yo vengo por mi espalda");
        Assert.NotEqual(FindingStatus.Present, report.StatusFromWords(FindingIds.SexualDysfunction));
        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    /// <summary>
    /// An answer to the saddle question that calls the region normal is never a "yes": it was once read as the region's
    /// clarifying question attached to the question (an emergency for "my privates feel normal").
    /// </summary>
    [Theory]
    [InlineData("en", "my privates feel normal")]
    [InlineData("en", "I dont feel anything strange down there")]
    [InlineData("es", "ahí abajo todo bien")]
    [InlineData("es", "nada raro ahí abajo")]
    [InlineData("es", "no noto nada raro ahí abajo")]
    public void ARegionSaidToBeNormalIsNoYesToTheSaddleQuestion(string language, string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, FindingIds.SaddleNumbness, text).StatusOf(FindingIds.SaddleNumbness));
    }

    /// <summary>A real change said in the same answer is still read.</summary>
    [Theory]
    [InlineData("en", "feels normal down there but I can't feel the toilet paper")]
    [InlineData("es", "ahí abajo no está normal, está dormido")]
    public void AChangeBesideTheWordNormalIsStillRead(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, FindingIds.SaddleNumbness, text).StatusOf(FindingIds.SaddleNumbness));
    }

    /// <summary>
    /// A change after a "no" and a comma may or may not be under the "no" (docs/clinical-content.md): since 4.5.0 such an
    /// answer leaves the saddle question unclear, so it is asked once more plainly, where it was read as a yes.
    /// </summary>
    [Fact]
    public void AChangeAfterANoAndACommaIsAskedOnceMorePlainly()
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer("es", FindingIds.SaddleNumbness, "ahí abajo no está normal, lo siento dormido").StatusOf(FindingIds.SaddleNumbness));
    }
}
