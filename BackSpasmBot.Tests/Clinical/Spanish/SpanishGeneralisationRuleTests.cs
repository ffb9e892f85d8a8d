using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The Spanish rules added from the kinds of words the second blind Spanish corpus used (docs/recognition.md, "Spanish
/// round"), in the team's own sentences: forms of a word the lists lacked work with every phrase that uses the list,
/// the safety net asks plainly where English does, and everyday sentences with the same words stay quiet.
/// </summary>
public sealed class SpanishGeneralisationRuleTests
{
    public static TheoryData<string, string> Present => new()
    {
        // Not feeling, in the past or said of someone else, with the "ni" that follows it.
        { "saddle_numbness", "ayer no sentí nada en el culo al sentarme" },
        { "both_legs", "no siente las piernas desde la caída" },
        { "both_legs", "no siento los brazos ni las piernas" },
        // The chest as a list, with its phone spelling and the gerund.
        { "chest_pain", "me está doliendo el pexo" },
        // Sexual function lost, said with a no that belongs to the phrase.
        { "sexual_dysfunction", "ya no tengo erecciones" },
        { "sexual_dysfunction", "ya no eyaculo como antes" },
        // A face twisted; arm and leg on the same side; coordination as a verb; more regional words.
        { "one_side_weakness", "se me torció la boca" },
        { "one_side_weakness", "no tengo fuerza en el brazo ni en la pierna del mismo lado" },
        { "balance_coordination", "no coordino los pies" },
        { "both_legs", "tengo las piernas aguadas, como fideos" },
        { "saddle_numbness", "se me duermen las pompis" },
        // Fainting spelt with ll; a crash from behind said with "nos"; a beating.
        { "aortic_signs", "siento que me voy a desmallar" },
        { "major_trauma", "nos chocó un camión por detrás" },
        { "major_trauma", "me dieron una golpiza a la salida del bar" },
        // An age of 70 or more and a fall in one message.
        { "fragility_injury", "tengo 78 años y me caí de la cama" },
        { "night_pain", "no se me quita ni acostada" },
        { "cough_sneeze_worse", "con cada estornudo veo las estrellas" },
    };

    public static TheoryData<string, string> AskedPlainly => new()
    {
        // Said of someone else: asked about, since the person may be writing for them.
        { "bladder_bowel", "mi papá se hizo encima anoche" },
        { "fragility_injury", "mi abuela de 85 se cayó en el baño" },
        // The safety net, as in English: a change it cannot place, asked once plainly.
        { "chest_pain", "me vino de golpe algo en el pecho" },
        { "one_side_weakness", "tengo la cara rara" },
        { "bladder_bowel", "tengo los calzones húmedos" },
        { "bladder_bowel", "orino raro" },
        { "major_trauma", "me empujaron en la calle" },
        // Little water while vomiting may be dehydration or retention, which words cannot tell apart: asked, as in English.
        { "bladder_bowel", "estuve vomitando y casi no orino" },
        { "weight_loss", "estoy más flaca" },
        { "limb_weakness", "ando con el brazo colgando" },
        // A head with a sudden start or severe pain anywhere in the message, even across a sentence or after "nunca … así".
        { "thunderclap_headache", "fue de golpe. me duele la nuca" },
        { "thunderclap_headache", "nunca me había dolido así la cabeza, fue de repente" },
        { "thunderclap_headache", "no es un dolor de cabeza normal, es insoportable" },
        // Numbness of the saddle that names the genitals: sexual feeling is asked about too.
        { "sexual_dysfunction", "tengo acorchado todo desde el ano hasta la vagina" },
    };

    public static TheoryData<string, string> Quiet => new()
    {
        { "one_side_weakness", "ya me había pasado antes" },
        { "major_trauma", "me rompí la cabeza pensando" },
        { "fragility_injury", "peso 80 kilos y me resbalé en la cocina" },
        { "saddle_numbness", "Sí, parestesias en el miembro superior derecho" },
        { "chest_pain", "se me partió el corazón al verla llorar" },
        { "sexual_dysfunction", "no tengo problemas de erección" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void ANewWordForAKnownPartOrChangeIsRecognised(string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(AskedPlainly))]
    public void WhatTheBotCannotSettleIsAskedPlainlyNeverDropped(string findingId, string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Quiet))]
    public void AnEverydaySentenceWithTheSameWordsNeitherSaysNorAsksIt(string findingId, string text) =>
        Assert.DoesNotContain(StatusOf(text, findingId), new[] { FindingStatus.Present, FindingStatus.Hedged });

    private static FindingStatus StatusOf(string text, string findingId)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        return RecognizerAssert.StatusOf(text, findingId);
    }
}
