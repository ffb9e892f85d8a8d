using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Mechanics that read the same way in every language, each from its language.yaml words: "never" with a word of "until
/// now" anywhere after it says something is new; words restating the subject between commas do not split its clause;
/// an age is never a count or a time; a first episode is said in parts, in any order.
/// </summary>
public sealed class LanguageMechanicsTests
{
    [Theory]
    [InlineData("es", "both_legs", "nunca antes había tenido las piernas tan dormidas")]
    [InlineData("es", "both_legs", "nunca en mi vida se me habían dormido así las piernas")]
    [InlineData("es", "saddle_numbness", "jamás me había quedado así de dormido el culo")]
    [InlineData("en", "both_legs", "I have never before had both legs go numb")]
    [InlineData("en", "both_legs", "never in my life have my legs felt this numb")]
    public void NeverWithAWordOfUntilNowBeforeThePhraseSaysItIsNew(string language, string findingId, string text) =>
        Assert.Equal(FindingStatus.Present, StatusIn(language, text, findingId));

    [Theory]
    [InlineData("es", "both_legs", "nunca he tenido las piernas dormidas")]
    [InlineData("es", "cancer_history", "nunca tuve cáncer")]
    [InlineData("en", "limb_sensation_loss", "I have never had numb legs")]
    [InlineData("en", "cancer_history", "I've never had cancer")]
    public void NeverWithoutAWordOfUntilNowStillDenies(string language, string findingId, string text) =>
        Assert.Equal(FindingStatus.Absent, StatusIn(language, text, findingId));

    [Theory]
    [InlineData("es", "mis piernas, las dos, se sienten dormidas")]
    [InlineData("es", "tengo las piernas, ambas, acorchadas desde el lunes")]
    [InlineData("en", "my legs, both of them, feel numb")]
    [InlineData("en", "my legs, the two of them, have gone numb")]
    public void WordsRestatingTheSubjectBetweenCommasDoNotSplitItsClause(string language, string text) =>
        Assert.Equal(FindingStatus.Present, StatusIn(language, text, "both_legs"));

    [Theory]
    [InlineData("es", "tengo un dolor lumbar que no se me quita")]
    [InlineData("es", "tengo dos hernias en la lumbar")]
    [InlineData("es", "tengo 3 hijos pequeños y me duele la espalda de cargarlos")]
    [InlineData("es", "llevo 6 años con esta espalda")]
    [InlineData("es", "con 4 años de dolor ya no sé qué hacer")]
    [InlineData("en", "I have a pain in my lower back")]
    [InlineData("en", "I'm one of those people who never see a doctor")]
    public void ACountOrATimeInAnyMessageIsNoAge(string language, string text) => Assert.Null(Said(language, text).Age);

    [Theory]
    [InlineData("es", "bueno, 63 tengo, y es la primera vez", 63)]
    [InlineData("es", "tengo setenta y dos y me he caído", 72)]
    [InlineData("es", "tengo 58, me duele desde hace 6 años", 58)]
    [InlineData("en", "I'm 52 and it started this morning", 52)]
    public void AnAgeSaidOutrightInAnyMessageIsRead(string language, string text, int expected) => Assert.Equal(expected, Said(language, text).Age);

    [Theory]
    [InlineData("es", "58 tengo", 58)]
    [InlineData("es", "cincuenta y ocho", 58)]
    [InlineData("es", "me duele desde hace 6 años, tengo 58", 58)]
    [InlineData("es", "hace 6 años", null)]
    [InlineData("es", "6 años atrás me operaron", null)]
    [InlineData("en", "I'm one of those people who never see a doctor", null)]
    [InlineData("en", "I've had it for 6 years", null)]
    [InlineData("en", "6 years ago I slipped a disc, I'm 52 now", 52)]
    [InlineData("en", "fifty eight", 58)]
    public void TheAgeAnswerSkipsCountsAndTimes(string language, string text, int? expected)
    {
        using var chosen = ClinicalContent.UseLanguage(language);
        Assert.Equal(expected, AnswerParser.ParseAge(text));
    }

    [Theory]
    [InlineData("es", "nunca antes me había dolido así la espalda")]
    [InlineData("es", "jamás en la vida me había pasado esto")]
    [InlineData("es", "antes nunca me había pasado")]
    [InlineData("en", "I have never before had back pain")]
    [InlineData("en", "never in my life have I had back trouble")]
    public void AFirstEpisodeIsReadInAnyOrderOfItsParts(string language, string text) => Assert.True(Said(language, text).FirstEpisode);

    private static FindingStatus StatusIn(string language, string text, string findingId)
    {
        using var chosen = ClinicalContent.UseLanguage(language);
        return RecognizerAssert.StatusOf(text, findingId);
    }

    private static SymptomReport Said(string language, string text)
    {
        using var chosen = ClinicalContent.UseLanguage(language);
        var report = new SymptomReport();
        TriageRules.RecordMessage(report, text);
        return report;
    }
}
