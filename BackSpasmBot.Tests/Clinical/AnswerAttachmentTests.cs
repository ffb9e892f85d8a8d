using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// An answer to a red-flag question that the bot cannot read as yes or no, but that says a change the question's part
/// of the body could have ("it's numb" to the saddle question), is a yes to it. A part named with no change ("down
/// there's sound"), whatever reassuring word the person chose, or a change said with a hedge leaves the question
/// unclear, so it is asked once more plainly; a clarification left by an earlier message is no answer at all
/// (docs/clinical-content.md, "When the bot cannot tell").
/// </summary>
public sealed class AnswerAttachmentTests
{
    private static Question SaddleQuestion => TriageRules.Questions.First(q => q.Asks.Contains(FindingIds.SaddleNumbness));

    /// <summary>How the saddle red flag stands after <paramref name="text"/> in answer to the saddle question.</summary>
    private static FindingStatus SaddleAfter(string language, string text) =>
        CorpusScore.PlayAnswer(language, FindingIds.SaddleNumbness, text).StatusOf(FindingIds.SaddleNumbness);

    /// <summary>A report with one clarifying question pending, as an earlier message or this answer left it.</summary>
    private static SymptomReport WaitingOn(string clarification)
    {
        var report = new SymptomReport();
        report.Clarifications.Add(clarification);
        return report;
    }

    [Theory]
    [InlineData("en", "down there's sound")]
    [InlineData("en", "my undercarriage is tip top thanks")]
    [InlineData("en", "privates r all gud")]
    [InlineData("es", "mis partes íntimas de maravilla")]
    [InlineData("es", "ahí abajo chévere")]
    public void APartNamedWithNoChangeIsUnclearNotAYes(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, SaddleAfter(language, text));
    }

    [Theory]
    [InlineData("en", "it's gone numb")]
    [InlineData("en", "pins and needles")]
    [InlineData("es", "hormigueo")]
    public void AChangeSaidAloneIsAYes(string language, string text)
    {
        Assert.Equal(FindingStatus.Present, SaddleAfter(language, text));
    }

    [Theory]
    [InlineData("en", "maybe a bit numb?")]
    [InlineData("es", "quizás algo de hormigueo")]
    public void AHedgedChangeIsUnclearNotAYes(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, SaddleAfter(language, text));
    }

    /// <summary>A "no"-like word beside a change the asked red flag could be is no denial: the question is asked once more plainly.</summary>
    [Theory]
    [InlineData("en", "not normal, it feels numb")]
    [InlineData("en", "it isnt right, its numb")]
    [InlineData("es", "no está normal, lo siento dormido")]
    public void ANoBesideAChangeIsUnclearNotADenial(string language, string text)
    {
        Assert.Equal(FindingStatus.Hedged, SaddleAfter(language, text));
    }

    /// <summary>A plain "no", or a "no" that denies the change too or names only pain, is still a denial.</summary>
    [Theory]
    [InlineData("en", "no")]
    [InlineData("en", "no, not numb at all")]
    [InlineData("en", "nope, just pain")]
    [InlineData("es", "no, nada")]
    [InlineData("es", "no, no siento nada raro, solo el dolor")]
    public void APlainNoIsStillADenial(string language, string text)
    {
        Assert.Equal(FindingStatus.Absent, SaddleAfter(language, text));
    }

    [Fact]
    public void AClarificationRaisedByAnEarlierMessageIsNotAttachedToALaterAnswer()
    {
        var report = WaitingOn("clarify_numb");

        Assert.False(ClarificationRules.AttachToQuestion(report, SaddleQuestion, "", []));
        Assert.Equal(FindingStatus.Unknown, report.StatusOf(FindingIds.SaddleNumbness));
        Assert.Contains("clarify_numb", report.Clarifications);
    }

    [Fact]
    public void TheSameClarificationRaisedPlainlyByTheAnswerIsAttached()
    {
        var report = WaitingOn("clarify_numb");

        Assert.True(ClarificationRules.AttachToQuestion(report, SaddleQuestion, "it feels numb", [new Mention("clarify_numb", FindingStatus.Present)]));
        Assert.Equal(FindingStatus.Present, report.StatusOf(FindingIds.SaddleNumbness));
        Assert.DoesNotContain("clarify_numb", report.Clarifications);
    }

    [Fact]
    public void AClarificationRaisedOnlyByAPartNamedLeavesTheRedFlagUnclear()
    {
        var report = WaitingOn("clarify_saddle");

        Assert.True(ClarificationRules.AttachToQuestion(report, SaddleQuestion, "it feels a bit different down there", [new Mention("clarify_saddle", FindingStatus.Hedged)]));
        Assert.Equal(FindingStatus.Hedged, report.StatusOf(FindingIds.SaddleNumbness));
    }
}
