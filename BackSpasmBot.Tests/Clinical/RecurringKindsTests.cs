using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Kinds that recur across several blind authors of the read corpora (docs/recognition.md, "Kinds that recur across
/// authors"), in the team's own sentences: never learning whether something removed was cancer, "precancerous";
/// "not so much" as a contrast, not a denial; trouble with "my water"; the other leg "going the same way"; the flu,
/// which names an illness, not a temperature; a hot tub's temperature; a fever that is someone else's, said after it;
/// and a serious accident over-read: a fall from a low rung or step (asked, not assumed), a kick or a crash that is a
/// likeness ("like being kicked", "un vuelco el corazón", "shot to pieces"), a fall taken back ("bueno, no me caí").
/// </summary>
public sealed class RecurringKindsTests
{
    [Theory]
    [InlineData("en", FindingIds.CancerHistory, "they removed a lump from my neck and I never found out whether it was cancer", FindingIds.CancerHistory)]
    [InlineData("es", FindingIds.CancerHistory, "me quitaron una verruga y nunca me dijeron si era maligna", FindingIds.CancerHistory)]
    [InlineData("en", FindingIds.CancerHistory, "the biopsy came back as precancerous cells", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "me quitaron un pólipo precanceroso el año pasado y ahora me duele la espalda", FindingIds.CancerHistory)]
    [InlineData("en", FindingIds.BladderBowel, "not so much leaking, more that nothing comes when I try", FindingIds.BladderBowel)]
    [InlineData("en", FindingIds.LimbWeakness, "my right leg keeps giving way and my left is going the same way", FindingIds.BothLegs)]
    [InlineData("en", "opening", "I've got the flu and my back aches", FindingIds.Fever)]
    [InlineData("es", "opening", "tengo gripa y me duele la espalda", FindingIds.Fever)]
    [InlineData("es", FindingIds.Fever, "la fiebre la tiene mi hija, yo creo que no", FindingIds.Fever)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "I've been having problems with my water since Tuesday and my back aches", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "I have the flu with a fever of 39 and my back aches", FindingIds.Fever)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "I sat in the jacuzzi at 40 degrees to ease my back")]
    [InlineData("es", "opening", "estuve en el jacuzzi a 39 grados para aliviar la espalda")]
    public void AHotTubsTemperatureIsNoFever(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Unknown, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData("en", FindingIds.CancerHistory, "no, never had cancer")]
    [InlineData("es", FindingIds.CancerHistory, "nunca he tenido cáncer")]
    public void APlainDenialOfCancerStillDenies(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(FindingIds.CancerHistory));
    }

    [Theory]
    [InlineData("en", "opening", "came off the ladder, only the second rung, and my back's gone")]
    [InlineData("en", "opening", "fell off the step ladder, barely a foot off the ground, back is sore")]
    [InlineData("es", "opening", "me caí de la escalera, del segundo escalón, y me duele la espalda")]
    [InlineData("es", "opening", "me caí de la escalera, bueno, no me caí, me resbalé y me agarré a la barandilla")]
    public void ALowFallIsAskedAboutNotAssumed(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("en", "opening", "every cough is like being kicked in the back")]
    [InlineData("en", "opening", "my back is shot to pieces after the move")]
    [InlineData("es", "opening", "me dio un vuelco el corazón cuando me agaché y sentí el tirón")]
    public void AKickOrACrashThatIsALikenessIsNoAccident(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Unknown, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("en", "opening", "the car rolled over on the motorway and my back is agony")]
    [InlineData("en", "opening", "fell off a ladder at work, a good ten feet, and my back is agony")]
    [InlineData("es", "opening", "el coche dio un vuelco en la autopista y me duele la espalda")]
    public void ASeriousAccidentIsStillRead(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(FindingIds.MajorTrauma));
    }
}
