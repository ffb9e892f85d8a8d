using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 21 (docs/recognition.md), from the misses of corpora en-25 and es-15, in the team's own sentences: a denial
/// taken back later in the message, not knowing when the bladder needs emptying, trying and failing to pee, a fever with
/// meningitis's companions, a heart's pain told by the jaw, drenching night sweats, something heavy falling on the person;
/// and what must stay as it was.
/// </summary>
public sealed class Round21KindsTests
{
    [Theory]
    [InlineData("en", "my back is in spasm and I have been trying to pee all morning but nothing comes", FindingIds.BladderBowel)]
    [InlineData("en", "tried to wee twice and couldn't, back's locked up", FindingIds.BladderBowel)]
    [InlineData("es", "llevo toda la mañana intentando orinar y no puedo, con la espalda trabada", FindingIds.BladderBowel)]
    [InlineData("en", "a big steel beam fell onto me at work and now my back is in spasm", FindingIds.MajorTrauma)]
    [InlineData("es", "se me cayó una estantería encima y ahora tengo la espalda fatal", FindingIds.MajorTrauma)]
    [InlineData("es", "tengo el cuello tieso y fiebre de 38,5", FindingIds.MeningitisSigns)]
    [InlineData("es", "desde ayer se me doblan las rodillas al andar", FindingIds.LimbWeakness)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Said without naming the finding, these are asked about plainly, never dropped.</summary>
    [Theory]
    [InlineData("en", "No fever. Oh wait, I did have 38 last night and my back is in spasm", FindingIds.Fever)]
    [InlineData("es", "Sin fiebre. Ah no, espera, anoche tuve 38 y la espalda me mata", FindingIds.Fever)]
    [InlineData("en", "fever of 39 and the light hurts my eyes, back is killing me", FindingIds.MeningitisSigns)]
    [InlineData("es", "tengo fiebre de 39 y me molesta mucho la luz, y la espalda fatal", FindingIds.MeningitisSigns)]
    [InlineData("en", "upper back spasm and now the ache is spreading up into my jaw", FindingIds.ChestPain)]
    [InlineData("en", "I wake up drenched in sweat every night and my back aches", FindingIds.Fever)]
    [InlineData("en", "I keep seeing double since this morning and my back hurts", FindingIds.OneSideWeakness)]
    public void AFindingSaidWithoutItsNameIsAsked(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusOf(findingId));
    }

    /// <summary>Not knowing when the bladder needs emptying: read, asked about plainly, or asked with the clarifying question; never dropped.</summary>
    [Theory]
    [InlineData("en", "since my back went I just don't know when I need the loo any more")]
    [InlineData("es", "desde el lumbago no sé cuándo tengo ganas de orinar")]
    [InlineData("es", "mi padre no se da cuenta cuando se hace pis")]
    public void NotKnowingWhenTheBladderNeedsEmptyingIsNeverDropped(string language, string text)
    {
        var report = CorpusScore.PlayOpening(language, text);

        Assert.True(report.StatusOf(FindingIds.BladderBowel) is FindingStatus.Present or FindingStatus.Hedged
            || report.Clarifications.Contains("clarify_bladder_bowel"), $"{text}: neither read nor asked");
    }

    /// <summary>
    /// Falling asleep once is how a stiff neck started, not drowsiness; both legs said to be fine are not a sign in both
    /// legs; a plain denial with nothing taken back stays a denial.
    /// </summary>
    [Theory]
    [InlineData("es", "Me quedé dormido en el sofá y me levanté con el cuello y la espalda duros", FindingIds.MeningitisSigns, FindingStatus.Unknown)]
    [InlineData("en", "both my legs are fine, it's just my low back", FindingIds.BothLegs, FindingStatus.Unknown)]
    [InlineData("es", "las dos piernas están bien, solo es la espalda baja", FindingIds.BothLegs, FindingStatus.Unknown)]
    [InlineData("en", "no fever and no tingling, just the spasm", FindingIds.Fever, FindingStatus.Absent)]
    [InlineData("en", "tried to pee before bed but could not get comfortable", FindingIds.BladderBowel, FindingStatus.Unknown)]
    public void WhatMustStayAsItWas(string language, string text, string findingId, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }
}
