using BackSpasmBot.Clinical;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 55 (docs/recognition.md), from the misses of two blind corpora (en-63, es-53), in the team's own sentences.
/// Found out afterwards is no denial ("didn't know I'd wet myself until…", "didn't know I had cancer till the scan");
/// "ya no aguanto" is the sign, not its negation; a night not slept for the pain ("ni dormí del dolor"); the face going numb on one side; "both
/// mi leg". Not red flags any more: shooting game, the baby weight lost, a reading on the deck in the heat.
/// </summary>
public sealed class Round55KindsTests
{
    [Theory]
    [InlineData("en", "opening", "didn't know I'd wet myself until I got up off the bus", Disposition.Emergency)]
    [InlineData("en", "opening", "sore back, and I didn't know I had cancer till they did the scan last year", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la cintura, ya no aguanto la pipi se me sale sola", Disposition.Emergency)]
    [InlineData("es", "opening", "esta noche ni dormí del dolor", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y se me duerme la boca del lado izquierdo", Disposition.Emergency)]
    [InlineData("en", "opening", "back's bad and both mi leg numb since this morning", Disposition.Emergency)]
    [InlineData("en", "opening", "shot a deer on Saturday and dragged it back to the truck, back's been sore since", null)]
    [InlineData("en", "weight_loss", "lost the baby weight, that's all, eating fine", null)]
    [InlineData("en", "fever", "nope, it was 104 on the deck today", null)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));
}
