using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The kinds of wording blind Spanish corpus 5 missed or over-triaged once it had been scored untouched
/// (docs/recognition.md, "Spanish corpus 5"), in the team's own sentences: each kind is recognised (or asked about
/// plainly), and its look-alikes stay quiet.
/// </summary>
public sealed class SpanishFifthCorpusKindsTests
{
    public static TheoryData<string, string> Present => new()
    {
        // An accident not noticed; straining to pee; a thin trickle; hours without peeing ("llevo * sin").
        { "bladder_bowel", "anoche me hice caca sin darme cuenta" },
        { "bladder_bowel", "se me salió el pis sin notarlo en el sofá" },
        { "bladder_bowel", "tengo que pujar para mear y casi no sale" },
        { "bladder_bowel", "al orinar solo sale un hilito" },
        { "bladder_bowel", "llevo todo el día sin poder orinar" },
        // A face that droops now; the same side named after both limbs; speech in the past.
        { "one_side_weakness", "se me cae la boca por el lado izquierdo" },
        { "one_side_weakness", "tengo la pierna y el brazo del lado izquierdo dormidos" },
        { "one_side_weakness", "ayer no podía hablar bien, me costaba decir las palabras" },
        // Something heavy falling on someone.
        { "major_trauma", "me cayó un tronco en la pierna cortando leña" },
        // Diminutives of rash words.
        { "meningitis_signs", "le salieron ronchitas moraditas en la barriga y tiene fiebre" },
        // Legs that give way, in any word for the legs.
        { "limb_weakness", "las patitas se me doblan cuando camino" },
        { "limb_weakness", "las canillas sin fuerza y me cuesta subir" },
        // Rest pain in every position.
        { "night_pain", "el dolor no se me va ni sentada ni boca abajo" },
        // Weight going down to a number.
        { "weight_loss", "pesaba 70 kilos y ahora bajé a 60 sin hacer nada" },
        // Bending to pick something up is a lift: with osteoporosis, a fragility injury.
        { "fragility_injury", "me agaché a recoger al niño y tengo osteoporosis" },
        // The article between the loss and the sense; the past of another person.
        { "limb_sensation_loss", "perdió la sensibilidad en el brazo derecho" },
        { "limb_sensation_loss", "he perdido el tacto en los dedos del pie" },
        // Pulsing in the gerund.
        { "aortic_signs", "noto la barriga latiendo y me duele la espalda" },
        // Pain that floors you, with a sudden start.
        { "sudden_severe", "de golpe me dejó doblado del dolor en la espalda" },
        // Injecting, in the progressive.
        { "immune_risk", "me estoy inyectando y tengo fiebre" },
        // GP tier: "estoy de 12 semanas"; the verb first; clinical register for the arm.
        { "pregnant", "estoy de 12 semanas y me duele la espalda" },
        { "arm_numbness", "se me entumen las manos de vez en cuando" },
        { "arm_numbness", "parestesias en extremidad superior izquierda" },
    };

    /// <summary>Said in a way that may be someone else's or may be explained: asked plainly, never taken as said.</summary>
    public static TheoryData<string, string> Asked => new()
    {
        { "bladder_bowel", "me fui de diarrea sin enterarme" },
        { "balance_coordination", "anda como pato desde el lunes" },
        { "balance_coordination", "mi mamá se va de lado cuando camina" },
        { "weight_loss", "estoy en los huesos y no como" },
        { "weight_loss", "ella está chupada de la cara desde hace un mes" },
        { "sexual_dysfunction", "mi pareja no tiene erección desde el golpe en la espalda" },
        { "limb_weakness", "con la pierna mala, se me dobla al subir" },
        { "sudden_severe", "la debilidad avanza rapidísimo" },
        { "fever", "un poco de fiebrita, no sé" },
    };

    /// <summary>Look-alikes of the kinds above: none is a red flag.</summary>
    public static TheoryData<string, string> Quiet => new()
    {
        { "bladder_bowel", "hago fuerza para hacer caca y me duele la espalda" },
        { "one_side_weakness", "se me cae la cara de vergüenza, pero me duele la espalda" },
        { "sudden_severe", "un tirón de repente y no me puedo mover del dolor" },
        { "pregnant", "estoy de baja dos semanas por la espalda" },
        { "cancer_history", "esta empresa es un cancer, me tiene la espalda destrozada" },
        { "chest_pain", "la aspirina me da ahogo" },
        { "sexual_dysfunction", "tengo disfunción eréctil desde hace años, no es nuevo" },
        { "balance_coordination", "soy bien torpe de toda la vida y me duele la espalda" },
        { "major_trauma", "hace muchos años tuve un accidente de moto y ahora me duele la espalda" },
        { "chest_pain", "hace 30 años tuve un infarto, ahora me duele la espalda" },
        { "fever", "tuve calentura el lunes pero ya se me pasó" },
        { "fever", "la temperatura de la sala es de 39 grados y me duele la espalda" },
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
        Assert.Null(TriageRules.RedFlagDecision(Played(text)));
    }

    /// <summary>A first episode said of someone else ("nunca tuvo", "nunca le había"), as "nunca tuve" already was.</summary>
    [Theory]
    [InlineData("mi hija nunca tuvo nada en la espalda y hoy le duele mucho")]
    [InlineData("a mi abuelo nunca le había pasado, ahora le duele la cintura")]
    [InlineData("mi marido nunca ha tenido dolor de espalda y ahora no se puede mover")]
    public void AFirstEpisodeInTheThirdPersonIsRead(string text) =>
        Assert.True(Played(text).FirstEpisode);

    private static FindingStatus StatusOf(string text, string findingId) => Played(text).StatusOf(findingId);

    private static SymptomReport Played(string text)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }
}
