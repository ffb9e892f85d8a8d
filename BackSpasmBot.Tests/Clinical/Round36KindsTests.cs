using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 36 (docs/recognition.md), from the misses of two blind corpora (en-44, es-34), in the team's own sentences:
/// a collapse said as going down in a heap; a clinician's words for chest pain and for a bladder that does not empty;
/// walking all over the road; "no hay manera de" as not being able to; Catalan and Galician words in Spanish; the sight
/// going with belly and back pain; dialect words for the head; slang for being struck; a chest that "feels like"
/// something; a seat gone dead; a tingle like a current in the area of the bottom; and what is no red flag: a star sign,
/// "sin perder el equilibrio", coordination said to be fine, "both" that meant both sides of the back.
/// </summary>
public sealed class Round36KindsTests
{
    [Theory]
    [InlineData("en", "opening", "I went down like a sack of potatoes in the kitchen, belly and back in agony", FindingIds.AorticSigns)]
    [InlineData("en", "opening", "retrosternal tightness since lunch and my upper back aches", FindingIds.ChestPain)]
    [InlineData("en", "opening", "I'm walking all over the road and my back is killing me", FindingIds.BalanceCoordination)]
    [InlineData("es", "opening", "no hay forma de hacer pis desde esta mañana", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "tengo un dolor de panxa i esquena de cop, muy fuerte", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "me dio un dolor de barriga y de espalda y se me fue la vista", FindingIds.AorticSigns)]
    [InlineData("es", "opening", "la perna dreta no la siento desde ayer", FindingIds.LimbSensationLoss)]
    [InlineData("es", "opening", "camino sin equilibrio desde el lunes", FindingIds.BalanceCoordination)]
    public void AFindingInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Theory]
    [InlineData("en", "opening", "summat went bang in me yed this morning", FindingIds.ThunderclapHeadache)]
    [InlineData("en", "opening", "a girder clocked me in the back at work", FindingIds.MajorTrauma)]
    [InlineData("en", "opening", "chest feels like a truck is parked on it", FindingIds.ChestPain)]
    [InlineData("en", "opening", "a tingly deadness in my seat since Tuesday", FindingIds.SaddleNumbness)]
    [InlineData("en", "opening", "I wobble about when I walk now", FindingIds.BalanceCoordination)]
    [InlineData("en", FindingIds.BladderBowel, "some post void dribbling lately", FindingIds.BladderBowel)]
    [InlineData("es", "opening", "tengo como corriente en la zona de las nalgas al sentarme", FindingIds.SaddleNumbness)]
    public void WhatMayBeTheFindingIsAskedAbout(string language, string context, string text, string findingId)
    {
        var status = CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId);
        Assert.NotEqual(FindingStatus.Unknown, status);
        Assert.NotEqual(FindingStatus.Absent, status);
    }

    [Theory]
    [InlineData("en", "opening", "my star sign is Cancer, which explains a lot, and my back aches", FindingIds.CancerHistory)]
    [InlineData("es", "opening", "soy del signo cáncer y me duele la espalda", FindingIds.CancerHistory)]
    [InlineData("en", FindingIds.BothLegs, "sorry, I meant both sides of my back, the legs are fine", FindingIds.BothLegs)]
    public void WhatIsNoRedFlagIsNotRead(string language, string context, string text, string findingId)
    {
        var status = CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId);
        Assert.NotEqual(FindingStatus.Present, status);
        Assert.NotEqual(FindingStatus.Hedged, status);
    }

    [Theory]
    [InlineData("es", FindingIds.BalanceCoordination, "camino bien, sin perder el equilibrio", FindingIds.BalanceCoordination)]
    [InlineData("en", FindingIds.BalanceCoordination, "coordination is fine", FindingIds.BalanceCoordination)]
    public void ADenialInTheseWordsIsRead(string language, string context, string text, string findingId)
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(findingId));
    }

    [Fact]
    public void CancerSaidBesideAStarSignIsStillRead()
    {
        Assert.Equal(FindingStatus.Present,
            CorpusScore.PlayAnswer("en", "opening", "I had breast cancer two years ago and my star sign is cancer too").StatusFromWords(FindingIds.CancerHistory));
    }

    /// <summary>
    /// A change said to the question about both legs, placed by the answer's own words on one side only, is asked again
    /// plainly rather than confirmed: never an emergency on a misread question, never cleared either.
    /// </summary>
    [Theory]
    [InlineData("en", "just my right leg, it's tingly")]
    [InlineData("en", "only the left one has the pins and needles")]
    [InlineData("es", "solo la derecha, me hormiguea")]
    [InlineData("es", "nomás una pierna, la tengo dormida")]
    public void AChangePlacedOnOneSideIsAskedAgainNotConfirmed(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayAnswer(language, FindingIds.BothLegs, text).StatusOf(FindingIds.BothLegs));
    }

    [Theory]
    [InlineData("en", "it's numb")]
    [InlineData("en", "only the left one at first, now both are numb")]
    [InlineData("es", "las dos, me hormiguean")]
    public void AChangeNotPlacedOrPlacedInBothLegsStillConfirmsIt(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, FindingIds.BothLegs, text).StatusOf(FindingIds.BothLegs));
    }
}
