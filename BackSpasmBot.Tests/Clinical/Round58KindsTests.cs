using BackSpasmBot.Clinical;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 58 (docs/recognition.md), from the misses of two blind corpora (en-66, es-56), in the team's own sentences.
/// West African Pidgin "nor" (not) before "able" and "feel", "pis", "nothing dae come"; not feeling the stool come out on
/// the toilet; Trinidadian "mihself"; "pred" for prednisolone; Irish "dunt" (a knock) at 70 or over; found on the floor
/// with who found them in between, in both languages. The long-story half of the round (a sentence scored on its own) is
/// in <see cref="HintRulesTests"/>.
/// </summary>
public sealed class Round58KindsTests
{
    [Theory]
    [InlineData("en", "opening", "since two days ah nor able pis at all, me bele tight", Disposition.Emergency)]
    [InlineData("en", "bladder_bowel", "ah try fo pis an nothing dae come", Disposition.Emergency)]
    [InlineData("en", "opening", "my back is bad and when I do my business I nor dae feel am come out", Disposition.Emergency)]
    [InlineData("en", "opening", "back spasm all week an this morning I soil mihself without knowing", Disposition.Emergency)]
    [InlineData("en", "pregnant", "no, but I've been on long term pred for my lungs", Disposition.Urgent)]
    [InlineData("en", "opening", "I'm 81 and the cow gave me a dunt against the gate, the back is sore since", Disposition.Urgent)]
    [InlineData("en", "opening", "I'm 86, the neighbour found me this morning on the kitchen floor, now my back hurts", Disposition.Urgent)]
    [InlineData("es", "opening", "tengo 85 años, me encontró mi tío esta mañana en el suelo del baño y me duele la espalda", Disposition.Urgent)]
    [InlineData("en", "opening", "I'm 90 and my back is sore, I don't do much, please don't fuss", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    /// <summary>Found on the floor by someone, told of another person: asked plainly, as every sign told of someone else is.</summary>
    [Theory]
    [InlineData("en", "opening", "Mam is 86, the neighbour found her this morning on the kitchen floor, now her back hurts")]
    [InlineData("es", "opening", "mi abuela tiene 85 años, la encontró mi tío esta mañana en el suelo del baño y le duele la espalda")]
    public void FoundOnTheFloorIsAskedPlainlyOfSomeoneElse(string language, string context, string text) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, "fragility_injury");
}
