using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 39 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-47, es-37), in the team's
/// own sentences: a medicine that lowers the immune system; a ram that pinned the person; tipping over to one side;
/// Catalan words in Spanish; "me marié" for "me mareé" with a knife-like belly pain; unawareness that is the sign ("no
/// me di cuenta que me ensucié"); a beating; "ya no podemos, usted me entiende"; a negative in a clause of its own
/// between a phrase's halves; and what is no red flag: a part hot to the touch (asked, not a fever), a steroid shot,
/// both legs "as they were".
/// </summary>
public sealed class Round39KindsTests
{
    [Theory]
    [InlineData("en", "opening", "my back's gone and I take tablets that suppress my immune system for my arthritis", FindingIds.ImmuneRisk)]
    [InlineData("en", "opening", "I keep falling over to the right when I walk to the car", FindingIds.BalanceCoordination)]
    [InlineData("es", "opening", "tinc mal d'esquena i no puc fer pipí des d'ahir", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "me marié al levantarme y tengo un dolor de panza y espalda como si me clavaran un cuchillo", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "me duele la espalda y no me di cuenta que me ensucié hasta que lo vi", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "me pegaron una paliza a la salida del bar y me duele toda la espalda", FindingIds.MajorTrauma)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "the ram had me up against the fence and my back is sore", FindingIds.MajorTrauma)]
    [InlineData("es", "opening", "desde lo de la espalda mi marido y yo ya no podemos, ya me entiende", FindingIds.SexualDysfunction)]
    [InlineData("en", "opening", "my back aches and my legs, it's like they aren't mine, both of them", FindingIds.BothLegs)]
    [InlineData("en", "opening", "the skin over the sore bit is hot to the touch", FindingIds.Fever)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.MajorTrauma, "only a cortisone shot in my shoulder years ago", FindingIds.MajorTrauma)]
    [InlineData("en", FindingIds.BothLegs, "both legs are the same as ever, thanks", FindingIds.BothLegs)]
    [InlineData("en", "opening", "I'm leaning to the left while the spasm lasts", FindingIds.BalanceCoordination)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        var status = CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId);
        Assert.NotEqual(FindingStatus.Present, status);
        Assert.NotEqual(FindingStatus.Hedged, status);
    }

    [Fact]
    public void ANegativeInTheSameClauseStillDenies()
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer("en", FindingIds.BothLegs, "my legs are not numb").StatusFromWords(FindingIds.BothLegs));
    }
}
