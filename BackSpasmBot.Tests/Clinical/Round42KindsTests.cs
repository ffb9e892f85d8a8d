using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 42 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-50, es-40), in the team's
/// own sentences: a fall said in any message is asked about plainly, as a fall given as the cause already was (a
/// slipped disc is no fall); weight lost in kilos said in a second language, or as "delgadita me he puesto"; the pee
/// "como atascado"; tingling in both arms or hands; "can't say I'm not" and "no real" as hedges; and what is no red
/// flag: a change "recovered well" from, and a checklist answered "- no" item by item.
/// </summary>
public sealed class Round42KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I've lost 6 kilo this month and I not on any diet", FindingIds.WeightLoss)]
    [InlineData("es", "opening", "no tengo hambre, delgadita me he puesto y el pantalón ya se cae solo", FindingIds.WeightLoss)]
    [InlineData("es", FindingIds.BladderBowel, "tengo la orina medio trabada desde anoche", FindingIds.BladderBowel)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.BladderBowel, "ah cyah say ah not gettin trouble wid di pee", FindingIds.BladderBowel)]
    [InlineData("en", FindingIds.ChestPain, "bit of indigestion after tea but no real chest pain", FindingIds.ChestPain)]
    [InlineData("en", "opening", "pins and needles in both my hands since the spasms started", FindingIds.LimbSensationLoss)]
    [InlineData("es", "opening", "tengo hormigueo en las dos manos desde ayer", FindingIds.LimbSensationLoss)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>A fall said in the first message: was it a serious accident? Asked plainly, never assumed either way.</summary>
    [Theory]
    [InlineData("en", "took a fall at work on Monday and my back's been bad since")]
    [InlineData("es", "resbalé en la acera el martes y desde entonces me duele la espalda")]
    public void AFallSaidInAnyMessageIsAskedAbout(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, "opening", text).StatusOf(FindingIds.MajorTrauma));
    }

    [Fact]
    public void ASlippedDiscIsNoFall()
    {
        var report = CorpusScore.PlayAnswer("en", "opening", "slipped disc two years ago, this is just a stiff back");
        Assert.Equal(FindingStatus.Unknown, report.StatusOf(FindingIds.MajorTrauma));
        Assert.Null(report.Trigger);
    }

    [Theory]
    [InlineData("en", "opening", "both legs went numb after my op last spring but I've recovered well, now it's just my back", FindingIds.BothLegs)]
    [InlineData("en", "opening", "checklist: 1. numb bum - no 2. trouble peeing - no 3. just a sore back", FindingIds.SaddleNumbness)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    /// <summary>
    /// A pass over every read corpus after round 42 (content 4.35.0): both legs said to be normal, with no verb or with a
    /// word of degree, are no sign in both legs; both legs said to be affected after that still are.
    /// </summary>
    [Theory]
    [InlineData("en", "opening", "Back locked up on Tuesday. Pee fine. Both legs normal.")]
    [InlineData("en", FindingIds.BothLegs, "nope, both my feet feel completely fine")]
    [InlineData("es", "opening", "sin fiebre y las dos piernas perfectamente bien")]
    [InlineData("es", FindingIds.BothLegs, "ambas piernas me responden bien")]
    public void BothLegsSaidToBeNormalAreNoSign(string language, string context, string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusOf(FindingIds.BothLegs));
    }

    [Theory]
    [InlineData("en", "both legs normal this morning, now both legs are numb")]
    [InlineData("es", "las dos piernas bien por la mañana, pero ahora las dos piernas dormidas")]
    public void BothLegsAffectedAfterThatStillAre(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, "opening", text).StatusOf(FindingIds.BothLegs));
    }

    /// <summary>
    /// Pass 4 (content 4.36.0): a finding named first and then denied ("fiebre no tengo") stays denied when "ni" carries
    /// the negative on; "0 fiebre" and texting "n" for "no" deny too. A stiff neck beside a fever so denied is no
    /// meningitis.
    /// </summary>
    [Theory]
    [InlineData("es", "opening", "tengo la espalda fatal y el cuello tieso, pero fiebre no tengo ni nada parecido", FindingIds.Fever)]
    [InlineData("es", "opening", "tengo la espalda fatal y el cuello tieso, pero fiebre no tengo ni nada parecido", FindingIds.MeningitisSigns)]
    [InlineData("es", "opening", "espalda bloqueada desde ayer, 0 fiebre", FindingIds.Fever)]
    [InlineData("es", "opening", "me duele la espalda pero n tengo fiebre", FindingIds.Fever)]
    public void ADenialCarriedOnByNiIsStillADenial(string language, string context, string text, string findingId)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusOf(findingId));
    }
}
