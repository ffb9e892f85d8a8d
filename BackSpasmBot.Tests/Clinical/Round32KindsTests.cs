using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 32 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-40, es-30), in the team's
/// own sentences: balance that has deserted the person, holding on to the walls; continence named formally; Scots
/// "keeled ower" and "couldnae feel"; a climb to the top of the scale in a second; a touch not felt; wiping that feels
/// dead; something there "earlier" after a no; frights, laughter and figures of speech; fine ever since; Spanish
/// waking in tears at night, "gatillazo", "no cumplo como hombre"; "eso" beginning a statement; "¿como un ictus?".
/// </summary>
public sealed class Round32KindsTests
{
    [Theory]
    [InlineData("en", "my balance has completely deserted me this week", FindingIds.BalanceCoordination)]
    [InlineData("en", "having real trouble with continence since the weekend", FindingIds.BladderBowel)]
    [InlineData("en", "my back went and I keeled ower in the hall", FindingIds.AorticSigns)]
    [InlineData("en", "the pain went from nothing to unbearable in a split second", FindingIds.SuddenSevere)]
    [InlineData("en", "I couldnae feel the paper when I wiped", FindingIds.SaddleNumbness)]
    [InlineData("es", "se despierta llorando por la noche del dolor", FindingIds.NightPain)]
    [InlineData("es", "gatillazos desde la semana pasada", FindingIds.SexualDysfunction)]
    [InlineData("es", "ya no cumplo como hombre", FindingIds.SexualDysfunction)]
    public void AFindingInTheseWordsIsRead(string language, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("I've been holding on to the walls to get to the loo", FindingIds.BalanceCoordination)]
    [InlineData("I peed myself after my second baby in 2015, but it's been fine ever since", FindingIds.BladderBowel)]
    public void WhatMayNotBeTheFindingNowIsAskedAbout(string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening("en", text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData(FindingIds.BladderBowel, "waterworks are fine, but when I wipe it feels dead", FindingIds.SaddleNumbness, FindingStatus.Present)]
    [InlineData(FindingIds.ChestPain, "no. well, earlier there was a squeeze for a minute", FindingIds.ChestPain, FindingStatus.Hedged)]
    public void ARedFlagBesideANoIsNotLost(string context, string text, string findingId, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayAnswer("en", context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData(FindingIds.AorticSigns, "nearly passed out when I saw the price of the scan, but no", FindingIds.AorticSigns)]
    [InlineData(FindingIds.BladderBowel, "only that I almost wet myself laughing at the telly, otherwise no", FindingIds.BladderBowel)]
    [InlineData("opening", "my month has been a complete car crash, and now my back", FindingIds.MajorTrauma)]
    [InlineData(FindingIds.BalanceCoordination, "only my budget is off balance", FindingIds.BalanceCoordination)]
    public void AFrightALaughOrAFigureOfSpeechIsNotTheFinding(string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer("en", context, text).StatusFromWords(findingId));
    }

    [Fact]
    public void ATouchNotFeltIsRead()
    {
        Assert.NotEqual(FindingStatus.Unknown, CorpusScore.PlayOpening("en", "the nurse pricked my toes and I couldn't feel it at all").StatusFromWords(FindingIds.LimbSensationLoss));
    }

    [Fact]
    public void EsoBeginningAStatementIsNoYes()
    {
        using var language = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage("es");
        Assert.NotEqual(YesNo.Yes, AnswerParser.ParseYesNo("eso no me ha pasado"));
        Assert.Equal(YesNo.Yes, AnswerParser.ParseYesNo("eso"));
    }

    [Fact]
    public void AConditionNamedInASpanishQuestionWithComoIsAskedAbout()
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer("es", FindingIds.OneSideWeakness, "¿como un derrame? no, nada de eso").StatusFromWords(FindingIds.OneSideWeakness));
    }
}
