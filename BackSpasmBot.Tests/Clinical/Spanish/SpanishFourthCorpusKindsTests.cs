using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The kinds of wording blind Spanish corpus 4 missed once it had been scored untouched (docs/recognition.md), in the
/// team's own sentences; an answer that declines to answer, in both languages, which is never a no; and a Spanish "no"
/// that negates the verb after it ("no me puedo mantener de pie"), which is not the answer no.
/// </summary>
public sealed class SpanishFourthCorpusKindsTests
{
    public static TheoryData<string, string> Present => new()
    {
        // Clinical register: lower limbs, paraesthesia, bilateral.
        { "both_legs", "parestesias en ambos miembros inferiores desde ayer" },
        // Half of the body, that side, a limb that does not respond.
        { "one_side_weakness", "se me durmió la mitad derecha del cuerpo" },
        { "one_side_weakness", "la mano izquierda no me responde y la cara también" },
        // A dive onto the bottom; a car into a post.
        { "major_trauma", "mi hijo se tiró de cabeza al río y dio con el fondo" },
        { "major_trauma", "choqué con el coche contra un muro esta mañana" },
        // Not feeling the toilet seat; not feeling hot water on a leg (self-tests of feeling).
        { "saddle_numbness", "al sentarme no sentí la taza del váter" },
        { "limb_sensation_loss", "no noto el agua fría en el pie izquierdo" },
        // Hands that do not coordinate; a face that dropped; nearly fainting with belly and back pain; a lash of pain.
        { "balance_coordination", "no atino a meter la llave, no me coordinan los dedos" },
        { "one_side_weakness", "a mi abuela se le cayó la boca de repente" },
        { "aortic_signs", "dolor de barriga y espalda tremendo y casi me voy al piso" },
        { "sudden_severe", "fue un latigazo en la cintura, un dolor insoportable" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void AWordOfItsKindIsRecognisedOrAsked(string findingId, string text) =>
        Assert.NotEqual(FindingStatus.Unknown, StatusOf(text, findingId));

    [Fact]
    public void ThinBonesSaidAsADiminutiveMakeAFallAFragilityInjury() =>
        Assert.Equal(FindingStatus.Present, StatusOf("resbalé en la ducha y me caí sentada, tengo los huesos finitos", "fragility_injury"));

    [Theory]
    [InlineData("es", "no quiero contestar eso")]
    [InlineData("es", "prefiero no decirlo")]
    [InlineData("en", "I'd rather not say")]
    [InlineData("en", "none of your business")]
    public void DecliningToAnswerIsNotANo(string language, string text)
    {
        using var inLanguage = ClinicalContent.UseLanguage(language);
        Assert.Equal(YesNo.Unsure, AnswerParser.ParseYesNo(text));
    }

    [Theory]
    [InlineData("no me puedo mantener de pie sin apoyarme", YesNo.Unrecognized)]
    [InlineData("no logro mover bien la pierna derecha", YesNo.Unrecognized)]
    [InlineData("no", YesNo.No)]
    [InlineData("no, nada de eso", YesNo.No)]
    [InlineData("no tengo nada de eso", YesNo.No)]
    [InlineData("no señor", YesNo.No)]
    public void ABareNoBeforeAVerbNegatesTheVerbAndIsNotTheAnswerNo(string text, YesNo expected)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        Assert.Equal(expected, AnswerParser.ParseYesNo(text));
    }

    [Fact]
    public void InEnglishANoBeforeMoreWordsIsStillANo()
    {
        using var english = ClinicalContent.UseLanguage("en");
        Assert.Equal(YesNo.No, AnswerParser.ParseYesNo("no I haven't noticed anything like that"));
    }

    private static FindingStatus StatusOf(string text, string findingId)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var report = new SymptomReport();
        TriageRules.RecordMessage(report, text);
        return report.StatusOf(findingId);
    }
}
