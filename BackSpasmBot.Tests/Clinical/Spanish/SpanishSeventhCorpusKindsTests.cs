using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The kinds of wording blind Spanish corpus 7 missed or over-triaged once it had been scored untouched
/// (docs/recognition.md, "Spanish corpus 7"), in the team's own sentences: each kind is recognised (or asked about
/// plainly), and its look-alikes stay quiet. The mechanics the round changed (temperatures in words, a half that is no
/// hedge, "ni" before a word, a yes taken back) are tested here in Spanish and, where shared, in English.
/// </summary>
public sealed class SpanishSeventhCorpusKindsTests
{
    public static TheoryData<string, string> Present => new()
    {
        // Drooling "on that side" once the side has been named; the inability before an arm and a leg, the side after both.
        { "one_side_weakness", "no puedo sujetar el vaso con la izquierda y se me escapa la baba por ese lado" },
        { "one_side_weakness", "de repente no puedo mover la mano y el pie izquierdo" },
        // Going sideways in the infinitive, after "sin" undone by "no me puedo"; something not done because of balance.
        { "balance_coordination", "no me puedo quedar de pie sin irme de lado" },
        { "balance_coordination", "no puedo ni caminar por falta de equilibrio" },
        // A tear in the belly; the sudden word after the belly; paling then falling.
        { "aortic_signs", "tengo un dolor desgarrador en el vientre desde hace un rato" },
        { "aortic_signs", "me vino un dolor de panza muy raro de golpe" },
        { "aortic_signs", "me puse pálida y me caí al suelo en la cocina" },
        // Worse by the hour.
        { "sudden_severe", "minuto a minuto el dolor va a más" },
        // Spanglish for the chest.
        { "chest_pain", "tengo un chest pain que me llega a la espalda" },
        // A crash in a bus of the Caribbean or of the River Plate; thrown from the seat.
        { "major_trauma", "el bondi chocó y yo iba parada, me duele toda la espalda" },
        { "major_trauma", "frenó el carro de golpe y salí disparado por el parabrisas" },
        // Not even asleep; a reflexive "se me quita".
        { "night_pain", "ni dormida se me pasa el dolor" },
        // Not peeing, in the third person ("no ha"), said of the person themself by a relative's pen is still asked; here the person.
        { "bladder_bowel", "no he orinado desde ayer por la tarde" },
        // Legs that "lack strength" in the third person.
        { "limb_weakness", "a los pies les falta fuerza para subir la escalera" },
    };

    /// <summary>Said in a way that may be someone else's or may be explained: asked plainly, never taken as said.</summary>
    public static TheoryData<string, string> Asked => new()
    {
        // A burn or cut on a limb that was not noticed; a limb that "won't wake up".
        { "limb_sensation_loss", "me corté el dedo del pie con una lata y ni me enteré" },
        { "limb_sensation_loss", "la mano se me durmió anoche y no se me despierta" },
        // Feeling of falling.
        { "balance_coordination", "siento que me voy a caer cuando me levanto" },
        // Someone else who has not peed, or who wets without noticing.
        { "bladder_bowel", "mi abuelo no ha meado en todo el día" },
        { "bladder_bowel", "mi tía se mea encima y no se da cuenta" },
    };

    /// <summary>Look-alikes of the kinds above: none is a red flag.</summary>
    public static TheoryData<string, string> Quiet => new()
    {
        // Hyperbole: "estoy que me meo" of pain or of laughing.
        { "bladder_bowel", "estaba que me cagaba del dolor cuando me agaché" },
        // A muscle tear is no aortic tear.
        { "aortic_signs", "el fisio dice que es un desgarro muscular en la espalda" },
        // A fever that has gone, its cause told in between.
        { "fever", "tuve calentura el fin de semana con el resfriado pero ya se me quitó" },
        { "fever", "ni fiebre ni nada, solo la espalda" },
        // A metaphor, and a benign tumour.
        { "cancer_history", "mi columna es el cáncer de mi vida, siempre igual" },
        { "cancer_history", "me quitaron un tumor del pecho pero fue benigno" },
        // Weight lost on purpose, said after "pero".
        { "weight_loss", "perdí cinco kilos pero queriendo, con el nutricionista" },
        // Real words one letter from a word of the vocabulary: months, a tower, being lost.
        { "aortic_signs", "cumplo 71 en marzo y me duele la cintura" },
        { "balance_coordination", "me duele la espalda de subir a la torre de la iglesia" },
        { "bladder_bowel", "estoy perdido con tanto papeleo y me duele la espalda" },
        // Something once said, then corrected: "puse que…".
        { "major_trauma", "puse que me caí del tejado pero fue de un escalón" },
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

    /// <summary>A temperature in words answers the fever question, with a half after "y" ("treinta y ocho y medio").</summary>
    [Theory]
    [InlineData("es", "treinta y ocho y medio", FindingStatus.Present)]
    [InlineData("es", "cuarenta", FindingStatus.Present)]
    [InlineData("es", "treinta y seis y media", FindingStatus.Absent)]
    [InlineData("en", "thirty nine", FindingStatus.Present)]
    [InlineData("en", "thirty six", FindingStatus.Absent)]
    public void ATemperatureInWordsAnswersTheFeverQuestion(string language, string text, FindingStatus expected) =>
        Assert.Equal(expected, AnsweredStatus(language, FindingIds.Fever, text));

    [Fact]
    public void AFeverInWordsBesideAStiffNeckIsMeningitis()
    {
        var report = Answered("es", FindingIds.Fever, "treinta y nueve y medio y el cuello rígido");

        Assert.Equal(FindingStatus.Present, report.StatusOf(FindingIds.NeckStiffness));
        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(report)?.Disposition);
    }

    /// <summary>A half after a number or a unit of time is part of it, not the hedge "medio" ("medio dormida" still is).</summary>
    [Theory]
    [InlineData("hace hora y media que no siento la pierna", FindingStatus.Present)]
    [InlineData("tengo la pierna derecha medio dormida, no la siento bien", FindingStatus.Hedged)]
    public void AHalfOfANumberIsNoHedge(string text, FindingStatus expected) =>
        Assert.Equal(expected, StatusOf(text, FindingIds.LimbSensationLoss));

    /// <summary>"no se me…" is not "no sé" (written alike without the accent): a denial, not a hedge; "no sé, se me…" still hedges.</summary>
    [Theory]
    [InlineData("no se me duermen las piernas, solo me duele la cintura", FindingStatus.Absent)]
    [InlineData("no sé si se me duermen las piernas", FindingStatus.Hedged)]
    public void NoSeMeIsNotNoSe(string text, FindingStatus expected) =>
        Assert.Equal(expected, StatusOf(text, FindingIds.BothLegs));

    [Theory]
    [InlineData("no se me ha entumido nada", YesNo.Unrecognized)]
    [InlineData("no sé", YesNo.Unsure)]
    public void AnAnswerStartingNoSeMeIsNotUnsure(string text, YesNo expected) =>
        InSpanish(() => Assert.Equal(expected, AnswerParser.ParseYesNo(text)));

    /// <summary>"ni" straight before a word negates the word: the answer is not a no, and what it says is read.</summary>
    [Theory]
    [InlineData("ni tumbada se me alivia")]
    [InlineData("ni con pastillas se calma")]
    public void NiBeforeAWordIsNotTheAnswerNo(string text) =>
        InSpanish(() => Assert.NotEqual(YesNo.No, AnswerParser.ParseYesNo(text)));

    [Fact]
    public void NotEvenLyingDownItEasesIsNightPainWhenAnsweringItsQuestion() =>
        Assert.Equal(FindingStatus.Present, AnsweredStatus("es", FindingIds.NightPain, "ni tumbada se me alivia"));

    /// <summary>A yes taken back is unclear (asked again plainly), never a yes nor a no; a plain yes stays a yes.</summary>
    [Theory]
    [InlineData("sí... ay no, me confundí de pregunta", YesNo.Unsure)]
    [InlineData("si, bueno no, leí mal", YesNo.Unsure)]
    [InlineData("sí, desde el lunes", YesNo.Yes)]
    public void AYesTakenBackIsUnclear(string text, YesNo expected) =>
        InSpanish(() => Assert.Equal(expected, AnswerParser.ParseYesNo(text)));

    [Fact]
    public void AYesTakenBackToAnEmergencyQuestionDoesNotEscalate()
    {
        var report = Answered("es", FindingIds.SaddleNumbness, "sí... bueno no, perdona, leí otra cosa, ahí no noto nada raro");

        Assert.Null(TriageRules.RedFlagDecision(report));
    }

    private static FindingStatus StatusOf(string text, string findingId) => Played(text).StatusOf(findingId);

    private static SymptomReport Played(string text)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }

    private static FindingStatus AnsweredStatus(string language, string findingId, string text) =>
        Answered(language, findingId, text).StatusOf(findingId);

    /// <summary>The report after <paramref name="text"/> answers the question that asks about <paramref name="findingId"/>, as the bot plays it.</summary>
    private static SymptomReport Answered(string language, string findingId, string text)
    {
        using var inLanguage = ClinicalContent.UseLanguage(language);
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        var question = TriageRules.Questions.First(q => q.Asks.Contains(findingId));
        TriageRules.ApplyAnswer(session.Report, question, text);
        return session.Report;
    }

    private static void InSpanish(Action check)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        check();
    }
}
