using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;
using static BackSpasmBot.Tests.Clinical.RecognizerAssert;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// Numbers and durations are read in context: a fever is the person's own body temperature at 38 °C / 100.4 °F or
/// more, and "not improving" comes only from how long this pain has lasted. Corrections and other people's illnesses
/// are not the person's findings.
/// </summary>
public class NumbersInContextTests
{
    [Theory]
    [InlineData("it's 38 degrees outside and I've been working in the sun, then my back cramped")]
    [InlineData("had a 40 degree bath for my back and sweated buckets")]
    [InlineData("bent down to take a tray out of the oven at 200 degrees and my back locked")]
    [InlineData("it's 30 degrees in the bedroom so I can't sleep")]
    public void TheTemperatureOfTheSurroundingsIsNoFever(string text) =>
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, FindingIds.Fever));

    [Theory]
    [InlineData("my temp was 37.2 so no fever")]
    [InlineData("checked with the thermometer, 36.8")]
    [InlineData("temperature 99 F this morning")]
    public void AReadingBelowAFeverSaysThereIsNone(string text) =>
        Assert.Equal(FindingStatus.Absent, StatusOf(text, FindingIds.Fever));

    [Theory]
    [InlineData("temp is 38.6 and I'm shivering")]
    [InlineData("running 102 and my back is killing me")]
    [InlineData("thermometer says 38")]
    public void ABodyTemperatureAtOrAbove38IsAFever(string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, FindingIds.Fever));

    [Theory]
    [InlineData("I thought I had a fever but the thermometer said 36.9", FindingIds.Fever)]
    [InlineData("I thought I'd wet myself but it was the ice pack leaking", FindingIds.BladderBowel)]
    [InlineData("I thought my legs were going numb but it turned out I'd sat on them too long", FindingIds.BothLegs)]
    public void ASupposedFindingThatWasCorrectedIsAbsent(string text, string findingId) =>
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, findingId));

    [Theory]
    [InlineData("my little boy has a temperature of 38.5", FindingIds.Fever)]
    [InlineData("my husband's legs are numb from his diabetes", FindingIds.BothLegs)]
    [InlineData("my sister's pregnant so I did all the lifting", FindingIds.Pregnant)]
    [InlineData("my dad had a stroke last year, his face drooped", FindingIds.OneSideWeakness)]
    public void AnotherPersonsFindingIsNotThePersonsOwn(string text, string findingId) =>
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, findingId));

    [Fact]
    public void TheKidsSayingItDoesNotMakeThePersonsOwnWordsSomeoneElses() =>
        Assert.Equal(FindingStatus.Present, StatusOf("the kids say I can't control my bladder", FindingIds.BladderBowel));

    [Theory]
    [InlineData("had an ulcer a couple of years back, sorted now")]
    [InlineData("yes, breast cancer 5 years ago")]
    [InlineData("I've been on prednisolone for my lungs for years")]
    [InlineData("I'm 40 years of age and the back is in bits")]
    [InlineData("I've had a bad back on and off for 30 years")]
    public void ADurationThatIsNotThisPainsIsNotNotImproving(string text) =>
        Assert.NotEqual(FindingStatus.Present, StatusOf(text, FindingIds.NotImproving));

    [Theory]
    [InlineData("my back has been killing me for 6 weeks")]
    [InlineData("this pain started two months ago")]
    public void ThisPainLastingFourWeeksOrMoreIsNotImproving(string text) =>
        Assert.Equal(FindingStatus.Present, StatusOf(text, FindingIds.NotImproving));

    [Fact]
    public void AHistoryAnswerWithYearsInItNeverGivesTheReasonNotImproving()
    {
        var session = new TriageSession();
        var medicines = TriageRules.Questions.First(q => q.Asks.Contains(FindingIds.NsaidCaution));

        TriageOutcomes.RecordAndCheck(session, "an ulcer a couple of years back");
        TriageRules.ApplyAnswer(session.Report, medicines, "an ulcer a couple of years back");

        Assert.DoesNotContain(FindingIds.NotImproving, TriageRules.Decide(session.Report).Findings);
    }

    [Fact]
    public void AnotherPersonsCancerInAnswerToTheCancerQuestionIsAskedAgainNotCountedAsTwoUnsureAnswers()
    {
        var session = new TriageSession();
        var cancer = TriageRules.Questions.First(q => q.Asks.Contains(FindingIds.CancerHistory));

        TriageOutcomes.RecordAndCheck(session, "my mum had breast cancer, does that matter?");
        TriageRules.ApplyAnswer(session.Report, cancer, "my mum had breast cancer, does that matter?");

        Assert.Null(TriageRules.RedFlagDecision(session.Report));
        Assert.Contains(FindingIds.CancerHistory, TriageRules.FindingsToConfirm(session.Report));
    }

    [Fact]
    public void AStiffNeckAfterAMessageAboutBeingSickAndLightHurtingIsMeningitisSigns()
    {
        var session = new TriageSession();

        TriageOutcomes.RecordAndCheck(session, "I've been sick three times and the lights are too bright");
        TriageOutcomes.RecordAndCheck(session, "my neck is really stiff too");

        Assert.Equal(Disposition.Emergency, TriageRules.RedFlagDecision(session.Report)?.Disposition);
        Assert.Contains(FindingIds.MeningitisSigns, TriageRules.RedFlagDecision(session.Report)!.Findings);
    }

    /// <summary>Two readings that disagree, in a message that takes something back, are asked about plainly.</summary>
    [Theory]
    [InlineData("My temperature was 38.4, wait, it's 36.4, I misread it")]
    [InlineData("Thermometer said 38.9, sorry no, it's 36.9, wrong digit")]
    public void ReadingsThatDisagreeWithACorrectionAreAskedAbout(string text) =>
        Assert.Equal(FindingStatus.Hedged, StatusOf(text, FindingIds.Fever));

    /// <summary>A fever brought down by a medicine is still a fever: two readings without words that take back.</summary>
    [Fact]
    public void AFeverLoweredByParacetamolStandsWithoutACorrection() =>
        Assert.Equal(FindingStatus.Present, StatusOf("temp was 39.1 this morning, 36.8 after paracetamol", FindingIds.Fever));

    [Theory]
    [InlineData("I'm 78 and I fell in the garden yesterday", 78)]
    [InlineData("55 years old, first time my back has done this", 55)]
    [InlineData("I'm 6 foot 2 and lifted a wardrobe", null)]
    [InlineData("I'm 38.5 and shivering", null)]
    [InlineData("I'm 5 weeks pregnant", null)]
    public void AnAgeIsTakenFromFreeTextOnlyWhenItIsSaidOutright(string text, int? age)
    {
        var report = new SymptomReport();

        TriageRules.RecordMessage(report, text);

        Assert.Equal(age, report.Age);
    }
}
