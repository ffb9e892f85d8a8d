using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The kinds of wording blind corpora 15 and es-6 and the third blind patient cases missed once they had been scored
/// untouched (docs/recognition.md, "Round 14"), each on wording of the team's own.
/// </summary>
public class Corpus15KindsTests
{
    public static TheoryData<string, string> Reported => new()
    {
        { "balance_coordination", "ever since the spasm I can't seem to keep my balance on the stairs" },
        { "chest_pain", "there's a pressure behind my breastbone when I climb the hill" },
        { "major_trauma", "two lads jumped me outside the pub and kicked me in the back" },
        { "meningitis_signs", "she has spots that don't go away under a glass and her neck is stiff" },
        { "night_pain", "he's up all night with the pain now" },
        { "bladder_bowel", "is it normal to not be able to wee with a bad back" },
        { "bladder_bowel", "I've been peeing on myself without knowing" },
        { "bladder_bowel", "I lost my water in bed last night" },
        { "bladder_bowel", "had no wee since breakfast" },
        { "both_legs", "I no fit feel my two legs since morning" },
        { "fever", "I've had a temperature since Sunday" },
        // Told by someone else: asked plainly rather than lost to the "but" after it.
        { "one_side_weakness", "my son said my words came out slurred, but I feel alright" },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public void AWordOfItsKindIsRecognisedOrAsked(string findingId, string text) =>
        Assert.NotEqual(FindingStatus.Unknown, StatusOf(text, findingId));

    [Theory]
    [InlineData("my legs are killing me from the marathon yesterday", "both_legs")]
    [InlineData("my jeans keep falling down, I've lost so much weight", "balance_coordination")]
    [InlineData("can I take aspirin for it?", "nsaid_caution")]
    public void ALookAlikeIsNotTheFinding(string text, string findingId) =>
        Assert.Equal(FindingStatus.Unknown, StatusOf(text, findingId));

    [Theory]
    [InlineData("el chorro me sale flojito desde ayer", "bladder_bowel")]
    [InlineData("mi padre se hizo caca encima sin enterarse", "bladder_bowel")]
    [InlineData("me costó muchísimo empezar a orinar esta mañana", "bladder_bowel")]
    [InlineData("no puede sonreír de un lado desde la comida", "one_side_weakness")]
    [InlineData("siento que me aprieta el pecho", "chest_pain")]
    [InlineData("me dolió la guata hasta la espalda y sentí que me iba", "aortic_signs")]
    [InlineData("precipitación desde tres metros en la obra", "major_trauma")]
    [InlineData("me atropelló una moto al cruzar", "major_trauma")]
    [InlineData("tengo la pierna derecha que no la levanto", "limb_weakness")]
    [InlineData("me duele más acostado que de pie", "night_pain")]
    [InlineData("no siento nada de la rodilla para abajo", "limb_sensation_loss")]
    public void InSpanish(string text, string findingId)
    {
        using var spanish = ClinicalContent.UseLanguage("es");

        Assert.NotEqual(FindingStatus.Unknown, StatusOf(text, findingId));
    }

    [Theory]
    [InlineData("me noto calentita", FindingStatus.Hedged)]
    [InlineData("¿le puedo dar aspirina a mi hija?", FindingStatus.Unknown)]
    public void InSpanishALookAlikeIsOnlyAskedOrNothing(string text, FindingStatus expected)
    {
        using var spanish = ClinicalContent.UseLanguage("es");

        Assert.Equal(expected, text.Contains("aspirina") ? StatusOf(text, "nsaid_caution") : StatusOf(text, "fever"));
    }
}
