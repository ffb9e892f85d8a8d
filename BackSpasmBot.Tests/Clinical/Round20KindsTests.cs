using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 20 (docs/recognition.md), from the misses of corpora en-24 and es-14, in the team's own sentences: words typed in
/// another shape (digits for letters, letters starred out, spoken endings, one word split in two), a heart's pain told by
/// the jaw and a cold sweat, a sudden headache in a message that also names a spasm, and comparisons with "never"; and
/// what must stay as it was.
/// </summary>
public sealed class Round20KindsTests
{
    [Theory]
    [InlineData("en", "since the spasm I c4nt f33l my l3gs at all", FindingIds.BothLegs)]
    [InlineData("es", "desde el lumbago n0 s13nt0 l4s p13rn4s", FindingIds.BothLegs)]
    [InlineData("en", "my back is bad and my d*ck won't get hard since", FindingIds.SexualDysfunction)]
    [InlineData("en", "I have been in continent twice today since my back went", FindingIds.BladderBowel)]
    [InlineData("es", "se me duerme la entre pierna desde ayer", FindingIds.SaddleNumbness)]
    [InlineData("es", "tengo el brazo y la pierna del lado derecho dormíos", FindingIds.OneSideWeakness)]
    [InlineData("es", "un dolor en la barriga y la espalda que nunca había sentido y me fui al suelo", FindingIds.AorticSigns)]
    [InlineData("es", "no duermo por las noches por el dolor de espalda", FindingIds.NightPain)]
    [InlineData("es", "estoy pálida, sudando, y me agarro el pecho", FindingIds.ChestPain)]
    [InlineData("en", "I'm out of breath and my back is in spasm", FindingIds.ChestPain)]
    // What stays as it was: a number with its unit keeps its digits; two words a phrase uses side by side stay two words.
    [InlineData("en", "my temp is 38.6c and my back is in spasm", FindingIds.Fever)]
    [InlineData("en", "back pain at night keeps me up", FindingIds.NightPain)]
    [InlineData("en", "fell off the shed roof, 3m, onto the patio", FindingIds.MajorTrauma)]
    [InlineData("es", "padezco una contractura dorsal desde hace tres días", FindingIds.Backache)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Told without naming the chest or a thunderclap, these are asked about plainly, never dropped.</summary>
    [Theory]
    [InlineData("en", "my jaw aches and I'm sweating buckets with this upper back pain", FindingIds.ChestPain)]
    [InlineData("es", "me duele la quijada y estoy sudando frío, la espalda alta me mata", FindingIds.ChestPain)]
    [InlineData("en", "my head's pounding like nothing before, came on in a flash on the toilet, my back's in spasm as well", FindingIds.ThunderclapHeadache)]
    public void AHeartOrAHeadIsAsked(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>"dormía" is another tense of the verb, never "dormida"; "no body" keeps its negative and makes no word.</summary>
    [Theory]
    [InlineData("es", "dormía mal por el espasmo de la espalda", FindingIds.LimbSensationLoss)]
    [InlineData("es", "dormía mal por el espasmo de la espalda", FindingIds.BothLegs)]
    [InlineData("en", "no body aches, just the spasm in my back", FindingIds.Fever)]
    public void WhatMustStayQuiet(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }
}
