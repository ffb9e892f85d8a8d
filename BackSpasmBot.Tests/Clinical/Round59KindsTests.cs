using BackSpasmBot.Clinical;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 59 (docs/recognition.md), from the misses of four blind corpora (en-67, es-57, en-68, es-58), in the team's own
/// sentences. Nigerian Pidgin: a bus that hit the person's motorbike ("jam my okada"), "the piss no gree come out", "no
/// fit feel my yansh", "e no dey finish" (asked), "my two leg dey weak"; a wave that slammed the person onto a reef; a
/// four-wheeler that flipped; "I still shooting up"; Kriol "lose plenty pound"; pulling or dragging a weight at 70 or
/// over; the age said first ("78 I am"). Spanish: "nunca con esta flojera" (new, not denied), wetting oneself told in the
/// pluperfect, not knowing one needed to go until too late, night pain as "no hay forma de que ceda". And the over-readings
/// of the same corpora: Trinidadian "doh" (don't) and "jus" (just), a chest that ibuprofen tightens (asthma, a medicine
/// caution), "fiebre no tengo, eh", "nada dormido ahí abajo".
/// </summary>
public sealed class Round59KindsTests
{
    [Theory]
    [InlineData("en", "opening", "na bus jam my keke for express road this morning, now my back dey pain me", Disposition.Emergency)]
    [InlineData("en", "opening", "a big wave slam me onto the reef yesterday and my back is wrecked", Disposition.Emergency)]
    [InlineData("en", "onset", "Saturday, when the four wheeler flipped over on me in the creek", Disposition.Emergency)]
    [InlineData("en", "opening", "my back dey pain and I wan piss but the piss no gree come out", Disposition.Emergency)]
    [InlineData("en", "opening", "since morning I no fit feel my yansh when I siddon", Disposition.Emergency)]
    [InlineData("en", "opening", "my two leg dey weak since yesterday and my back dey pain", Disposition.Emergency)]
    [InlineData("en", "age", "29. and honestly I still shooting up, thought you should know", Disposition.Urgent)]
    [InlineData("en", "opening", "back bad, an me lose plenty pound an me noh try", Disposition.Urgent)]
    [InlineData("en", "opening", "I'm 76, did my back in dragging a calf out of the shed", Disposition.Urgent)]
    [InlineData("en", "opening", "78 I am, hurt my back lifting the shopping", Disposition.Urgent)]
    [InlineData("en", "opening", "the pain keeps shooting up my back from my hip", null)]
    [InlineData("es", "opening", "anoche me había meado encima sin darme cuenta y me duele la espalda", Disposition.Emergency)]
    [InlineData("es", "opening", "no me enteré de que tenía que hacer caca hasta que ya era tarde", Disposition.Emergency)]
    [InlineData("es", "opening", "me duele la espalda y a la noche no hay manera de pegar ojo", Disposition.Urgent)]
    [InlineData("es", "opening", "me duele la espalda y acostada me duele igual", Disposition.Urgent)]
    [InlineData("es", "first_episode", "sí, otras veces, pero nunca con esta flojera en la pierna que se me dobla", Disposition.Urgent)]
    public void TheDispositionIsTheSignsSaid(string language, string context, string text, Disposition? expected) =>
        Assert.Equal(expected, RecognizerAssert.DispositionAfter(language, context, text));

    /// <summary>Not emptying, said in Pidgin, is asked plainly.</summary>
    [Theory]
    [InlineData("en", "bladder_bowel", "when I dey piss e be like say e no dey finish", "bladder_bowel")]
    public void NotEmptyingIsAskedPlainly(string language, string context, string text, string findingId) =>
        RecognizerAssert.AssertAskedPlainly(language, context, text, findingId);

    /// <summary>Denials and a medicine caution that were read as red flags (an emergency or urgent referral for a no).</summary>
    [Theory]
    [InlineData("en", "both_legs", "jus de left one, an more a tinglin than pain")]
    [InlineData("en", "fever", "I doh have fever, de room jus hot")]
    [InlineData("en", "nsaid_caution", "I have asthma, and aspirin makes my chest tight")]
    [InlineData("es", "opening", "me duele la espalda desde el lunes. Fiebre no tengo eh")]
    [InlineData("es", "saddle_numbness", "no, nada adormecido ahí abajo")]
    public void NotARedFlag(string language, string context, string text) =>
        Assert.Null(RecognizerAssert.DispositionAfter(language, context, text));
}
