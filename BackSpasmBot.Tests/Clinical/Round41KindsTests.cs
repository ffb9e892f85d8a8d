using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 41 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-49, es-39), in the team's
/// own sentences: Black Country "cor" (can't); Scots "nae been able tae"; "like a shot" with Irish "roaring" and
/// Singapore "very very pain"; pain "disturbing me at night"; shovelling as lifting; pulled off a horse; a horse's kick
/// and a rolled truck said verb first in Spanish; and what is asked or not read: a question that opens with a negative,
/// what back pain "can make you feel", "bueno, sí" taking back a no, someone else's story told to the writer, one leg
/// and the buttock on that side, pain easier at night, an infection "all cleared up", "siento todo, hasta las
/// cosquillas", "ya no aguanto" and dizziness "desde siempre".
/// </summary>
public sealed class Round41KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I cor hardly feel me right foot since Tuesday", FindingIds.LimbSensationLoss)]
    [InlineData("en", "opening", "since Sunday I've nae been able tae get ma pee tae start", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "bent for the bin and it went on me like a shot, I was roaring", FindingIds.SuddenSevere)]
    [InlineData("en", "opening", "reached for the shelf, sudden one, very very pain, cannot get up", FindingIds.SuddenSevere)]
    [InlineData("en", "opening", "my back has been disturbing me at night for two weeks", FindingIds.NightPain)]
    [InlineData("en", "opening", "I'm 74 and did my back in shovelling gravel", FindingIds.FragilityInjury)]
    [InlineData("en", "opening", "got pulled off my horse at the show and landed on my back", FindingIds.MajorTrauma)]
    [InlineData("es", "opening", "ayer me soltó una coz la yegua en la cadera", FindingIds.MajorTrauma)]
    [InlineData("es", "opening", "se me volteó la camioneta en el camino de tierra", FindingIds.MajorTrauma)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.NightPain, "Doesn't everybody's back ache more at night?", FindingIds.NightPain)]
    [InlineData("es", FindingIds.BothLegs, "¿No se me duermen las dos piernas?", FindingIds.BothLegs)]
    [InlineData("en", "opening", "out of interest, can a bad back make you feel dizzy?", FindingIds.AorticSigns)]
    [InlineData("es", FindingIds.BladderBowel, "no tengo problemas, bueno, sí, tardo bastante en empezar", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "my brother told me he wet himself when his back went", FindingIds.BladderBowel)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.NightPain, "it's much easier at night once I'm in bed", FindingIds.NightPain)]
    [InlineData("en", FindingIds.LegTinglingOneSide, "yes, my right thigh and bum cheek tingle", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "had a kidney infection in the spring but that's all cleared up, just a stiff back now", FindingIds.ImmuneRisk)]
    [InlineData("en", FindingIds.BalanceCoordination, "bit unsteady getting off the boat but that's gone noo", FindingIds.BalanceCoordination)]
    [InlineData("es", FindingIds.SaddleNumbness, "siento todo perfectamente, hasta las cosquillas", FindingIds.SaddleNumbness)]
    [InlineData("es", "opening", "me duele la pierna izquierda y ya no aguanto más", FindingIds.LimbWeakness)]
    [InlineData("es", FindingIds.BalanceCoordination, "me mareo si me levanto deprisa, pero eso me pasa desde siempre", FindingIds.AorticSigns)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>
    /// A denial that opens its sentence and ends in a question of its own, past a comma, is still a denial: only a
    /// question that runs from its negative to the question mark asks for agreement.
    /// </summary>
    [Theory]
    [InlineData("en", "Don't have any numbness down there, why do you ask?")]
    [InlineData("es", "No tengo nada dormido ahí abajo, ¿por qué?")]
    public void ADenialFollowedByAQuestionIsStillADenial(string language, string text)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, FindingIds.SaddleNumbness, text).StatusOf(FindingIds.SaddleNumbness));
    }
}
