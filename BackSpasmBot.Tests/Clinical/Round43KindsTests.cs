using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 43 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-51, es-41), in the team's
/// own sentences: Caribbean and Andalusian Spanish as it is said (an "l" for an "r" and an "h" for an "s" where a syllable
/// ends, an apostrophe for a final "s", "pueo" for "puedo"); the chest as "torácico"; pain "when" coughing in any words
/// for the pain; soiling "sin darme cuenta"; "no action down below", "haven't been going much" after a no, and "i dont
/// no" asked about; and what is no red flag: a fall denied beside thin bones, steroids only inhaled.
/// </summary>
public sealed class Round43KindsTests
{
    [Theory]
    [InlineData("es", "opening", "desde ayer noto opresión torácica y estoy sudando frío", FindingIds.ChestPain)]
    [InlineData("en", "opening", "it's that sore when ah cough, hen", FindingIds.CoughSneezeWorse)]
    [InlineData("en", "opening", "me back hurts wen i cof", FindingIds.CoughSneezeWorse)]
    [InlineData("en", "opening", "every time I sneeze it's like a knife in my back", FindingIds.CoughSneezeWorse)]
    [InlineData("es", "opening", "lo' do' pie' los tengo dolmío' desde anoche", FindingIds.BothLegs)]
    [InlineData("es", "opening", "no pueo orinal dehde anoche", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "me vino de golpe levantando la lavadora, y ahora tengo un dolor que es lo peor que he sentido", FindingIds.SuddenSevere)]
    [InlineData("es", FindingIds.BladderBowel, "pa mear bien, pero lo otro, me manché el calzón sin darme cuenta", FindingIds.BladderBowel)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "since this back thing there's been no action down below at all", FindingIds.SexualDysfunction)]
    [InlineData("en", FindingIds.BladderBowel, "not really, though I haven't been going much lately", FindingIds.BladderBowel)]
    [InlineData("en", FindingIds.DeformityLump, "i dont no, cant see back there", FindingIds.DeformityLump)]
    [InlineData("es", "opening", "se me duermen los dos brazos cada dos por tres", FindingIds.LimbSensationLoss)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>Thin bones said yes to, and the fall said no to: no fall, so no fragility injury.</summary>
    [Fact]
    public void AFallDeniedBesideThinBonesIsNoFragilityInjury()
    {
        var report = CorpusScore.PlayAnswer("en", FindingIds.FragilityInjury, "Fall no. Brittle bones yes.");

        Assert.Null(TriageRules.RedFlagDecision(report));
        Assert.Null(report.Trigger);
    }

    [Fact]
    public void SteroidsOnlyInhaledAreNoImmuneRisk()
    {
        var report = CorpusScore.PlayAnswer("en", FindingIds.ImmuneRisk, "the only steroids I take are inhaled ones, for my asthma");

        Assert.NotEqual(FindingStatus.Present, report.StatusOf(FindingIds.ImmuneRisk));
    }

    /// <summary>Guards: a quotation closed by an apostrophe is not a dropped "s"; a word spelt whole is never re-spelt.</summary>
    [Theory]
    [InlineData("es", "opening", "estoy fatal de la espalda, pero hago vida normal", FindingIds.Backache, FindingStatus.Present)]
    [InlineData("es", FindingIds.CancerHistory, "cáncer no, pero me quitaron un lunar que era 'pre' algo", FindingIds.CancerHistory, FindingStatus.Hedged)]
    [InlineData("es", FindingIds.ChestPain, "Niego dolor torácico.", FindingIds.ChestPain, FindingStatus.Absent)]
    public void WordsSpeltWholeAreReadAsWritten(string language, string context, string text, string findingId, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }
}
