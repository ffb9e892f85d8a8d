using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 40 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-48, es-38), in the team's
/// own sentences: "make water"; Hawaiian "shishi"; Irish "the jacks"; not knowing the pee was coming; things that
/// "haven't been working downstairs"; pounds lost without dieting, in English and in Spanglish; "no me se levanta";
/// a lump in Spanglish; a jump from a height; "ni me fijo" as a hedge; and what is no red flag: a condition named in a
/// conditional or as what back pain "can be", a near fall "nearly hit the deck", a past retention "nothing like that now".
/// </summary>
public sealed class Round40KindsTests
{
    [Theory]
    [InlineData("en", "opening", "stood there ten minutes and couldn't make water at all, back's killing me", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "my shishi no come out since last night and my back is sore", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "I'm down 15 pounds this month and I'm not dieting, back's sore too", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "desde ayer no me se levanta y me duele la espalda", FindingIds.SexualDysfunction)]
    [InlineData("es", "opening", "tengo un lump en la espalda que no estaba antes", FindingIds.DeformityLump)]
    [InlineData("es", "opening", "me bajé 12 pounds sin tratar y me duele la espalda", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "me aventé del segundo piso a la piscina y caí de espaldas", FindingIds.MajorTrauma)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "in the jacks this morning I didn't know I was going till it was on the floor", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "things haven't been working downstairs since the back went", FindingIds.SexualDysfunction)]
    [InlineData("es", FindingIds.BladderBowel, "pues bien creo, aunque ni me fijo la verdad", FindingIds.BladderBowel)]
    [InlineData("en", "opening", "if I had numbness down there would that be serious?", FindingIds.SaddleNumbness)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "sneezed this morning and nearly hit the deck, it's agony", FindingIds.AorticSigns)]
    [InlineData("en", "opening", "years ago I couldn't pee after an operation, nothing like that now", FindingIds.BladderBowel)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>
    /// Found while writing round 39's tests, in no corpus: "both my legs" named only to deny a change in them was read as
    /// both legs affected, an emergency from a plain denial. Now the change's own words deny it and both legs are not
    /// confirmed (the question may be asked again, never an emergency on these words).
    /// </summary>
    [Theory]
    [InlineData("both my legs are not numb or weak")]
    [InlineData("both of my legs are not tingly")]
    public void BothLegsNamedOnlyToDenyAChangeAreNotConfirmed(string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer("en", FindingIds.BothLegs, text).StatusOf(FindingIds.BothLegs));
    }

    [Fact]
    public void BothLegsWithAChangeAreStillConfirmed()
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer("en", FindingIds.BothLegs, "both my legs are numb").StatusOf(FindingIds.BothLegs));
    }
}
