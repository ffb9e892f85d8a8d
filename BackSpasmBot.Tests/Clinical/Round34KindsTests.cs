using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 34 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-42, es-32), in the team's
/// own sentences: a thick tongue, gibberish someone heard, a drink spilling from one side of the mouth; a headache that
/// hit like a brick; falling to the side; an injury or a touch not felt; Rioplatense vehicles; a no taken back "on
/// second thoughts"; "no noto hormigueo"; "eases off in bed"; kept awake by worry; "yeah nah"; a yes corrected; other
/// people by new words; inhaled steroids; "caerse del burro"; a tongue-twister.
/// </summary>
public sealed class Round34KindsTests
{
    [Theory]
    [InlineData("en", "opening", "the headache hit me like a brick, never had one like it", FindingIds.ThunderclapHeadache)]
    [InlineData("en", "opening", "I keep falling to the side when I get up", FindingIds.BalanceCoordination)]
    [InlineData("en", "opening", "tea keeps dribbling out the corner of my mouth", FindingIds.OneSideWeakness)]
    [InlineData("es", "opening", "se me cae el agua por un lado de la boca al beber", FindingIds.OneSideWeakness)]
    [InlineData("es", "opening", "me llevó puesto un colectivo en la avenida", FindingIds.MajorTrauma)]
    [InlineData("es", FindingIds.SaddleNumbness, "No. Lo he pensado mejor: al limpiarme noto menos de un lado", FindingIds.SaddleNumbness)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "my tongue feels thick and heavy this morning", FindingIds.OneSideWeakness)]
    [InlineData("en", "my husband said I was talking gibberish at breakfast", FindingIds.OneSideWeakness)]
    [InlineData("en", "stubbed my toe on the bed and didn't feel it at all", FindingIds.LimbSensationLoss)]
    [InlineData("es", "me golpeé el dedo del pie con la mesa y ni me enteré", FindingIds.LimbSensationLoss)]
    [InlineData("es", "uso un inhalador de corticoides para el asma", FindingIds.ImmuneRisk)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "tea keeps dribbling out the corner of my mouth", FindingIds.BladderBowel)]
    [InlineData("en", "keeps me up at night worrying about work, back's just stiff", FindingIds.NightPain)]
    [InlineData("es", "no noto hormigueo en las piernas, solo dolor de espalda", FindingIds.BothLegs)]
    [InlineData("es", "al final me caí del burro y acepté que necesito fisio", FindingIds.MajorTrauma)]
    [InlineData("es", "se me trabó la lengua dos veces diciendo esternocleidomastoideo", FindingIds.OneSideWeakness)]
    public void AWordInAnotherSenseIsNotTheFinding(string language, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData(FindingIds.NightPain, "no, it eases off once I'm in bed", FindingIds.SexualDysfunction)]
    [InlineData(FindingIds.CancerHistory, "no, my hooyo had cancer, not me", FindingIds.CancerHistory)]
    public void AnAnswerThatDeniesIsNotReadAsARedFlag(string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer("en", context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("yeah nah, I sleep fine", YesNo.No)]
    [InlineData("yes both, no, let me correct myself, only the left", YesNo.Unsure)]
    public void AustralianNoAndACorrectedYes(string text, YesNo expected)
    {
        using var language = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage("en");
        Assert.Equal(expected, AnswerParser.ParseYesNo(text));
    }
}
