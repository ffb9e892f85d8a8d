using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 30 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-38, es-28), in the team's
/// own sentences: a yes made of a subject and a verb that begins a statement; a no followed by words the hint model
/// reads as the red flag asked; Caribbean "nuh" and "mi"; th said as f; "not applicable"; collisions named by the
/// vehicle, a jackknifed lorry, a bull that threw the person; a knock called small; weight lost on a cut; a fever the
/// person says they are over; feeling said to be there; night pain that settles once comfortable; a back that "went"
/// in agony; a pain that travels down the legs; bumping the back; a pain that came on by itself.
/// </summary>
public sealed class Round30KindsTests
{
    [Theory]
    [InlineData("I have no tingling anywhere")]
    [InlineData("I am walking normally")]
    [InlineData("I did knock it on the cupboard but my bones are strong and I'm 45")]
    public void AVerbAnswerThatBeginsAStatementIsNoYes(string text)
    {
        using var language = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage("en");
        Assert.Equal(YesNo.Unrecognized, AnswerParser.ParseYesNo(text));
    }

    [Theory]
    [InlineData("en", "I do")]
    [InlineData("en", "I have, twice today")]
    [InlineData("en", "I did.")]
    [InlineData("en", "I do yes")]
    [InlineData("es", "tengo")]
    [InlineData("es", "me pasa, sí")]
    public void AVerbAnswerThatClosesItsClauseIsStillAYes(string languageCode, string text)
    {
        using var language = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage(languageCode);
        Assert.Equal(YesNo.Yes, AnswerParser.ParseYesNo(text));
    }

    [Theory]
    [InlineData("en", FindingIds.FragilityInjury, "I am 72 but there was no fall or lifting at all")]
    [InlineData("es", FindingIds.FragilityInjury, "tengo 50, me resbalé pero no tengo osteoporosis")]
    public void AVerbAnswerWithANumberAfterItIsAskedAgain(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(context));
    }

    [Theory]
    [InlineData(FindingIds.SaddleNumbness, "I have no tingling anywhere", FindingStatus.Unknown)]
    [InlineData(FindingIds.BalanceCoordination, "I am walking normally", FindingStatus.Absent)]
    [InlineData(FindingIds.FragilityInjury, "I did knock it on the cupboard but my bones are strong and I'm 45", FindingStatus.Unknown)]
    public void AStatementThatBeginsLikeAYesIsReadByItsWords(string context, string text, FindingStatus expected)
    {
        Assert.Equal(expected, CorpusScore.PlayAnswer("en", context, text).StatusOf(context));
    }

    [Fact]
    public void ANoFollowedByWordsTheModelReadsAsTheRedFlagIsAskedAgain()
    {
        var report = CorpusScore.PlayAnswer("en", FindingIds.SaddleNumbness, "nope, though the wiping has felt kind of off lately");
        Assert.Equal(FindingStatus.Hedged, report.StatusOf(FindingIds.SaddleNumbness));
    }

    [Fact]
    public void ANoWhoseWordsDenyTheChangeIsStillADenial()
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer("en", FindingIds.SaddleNumbness, "no, not numb at all").StatusOf(FindingIds.SaddleNumbness));
    }

    [Theory]
    [InlineData("mi back a kill mi, mi nuh have nuh fever", FindingIds.Fever)]
    [InlineData("mi nuh have nuh numbness in mi legs", FindingIds.BothLegs)]
    [InlineData("mi dont lose weight, mi dont have fever", FindingIds.Fever)]
    public void CaribbeanNuhDeniesAndMiIsEnglish(string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayOpening("en", text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("i dont fink so")]
    [InlineData("not applicable")]
    [InlineData("n/a")]
    public void ThSaidAsFAndNotApplicableAreUnsure(string text)
    {
        using var language = BackSpasmBot.Clinical.Content.ClinicalContent.UseLanguage("en");
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo(text));
    }

    [Theory]
    [InlineData("en", "got into a truck collision this morning")]
    [InlineData("en", "the lorry jackknifed on the motorway and I was in the cab")]
    [InlineData("es", "una vaca me embistió en el establo y me duele mucho la espalda")]
    public void AnAccidentInOtherWordsIsMajorTrauma(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.MajorTrauma));
    }

    [Theory]
    [InlineData("got shunted at the lights, just a little bump, barely a scratch on the bumper", FindingIds.MajorTrauma)]
    [InlineData("lost 5 kilos, on a cut for my comp so that's intentional", FindingIds.WeightLoss)]
    [InlineData("had a temperature over the weekend but I'm fine now", FindingIds.Fever)]
    [InlineData("pain worse when I first lie down but it settles once I'm comfortable", FindingIds.NightPain)]
    [InlineData("reached for the remote and my back just went, I'm in agony", FindingIds.SuddenSevere)]
    public void WhatMayOrMayNotBeTheFindingIsAskedAbout(string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening("en", text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "the pain in my bum goes down my legs, both of them really")]
    [InlineData("en", "my sciatica runs down my legs")]
    [InlineData("es", "tengo un dolor en la cadera que se me va por las piernas")]
    public void APainThatTravelsDownTheLegsIsInBothLegs(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.BothLegs));
    }

    [Theory]
    [InlineData("I did bump my lower back on the shelf", FindingIds.DeformityLump)]
    [InlineData("sensation is all there in both legs, just my back hurts", FindingIds.BothLegs)]
    [InlineData("the ache came on by itself overnight", "clarify_bladder_bowel")]
    public void AWordInAnotherSenseIsNotTheFinding(string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayOpening("en", text).StatusFromWords(findingId));
        Assert.DoesNotContain(findingId, CorpusScore.PlayOpening("en", text).Clarifications);
    }
}
