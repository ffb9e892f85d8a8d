using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 22 (docs/recognition.md), from the misses of corpora en-26, en-27, es-16 and es-17, in the team's own sentences:
/// an accident the person did not notice, a correction to both legs, the chest told by a weight on it, a pulsing tummy, one
/// side "switched off", walking like on a ship, pain climbing the scale within the hour, the other leg joining later,
/// Spanish ways of telling the bowel, erection, ejaculation, saddle and night; and what must stay quiet.
/// </summary>
public sealed class Round22KindsTests
{
    [Theory]
    [InlineData("en", "I didn't even realise I'd wet myself until my wife pointed it out, back's been in spasm since Monday", FindingIds.BladderBowel)]
    [InlineData("en", "my left leg is numb. actually no, both legs are numb now", FindingIds.BothLegs)]
    [InlineData("en", "it's like a bag of bricks on my chest and my back is in spasm", FindingIds.ChestPain)]
    [InlineData("en", "my tummy is pulsing like a heartbeat and my back is agony", FindingIds.AorticSigns)]
    [InlineData("en", "my left side feels switched off, arm and leg, and my back hurts", FindingIds.OneSideWeakness)]
    [InlineData("en", "I'm walking like I'm on a ship, keep lurching into the walls", FindingIds.BalanceCoordination)]
    [InlineData("en", "loosing weight without trying and my back aches", FindingIds.WeightLoss)]
    [InlineData("en", "the pain shot from 2 to 9 in half an hour", FindingIds.SuddenSevere)]
    [InlineData("en", "at night nothing helps, whatever position I try", FindingIds.NightPain)]
    [InlineData("es", "ni se me levanta desde que me dio el lumbago", FindingIds.SexualDysfunction)]
    [InlineData("es", "no siento nada al eyacular desde la caída", FindingIds.SexualDysfunction)]
    [InlineData("es", "de noche me despierta el dolor de espalda", FindingIds.NightPain)]
    [InlineData("es", "ni sentado ni acostado se me calma la espalda", FindingIds.NightPain)]
    [InlineData("es", "me ha pillado un toro contra la valla", FindingIds.MajorTrauma)]
    [InlineData("es", "cuando me limpio no lo siento, como si fuera de otra persona", FindingIds.SaddleNumbness)]
    [InlineData("es", "tengo la pierna arrastrando desde ayer, la arrastra al caminar", FindingIds.LimbWeakness)]
    [InlineData("es", "tiene fiebre y está dormilón, con el cuello durito", FindingIds.MeningitisSigns)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Said without settling it, these are asked about plainly.</summary>
    [Theory]
    [InlineData("en", "pins and needles in my right leg, and now the left one is too", FindingIds.BothLegs)]
    [InlineData("es", "no siento cuando me viene la caca desde el lumbago", FindingIds.BladderBowel)]
    public void AFindingSaidWithoutSettlingItIsAsked(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>
    /// A broken heart, a football match and "it seemed" are not a paresis (the exact word only); an old bedroom trouble is
    /// not a new one; a leg's touch is not the saddle; pain that "shot" is not a gunshot; "neg" is a denial.
    /// </summary>
    [Theory]
    [InlineData("es", "se me partió el corazón cuando se fue mi perro y me duele la espalda", FindingIds.LimbWeakness)]
    [InlineData("es", "me pareció que hablaba raro pero ya estoy bien", FindingIds.LimbWeakness)]
    [InlineData("es", "hace tiempo que no funciono en la cama, pero vengo por la espalda", FindingIds.SexualDysfunction)]
    [InlineData("es", "me rozo la pierna con la uña y no siento el roce", FindingIds.SaddleNumbness)]
    [InlineData("en", "the pain shot from 2 to 9 in half an hour", FindingIds.MajorTrauma)]
    [InlineData("en", "Neg pulsatile mass, no abdo pain, pain purely paraspinal", FindingIds.AorticSigns)]
    public void WhatMustStayQuiet(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }
}
