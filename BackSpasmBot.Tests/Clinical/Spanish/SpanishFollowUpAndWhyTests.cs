using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Tests.Clinical.Content;
using BackSpasmBot.Triage.FollowUps;

namespace BackSpasmBot.Tests.Clinical.Spanish;

/// <summary>
/// The check-in's answers and "why?" in Spanish, from the content (es/language.yaml follow_up, es/messages.yaml
/// why_words): with or without accents, "¿" and "¡", and the words of Spain and Latin America.
/// </summary>
public sealed class SpanishFollowUpAndWhyTests
{
    [Theory]
    [InlineData("Mejor", Progress.Better)]
    [InlineData("mucho mejor, gracias", Progress.Better)]
    [InlineData("¡Muchísimo mejor!", Progress.Better)]
    [InlineData("voy mejorando", Progress.Better)]
    [InlineData("ya no me duele", Progress.Better)]
    [InlineData("chévere", Progress.Better)]
    [InlineData("Más o menos igual", Progress.Same)]
    [InlineData("mas o menos", Progress.Same)]
    [InlineData("igual", Progress.Same)]
    [InlineData("lo mismo", Progress.Same)]
    [InlineData("ahí vamos", Progress.Same)]
    [InlineData("ni mejor ni peor", Progress.Same)]
    [InlineData("no ha mejorado nada", Progress.Same)]
    [InlineData("no me siento mejor", Progress.Same)]
    [InlineData("sigue igual que ayer", Progress.Same)]
    [InlineData("Peor", Progress.Worse)]
    [InlineData("empeoró anoche", Progress.Worse)]
    [InlineData("no está mejor, está peor", Progress.Worse)]
    [InlineData("fatal", Progress.Worse)]
    [InlineData("3", Progress.Worse)]
    [InlineData("¿qué?", Progress.Unknown)]
    public void HowTheBackIsDoingIsReadInSpanish(string answer, Progress expected) =>
        InSpanish(() => Assert.Equal(expected, FollowUpRules.ParseProgress(answer)));

    [Theory]
    [InlineData("Mañana", OfferAnswer.Tomorrow)]
    [InlineData("manana", OfferAnswer.Tomorrow)]
    [InlineData("sí, mañana", OfferAnswer.Tomorrow)]
    [InlineData("sí", OfferAnswer.Tomorrow)]
    [InlineData("En 2 días", OfferAnswer.InTwoDays)]
    [InlineData("en dos dias", OfferAnswer.InTwoDays)]
    [InlineData("pasado mañana", OfferAnswer.InTwoDays)]
    [InlineData("Pasado manana!", OfferAnswer.InTwoDays)]
    [InlineData("No, gracias", OfferAnswer.NoThanks)]
    [InlineData("no hace falta", OfferAnswer.NoThanks)]
    [InlineData("no", OfferAnswer.NoThanks)]
    [InlineData("no sé", OfferAnswer.Unknown)]
    [InlineData("me duele la espalda", OfferAnswer.Unknown)]
    public void TheAnswerToTheOfferIsReadInSpanishWithoutAssumingConsent(string answer, OfferAnswer expected) =>
        InSpanish(() => Assert.Equal(expected, FollowUpAnswers.ParseOffer(answer)));

    [Fact]
    public void SpanishWordsAreNotReadInAnEnglishConversation()
    {
        Assert.Equal(Progress.Unknown, FollowUpRules.ParseProgress("peor"));
        Assert.Equal(OfferAnswer.Unknown, FollowUpAnswers.ParseOffer("pasado mañana"));
    }

    [Theory]
    [InlineData("¿por qué?")]
    [InlineData("por que")]
    [InlineData("porqué")]
    [InlineData("¿Porque?")]
    [InlineData("POR QUÉ")]
    [InlineData("¿y eso, por qué?")]
    [InlineData("¿Para qué me preguntas eso?")]
    [InlineData("¡explícame!")]
    public void EverySpellingOfWhyExplains(string text) => InSpanish(() => Assert.True(Explanations.IsWhy(text), text));

    [Theory]
    [InlineData("¿por qué me duele?")]
    [InlineData("que")]
    public void OtherQuestionsAreNotWhy(string text) => InSpanish(() => Assert.False(Explanations.IsWhy(text), text));

    [Fact]
    public void TheSpanishWhyListsHoldEachPhraseOnceNowThatAccentsAndQuestionMarksAreFolded()
    {
        var spanish = ClinicalContent.Default.Language("es");

        Assert.Equal(spanish.WhyWords.Count, spanish.WhyWords.Distinct().Count());
        Assert.All(spanish.WhyWords.Concat(spanish.WhyOpeners).Concat(spanish.SummaryWords), w => Assert.DoesNotMatch("[¿¡áéíóú]", w));
        Assert.Contains("por que", spanish.WhyWords);
        Assert.Contains("porque", spanish.WhyWords);
    }

    [Fact]
    public void WhyIcePicksThePlanStepWithOrWithoutAccents() => InSpanish(() =>
    {
        Assert.Equal("ice_first", Explanations.StepAskedAbout("¿Por qué el frío?", ["ice_first", "heat"]));
        Assert.Equal("ice_first", Explanations.StepAskedAbout("por que el frio", ["ice_first", "heat"]));
    });

    [Fact]
    public void ACheckInButtonThatIsNotOneOfItsAnswersIsRefused()
    {
        using var folder = new ContentFolder().Replace("es/messages.yaml", "follow_up_worse_choice: \"Peor\"", "follow_up_worse_choice: \"Fatal del todo\"");

        var problems = folder.Problems();

        Assert.Contains(problems, p => p.File == "es/messages.yaml" && p.Line == folder.LineOf("es/messages.yaml", "follow_up_worse_choice")
            && p.Problem.Contains("'Fatal del todo' (follow_up_worse_choice) is not in language.yaml follow_up worse", StringComparison.Ordinal));
    }

    private static void InSpanish(Action check)
    {
        using var spanish = ClinicalContent.UseLanguage("es");
        check();
    }
}
