using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>Answers read in Spanish (clinical-content/es/language.yaml): yes, no and not sure; ages and durations in words; decimal commas.</summary>
public sealed class SpanishAnswerTests
{
    [Theory]
    [InlineData("sí", YesNo.Yes)]
    [InlineData("si, desde ayer", YesNo.Yes)]
    [InlineData("claro que sí", YesNo.Yes)]
    [InlineData("simón", YesNo.Yes)]
    [InlineData("no", YesNo.No)]
    [InlineData("para nada", YesNo.No)]
    [InlineData("nop", YesNo.No)]
    [InlineData("no sé", YesNo.Unsure)]
    [InlineData("nose", YesNo.Unsure)]
    [InlineData("no estoy segura", YesNo.Unsure)]
    [InlineData("a lo mejor", YesNo.Unsure)]
    [InlineData("quizás un poco", YesNo.Unsure)]
    [InlineData("no, bueno, no sé", YesNo.Unsure)]
    [InlineData("pues sí", YesNo.Yes)]
    public void YesNoAndNotSureAreReadInSpanish(string text, YesNo expected) => InSpanish(() => Assert.Equal(expected, AnswerParser.ParseYesNo(text)));

    [Theory]
    [InlineData("35", 35)]
    [InlineData("tengo 35 años", 35)]
    [InlineData("treinta y cinco", 35)]
    [InlineData("tengo cuarenta y dos años", 42)]
    [InlineData("veintiocho", 28)]
    [InlineData("sesenta", 60)]
    public void AgesAreReadInDigitsAndWords(string text, int expected) => InSpanish(() => Assert.Equal(expected, AnswerParser.ParseAge(text)));

    [Theory]
    [InlineData("tuve cáncer de mama hace 6 años y ahora me duele la espalda")]
    [InlineData("me operaron de la rodilla hace 10 años, la espalda me duele desde ayer")]
    public void YearsAgoIsATimeNotAnAge(string text) => InSpanish(() => Assert.Null(Said(text).Age));

    [Theory]
    [InlineData("tengo 45 años y me duele la espalda", 45)]
    [InlineData("soy una mujer de 58 años con lumbago", 58)]
    public void AnAgeSaidInAMessageIsRead(string text, int expected) => InSpanish(() => Assert.Equal(expected, Said(text).Age));

    [Theory]
    [InlineData("hace tres días", 72)]
    [InlineData("hace 3 dias", 72)]
    [InlineData("ayer", 24)]
    [InlineData("anoche", 12)]
    [InlineData("hace dos semanas", 336)]
    [InlineData("hace un par de días", 48)]
    [InlineData("esta mañana", 6)]
    [InlineData("hace veinte horas", 20)]
    [InlineData("Más de 6 semanas", 1100)]
    public void DurationsAreReadInDigitsAndWords(string text, double expected) => InSpanish(() => Assert.Equal(expected, AnswerParser.ParseOnsetHours(text)));

    [Theory]
    [InlineData("levantando una caja", Trigger.Lifting)]
    [InlineData("me caí por las escaleras", Trigger.FallOrKnock)]
    [InlineData("jugando al fútbol", Trigger.ExerciseOrSport)]
    [InlineData("nada que yo sepa", Trigger.NoneKnown)]
    public void TriggersAreReadInSpanish(string text, Trigger expected) => InSpanish(() => Assert.Equal(expected, AnswerParser.ParseTrigger(text)));

    [Theory]
    [InlineData("38,5", FindingStatus.Present)]
    [InlineData("39", FindingStatus.Present)]
    [InlineData("36,9", FindingStatus.Absent)]
    public void ATemperatureWithADecimalCommaIsReadAnsweringTheFeverQuestion(string text, FindingStatus expected) =>
        InSpanish(() => Assert.Equal(expected, SymptomRecognizer.Recognize(text, temperatureExpected: true).Single(m => m.FindingId == "fever").Status));

    [Theory]
    [InlineData("tengo 38 años y me duele la espalda")]
    [InlineData("hace 40 grados afuera")]
    public void ANumberThatIsNoBodyTemperatureIsNoFever(string text) =>
        InSpanish(() => Assert.DoesNotContain(SymptomRecognizer.Recognize(text), m => m.FindingId == "fever" && m.Status == FindingStatus.Present));

    [Fact]
    public void ALongDurationOfThisPainInWordsIsNotImproving() =>
        InSpanish(() => Assert.Contains(SymptomRecognizer.Recognize("me duele la espalda desde hace seis semanas"), m => m.FindingId == "not_improving" && m.Status == FindingStatus.Present));

    private static void InSpanish(Action check)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        check();
    }

    private static SymptomReport Said(string text)
    {
        var session = new BackSpasmBot.Triage.State.TriageSession();
        BackSpasmBot.Triage.Conversation.TriageOutcomes.RecordAndCheck(session, text);
        return session.Report;
    }
}
