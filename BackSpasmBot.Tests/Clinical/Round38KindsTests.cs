using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 38 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-46, es-36), in the team's
/// own sentences: not having been able to feel the bottom; "no me notaba el culo", "como de corcho"; the right leg and
/// the left named one by one; "downstairs" not working; speech someone finds "daft"; a climax that feels different;
/// steroids for a week; tingling feet known for years; and a truck that "me dio un pinchazo" (a twinge, not a blow).
/// </summary>
public sealed class Round38KindsTests
{
    [Theory]
    [InlineData("en", "opening", "haven't been able to feel anything round my bottom since Sunday", FindingIds.SaddleNumbness)]
    [InlineData("es", "opening", "al sentarme no me notaba las nalgas, como de corcho", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "my right leg and the left have both gone numb", FindingIds.BothLegs)]
    [InlineData("es", "opening", "la pierna izquierda y la derecha se me duermen al andar", FindingIds.BothLegs)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "back's sore and downstairs hasn't been working right lately", FindingIds.SexualDysfunction)]
    [InlineData("en", "opening", "my son says I'm talking daft and my back aches", FindingIds.OneSideWeakness)]
    [InlineData("en", "opening", "since my back went, finishing feels different with my partner", FindingIds.SexualDysfunction)]
    [InlineData("en", FindingIds.ImmuneRisk, "prednisolone for a week in the spring for my chest", FindingIds.ImmuneRisk)]
    [InlineData("es", "opening", "se me duermen los dos pies por la noche, pero ya lo tenía de antes por el azúcar", FindingIds.BothLegs)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("es", "opening", "cargando el camión me dio un tirón en la espalda", FindingIds.MajorTrauma)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Unknown, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Fact]
    public void ATruckThatHitThePersonIsStillAnAccident()
    {
        Assert.Equal(FindingStatus.Present,
            CorpusScore.PlayAnswer("es", "opening", "un camión me dio por detrás en la rotonda").StatusFromWords(FindingIds.MajorTrauma));
    }
}
