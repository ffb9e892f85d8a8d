using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// The kinds of wording blind Spanish corpora 9 and 10 missed once they had been scored untouched (docs/recognition.md,
/// "Spanish corpora 9 and 10"), in the team's own sentences: each kind is recognised (or asked about plainly), and its
/// look-alikes stay quiet. The two mechanics the round added (a phrase's own negation after "y" or a comma; a correction
/// that ends unsure) are tested in Spanish and English.
/// </summary>
public sealed class SpanishCorpus9And10KindsTests
{
    public static TheoryData<string, string> Present => new()
    {
        // Third person and the tongue first; a numb arm and leg with the verb before them.
        { "one_side_weakness", "desde la comida la lengua se me traba" },
        { "one_side_weakness", "se me adormeció la mano y el pie derecho hace un rato" },
        // Sideways said "de costado".
        { "balance_coordination", "cuando ando me voy de costado y tengo que agarrarme" },
        // Both legs named by their sides; a foot that hangs on both sides.
        { "both_legs", "no noto la pierna izquierda ni la derecha desde el mediodía" },
        { "both_legs", "no siento ni la rodilla izquierda ni la derecha" },
        { "both_legs", "los pies me cuelgan de los dos lados al caminar" },
        // A limb's feeling that "went"; one limb named, then another after "ni".
        { "limb_sensation_loss", "se me fue la sensibilidad de la mano izquierda esta mañana" },
        { "limb_sensation_loss", "no siento la canilla ni el tobillo del lado malo" },
        { "limb_sensation_loss", "tengo el pie como de palo desde ayer" },
        // A diaper, and control lost after the pee is named.
        { "bladder_bowel", "desde el martes me hago en el pañal" },
        { "bladder_bowel", "me duele al orinar y tampoco controlo la orina" },
        { "bladder_bowel", "no pudo hacer pis en toda la mañana" },
        { "bladder_bowel", "tampoco siento cuando voy a orinar" },
        // Less feeling during sex; the organ that "died"; "cuando hago el amor".
        { "sexual_dysfunction", "noto menos sensibilidad al hacer el amor con mi mujer" },
        { "sexual_dysfunction", "se me murió el amiguito de abajo con esto de la ciática" },
        { "sexual_dysfunction", "ya no siento nada cuando hago el amor" },
        // Falls from a tree, a mule, a moving bus; a vehicle off the road or wrecked; Spain's "hostión".
        { "major_trauma", "me caí de la palmera cortando cocos" },
        { "major_trauma", "me caí de la mula en el cerro" },
        { "major_trauma", "salí de la camioneta en marcha y caí de espalda" },
        { "major_trauma", "la camioneta donde íbamos se salió de la carretera" },
        { "major_trauma", "el auto quedó destrozado después del choque" },
        { "major_trauma", "me di un leñazo con la bici contra un bordillo" },
        // Clinical register: pain radiating to the jaw.
        { "chest_pain", "tengo un dolor que se irradia a la mandíbula" },
        // Knife similes and pain that floors, with a sudden start.
        { "sudden_severe", "de golpe un dolor como un cuchillo en la cintura" },
        { "sudden_severe", "me vino de repente y me dejó en el suelo" },
        // Night pain said as no posture that helps, lying worse, worse at night further on.
        { "night_pain", "no hay postura que me alivie, ni sentado ni de pie" },
        { "night_pain", "en la noche el dolor de la cintura es peor" },
        // Weight: kilos fewer, lost "harto".
        { "weight_loss", "tengo cinco kilos menos desde el verano" },
        { "weight_loss", "he bajado harto en estos meses" },
        // A weakening limb.
        { "limb_weakness", "la pierna derecha se me está poniendo floja" },
        // Prednisone taken by mouth and a fall.
        { "fragility_injury", "tomo prednisona hace meses y me caí en el baño" },
    };

    /// <summary>Said in a way that may be someone else's, or unsure: asked plainly, never taken as said.</summary>
    public static TheoryData<string, string> Asked => new()
    {
        { "bladder_bowel", "mi suegra ya no avisa para ir al baño" },
        { "one_side_weakness", "a mi abuelo se le enreda la lengua desde la comida" },
        { "bladder_bowel", "últimamente no controlo bien" },
        { "both_legs", "no es solo de un lado, me baja por las dos" },
        { "balance_coordination", "me mareé y casi me caigo en la calle" },
        { "weight_loss", "la ropa me baila" },
        { "weight_loss", "me dicen que estoy muy flaco" },
        { "sexual_dysfunction", "tengo problemas de hombre desde hace una semana" },
        { "meningitis_signs", "me salieron manchas en la barriga y tengo fiebre" },
        { "fever", "no me he puesto el termómetro pero me siento rara" },
        { "night_pain", "el dolor no se quita con nada, ni por la noche" },
        { "cancer_history", "me encontraron un nódulo en el pulmón, esperan la biopsia" },
        { "cancer_history", "me operaron de un bulto pero no me acuerdo si era cáncer" },
        { "meningitis_signs", "me duele la nuca desde anoche y tengo fiebre" },
        { "immune_risk", "el pis me arde y huele mal desde el lunes" },
        // A denial once said, then corrected: what is corrected is the no.
        { "bladder_bowel", "le puse que no tenía problemas para orinar pero ahora veo que sí" },
    };

    /// <summary>Look-alikes of the kinds above: none is a red flag.</summary>
    public static TheoryData<string, string> Quiet => new()
    {
        { "neck_stiffness", "me duele la nuca de estar en el ordenador" },
        { "chest_pain", "el dolor me sube al hombro izquierdo, pero nada en el pecho" },
        { "bladder_bowel", "orino bien, como siempre" },
        { "major_trauma", "me caí de la silla pero fue nada" },
        { "weight_loss", "bajé cinco kilos pero a propósito, con dieta" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void AWordOfItsKindIsRecognised(string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Asked))]
    public void AWordOfItsKindIsAskedAboutPlainly(string findingId, string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, findingId));

    [Theory]
    [MemberData(nameof(Quiet))]
    public void ALookAlikeIsNoRedFlag(string findingId, string text)
    {
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, findingId));
        Assert.Null(TriageRules.RedFlagDecision(Played("es", text)));
    }

    /// <summary>
    /// A phrase that says the finding with its own "no", straight after "y" or a comma, is a clause of its own: the "no"
    /// before it denies something else ("no siento nada y no se me para" is no erection). Another person before it still counts.
    /// </summary>
    [Theory]
    [InlineData("es", "no tengo fiebre y no se me para desde el lunes", "sexual_dysfunction", FindingStatus.Present)]
    [InlineData("es", "abajo no noto casi nada, y no puedo orinar", "bladder_bowel", FindingStatus.Present)]
    [InlineData("es", "mi prima tiene esclerosis y no siente las piernas", "both_legs", FindingStatus.Hedged)]
    [InlineData("es", "no tengo fiebre ni nada", "fever", FindingStatus.Absent)]
    [InlineData("en", "no fever and no feeling in both legs", "both_legs", FindingStatus.Present)]
    public void AnOwnNegationAfterAndIsNotReachedByAnEarlierOne(string language, string text, string findingId, FindingStatus expected) =>
        Assert.Equal(expected, Played(language, text).StatusOf(findingId));

    /// <summary>A correction that ends unsure ("…, ahora no sabría decir") is asked plainly; a plain one still makes it absent.</summary>
    [Theory]
    [InlineData("pensé que arrastraba las palabras pero estaba cansado, no sabría decir", FindingStatus.Hedged)]
    [InlineData("pensé que arrastraba las palabras pero era el sueño", FindingStatus.Absent)]
    [InlineData("creí que hablaba raro pero comí algo y se me pasó", FindingStatus.Absent)]
    public void ACorrectionThatEndsUnsureIsAsked(string text, FindingStatus expected) =>
        Assert.Equal(expected, StatusOf(text, "one_side_weakness"));

    /// <summary>Blind case F77's answer: numb "allá abajo" and no erection, both caught, to either question.</summary>
    [Theory]
    [InlineData("sexual_dysfunction")]
    [InlineData("saddle_numbness")]
    public void NumbBelowAndNoErectionAreBothCaught(string askedFinding)
    {
        var report = Answered(askedFinding, "ok sí... desde ayer allá abajo no siento casi nada y no se me para, y eso nunca me había pasado");

        Assert.Equal(FindingStatus.Present, report.StatusOf("sexual_dysfunction"));
        Assert.Equal(FindingStatus.Present, report.StatusOf("saddle_numbness"));
    }

    [Theory]
    [InlineData("no se m para dsd lo d la espalda", "sexual_dysfunction")]
    [InlineData("me kai d la moto y m duele la columna", "major_trauma")]
    [InlineData("dolor d espalda peor d noxe", "night_pain")]
    public void PhoneSpellingsAreRead(string text, string findingId) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, findingId));

    private static FindingStatus StatusOf(string text, string findingId) => Played("es", text).StatusOf(findingId);

    private static SymptomReport Played(string language, string text)
    {
        using var inLanguage = ClinicalContent.UseLanguage(language);
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }

    private static SymptomReport Answered(string findingId, string text)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        var question = TriageRules.Questions.First(q => q.Asks.Contains(findingId));
        TriageRules.ApplyAnswer(session.Report, question, text);
        return session.Report;
    }
}
