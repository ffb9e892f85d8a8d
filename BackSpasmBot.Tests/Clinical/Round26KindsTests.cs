using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Round 26 (docs/recognition.md), from the misses and over-readings of two blind corpora (en-34, es-24), in the team's
/// own sentences: a complaint with "not" is no denial ("my kidneys aren't great"); not having been able to feel a limb;
/// tuberculosis being treated; a stream "not as strong"; a clinician's words for weak legs; woken by the pain; Spanglish
/// chills; "la cosa no responde"; a leg that "no me hace caso"; "nunca … hasta ayer"; "fiebre no he tenido"; and words
/// that take back what was just said, asked about plainly rather than taken as said.
/// </summary>
public sealed class Round26KindsTests
{
    [Theory]
    [InlineData("en", "my kidneys aren't great since the transplant", "nsaid_caution:kidney")]
    [InlineData("en", "my kidneys aren't great since the transplant", FindingIds.ImmuneRisk)]
    [InlineData("en", "I've not been able to feel my right foot since this morning", FindingIds.LimbSensationLoss)]
    [InlineData("en", "I'm halfway through my TB tablets and now my back has gone", FindingIds.ImmuneRisk)]
    [InlineData("en", "reduced power in both lower limbs since Tuesday", FindingIds.LimbWeakness)]
    [InlineData("en", "bilateral leg weakness since the weekend", FindingIds.BothLegs)]
    [InlineData("en", "I can't get up from the sofa without pushing on my arms", FindingIds.LimbWeakness)]
    [InlineData("en", "I've been woken up by the pain most nights this week", FindingIds.NightPain)]
    [InlineData("es", "llevo dos días con chills y me duele la espalda", FindingIds.Fever)]
    [InlineData("es", "con mi esposa el amigo ya no responde desde que me dio esto", FindingIds.SexualDysfunction)]
    [InlineData("es", "nunca había tenido fiebre con esto, hasta anoche", FindingIds.Fever)]
    public void AWordOfItsKindIsRead(string language, string text, string findingId)
    {
        using var content = ClinicalContent.UseLanguage(language);
        Assert.Equal(FindingStatus.Present, RecognizerAssert.StatusOf(text, findingId));
    }

    [Theory]
    [InlineData("en", FindingIds.BladderBowel, "it's not coming out as strong since Monday")]
    [InlineData("es", FindingIds.LimbWeakness, "el pie derecho no me hace caso")]
    public void AnAnswerOfItsKindIsRead(string language, string context, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayAnswer(language, context, text).StatusFromWords(context));
    }

    [Fact]
    public void AFeverNamedThenDeniedIsAbsent()
    {
        Assert.Equal(FindingStatus.Absent, CorpusScore.PlayAnswer("es", FindingIds.Fever, "Fiebre no he tenido, solo el dolor").StatusFromWords(FindingIds.Fever));
    }

    [Theory]
    [InlineData(FindingIds.SexualDysfunction, "Sexual function unchanged.")]
    [InlineData(FindingIds.BladderBowel, "Urinary function normal.")]
    public void AFormalAllNormalIsNoRedFlag(string context, string text)
    {
        Assert.NotEqual(FindingStatus.Present, CorpusScore.PlayAnswer("en", context, text).StatusFromWords(context));
    }

    [Fact]
    public void GoingToOneSideIsAskedAbout()
    {
        Assert.Equal(FindingStatus.Hedged, CorpusScore.PlayOpening("es", "desde el lunes me voy para un lado").StatusFromWords(FindingIds.BalanceCoordination));
    }

    /// <summary>A finding said and then taken back is asked about plainly; said again after, it stands.</summary>
    [Theory]
    [InlineData("en", "both legs are tingling, sorry no, just the left one")]
    [InlineData("es", "me duelen las dos piernas, perdón, solo la izquierda")]
    [InlineData("es", "fue un accidente de moto, no, corrijo, se me cayó la moto en el garaje")]
    public void AFindingTakenBackIsAskedAbout(string language, string text)
    {
        var report = CorpusScore.PlayOpening(language, text);
        Assert.Contains(FindingStatus.Hedged, new[] { report.StatusFromWords(FindingIds.BothLegs), report.StatusFromWords(FindingIds.MajorTrauma) });
        Assert.DoesNotContain(FindingStatus.Present, new[] { report.StatusFromWords(FindingIds.BothLegs), report.StatusFromWords(FindingIds.MajorTrauma) });
    }

    /// <summary>Only the finding said last before the words that take back is asked; an earlier one stands.</summary>
    [Theory]
    [InlineData("en", "I can't pee and both legs are numb, sorry no, just the left one", FindingIds.BladderBowel, FindingIds.BothLegs)]
    [InlineData("es", "no puedo orinar y me duelen las dos piernas, perdón, solo la izquierda", FindingIds.BladderBowel, FindingIds.BothLegs)]
    public void OnlyTheFindingTakenBackIsAskedAbout(string language, string text, string stands, string asked)
    {
        var report = CorpusScore.PlayOpening(language, text);
        Assert.Equal(FindingStatus.Present, report.StatusFromWords(stands));
        Assert.Equal(FindingStatus.Hedged, report.StatusFromWords(asked));
    }

    [Theory]
    [InlineData("en", "both legs are numb, sorry no idea how to describe it")]
    [InlineData("en", "both legs are numb, sorry no punctuation on my phone")]
    [InlineData("es", "me duelen las dos piernas, perdón, no puedo escribir bien")]
    public void WordsThatTakeNothingBackLeaveTheFinding(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, CorpusScore.PlayOpening(language, text).StatusFromWords(FindingIds.BothLegs));
    }

    [Theory]
    [InlineData("en", "Yes both - sorry no, just the right one", YesNo.Unsure)]
    [InlineData("es", "Sí, las dos. No, perdona, es solo la izquierda", YesNo.Unsure)]
    [InlineData("en", "Yes, both of them", YesNo.Yes)]
    public void AYesTakenBackIsAskedAgain(string language, string text, YesNo expected)
    {
        using var content = ClinicalContent.UseLanguage(language);
        Assert.Equal(expected, AnswerParser.ParseYesNo(text));
    }
}
