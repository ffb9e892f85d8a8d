using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// Spanish recognition (clinical-content/es/vocabulary.yaml): every red flag present in words from Spain, Mexico, the
/// Caribbean and South America, plain, colloquial and crude; negated; hedged; with or without accents and in phone
/// spellings; and everyday sentences that must not trigger anything.
/// </summary>
public sealed class SpanishRecognitionTests
{
    public static TheoryData<string, string> Present => new()
    {
        { "bladder_bowel", "no puedo orinar desde ayer" },
        { "bladder_bowel", "me hice pis encima sin darme cuenta" },
        { "bladder_bowel", "se me escapa la orina cuando camino" },
        { "bladder_bowel", "no controlo la vejiga" },
        { "bladder_bowel", "me cagué encima y ni lo noté" },
        { "bladder_bowel", "voy al baño y no me sale nada" },
        { "bladder_bowel", "no siento las ganas de mear" },
        { "bladder_bowel", "el chorro sale muy debil desde que me duele la espalda" },
        { "bladder_bowel", "perdi el control del pis" },
        { "saddle_numbness", "tengo dormida la entrepierna" },
        { "saddle_numbness", "se me durmió el culo y los genitales" },
        { "saddle_numbness", "no siento el papel cuando me limpio" },
        { "saddle_numbness", "hormigueo alrededor del ano" },
        { "saddle_numbness", "siento raro ahi abajo, como acorchado" },
        { "saddle_numbness", "tengo adormecidas las nalgas" },
        { "sexual_dysfunction", "no se me para desde que me lastime la espalda" },
        { "sexual_dysfunction", "no siento nada durante las relaciones" },
        { "sexual_dysfunction", "tengo el pene dormido" },
        { "both_legs", "me duelen las dos piernas" },
        { "both_legs", "tengo hormigueo en ambas piernas" },
        { "both_legs", "se me duermen las piernas" },
        { "both_legs", "siento las piernas flojas, sin fuerza" },
        { "limb_sensation_loss", "no siento la pierna izquierda" },
        { "limb_sensation_loss", "perdí la sensibilidad en el brazo" },
        { "one_side_weakness", "tengo la cara caída de un lado" },
        { "one_side_weakness", "arrastro las palabras al hablar" },
        { "one_side_weakness", "se me durmió medio cuerpo" },
        { "balance_coordination", "pierdo el equilibrio todo el rato" },
        { "balance_coordination", "camino como borracho" },
        { "chest_pain", "me duele el pecho" },
        { "chest_pain", "me falta el aire" },
        { "chest_pain", "siento opresion en el pecho" },
        { "aortic_signs", "me desmayé hace un rato" },
        { "aortic_signs", "noto latir la barriga" },
        { "major_trauma", "me atropelló un coche" },
        { "major_trauma", "me caí del andamio en la obra" },
        { "major_trauma", "tuve un accidente de moto" },
        { "meningitis_signs", "tengo el cuello rígido y fiebre" },
        { "thunderclap_headache", "el peor dolor de cabeza de mi vida" },
        { "limb_weakness", "la pierna me falla al caminar" },
        { "limb_weakness", "arrastro el pie derecho" },
        { "fever", "tengo fiebre" },
        { "fever", "tengo 38,5 de fiebre" },
        { "fever", "el termometro marca 38,7" },
        { "fever", "tengo calentura y escalofrios" },
        { "cancer_history", "tuve cáncer de mama hace años" },
        { "weight_loss", "he bajado 8 kilos sin querer" },
        { "night_pain", "por la noche es mucho peor" },
        { "night_pain", "el dolor no me deja dormir" },
        { "immune_risk", "tomo prednisona" },
        { "pregnant", "estoy embarazada de 20 semanas" },
        { "not_improving", "llevo dos meses y no mejora" },
        { "cough_sneeze_worse", "cuando toso me duele muchisimo" },
        { "backache", "me duele la espalda" },
        { "backache", "tengo un dolor de riñones tremendo" },
        { "sciatica", "tengo ciática" },
        { "neck_stiffness", "tengo torticolis" },
    };

    public static TheoryData<string, string> Absent => new()
    {
        { "bladder_bowel", "orino bien, sin problemas" },
        { "fever", "no tengo fiebre" },
        { "fever", "sin fiebre" },
        { "chest_pain", "no me duele el pecho" },
        { "both_legs", "las piernas estan bien" },
        { "saddle_numbness", "nada de hormigueo en la entrepierna" },
        { "cancer_history", "nunca he tenido cancer" },
        { "fever", "tampoco tengo fiebre" },
        { "fever", "tengo 36,8, no tengo fiebre" },
    };

    public static TheoryData<string, string> Hedged => new()
    {
        { "saddle_numbness", "creo que tengo algo dormida la entrepierna" },
        { "bladder_bowel", "no sé, a lo mejor se me escapa un poco la orina" },
        { "fever", "quizás tenga fiebre" },
        { "both_legs", "no estoy segura, puede que se me duerman las piernas" },
        { "cancer_history", "mi madre tuvo cancer" },
    };

    public static TheoryData<string, string> NotAnything => new()
    {
        { "chest_pain", "me duele la espalda desde ayer" },
        { "bladder_bowel", "no puedo dormir bien por el dolor" },
        { "major_trauma", "me siento como si me hubiera atropellado un camion" },
        { "fever", "hace 40 grados afuera y trabajo al sol" },
        { "bladder_bowel", "casi me meo de la risa" },
        { "limb_sensation_loss", "estoy muerta de cansancio" },
        { "saddle_numbness", "me duele el culo de estar sentado" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void ARedFlagSaidInSpanishIsPresent(string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Absent))]
    public void ASpanishDenialIsAbsent(string findingId, string text) =>
        Assert.Equal(FindingStatus.Absent, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Hedged))]
    public void ASpanishHedgeOrAnotherPersonIsAskedAgain(string findingId, string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(NotAnything))]
    public void AnEverydaySpanishSentenceDoesNotSayTheFinding(string findingId, string text) =>
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [InlineData("no puedo orinar", "no puedo orinar")]
    [InlineData("no puedo orinar", "NO PUEDO ORINAR")]
    [InlineData("se me escapa la orina", "se me escapa la órina")]
    [InlineData("no siento el papel cuando me limpio", "no siento el papel cuando me limpío")]
    [InlineData("tengo dormida la entrepierna tambien", "tngo dormida la entrepierna tb")]
    [InlineData("no se por que pero no puedo orinar", "nose xq pero no puedo orinar")]
    public void AccentsAndPhoneSpellingsReadTheSame(string plain, string typed)
    {
        using var spanish = ClinicalContent.UseLanguage("es");

        Assert.Equal(SymptomRecognizer.Recognize(plain), SymptomRecognizer.Recognize(typed));
    }

    [Fact]
    public void TheSameSentenceIsNotReadInEnglishWords()
    {
        // The conversation's language decides which vocabulary reads a message.
        Assert.Equal(FindingStatus.Unknown, RecognizerAssert.StatusOf("no puedo orinar", "bladder_bowel"));
        Assert.Equal(FindingStatus.Present, StatusOf("no puedo orinar", "bladder_bowel"));
    }

    private static FindingStatus StatusOf(string text, string findingId)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        return RecognizerAssert.StatusOf(text, findingId);
    }
}
