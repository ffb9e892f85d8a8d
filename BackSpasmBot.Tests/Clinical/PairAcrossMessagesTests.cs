using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Clinical;

/// <summary>
/// A red flag made of two parts whose halves come in different messages, or one half as a "yes" to a question
/// (docs/clinical-content.md, "Findings made of two parts"; PairRules).
/// </summary>
public class PairAcrossMessagesTests
{
    [Fact]
    public void AStiffNeckInOneMessageAndAFeverInTheAnswerToTheFeverQuestionIsMeningitis()
    {
        var session = Say("my back is sore and my neck has been really stiff since yesterday");
        Answer(session, "fever", "yes, 38.6 this morning");

        Assert.Equal(FindingStatus.Present, session.Report.StatusOf("meningitis_signs"));
    }

    [Fact]
    public void ThinBonesInOneMessageAndASlipInTheNextIsAFragilityInjury()
    {
        var session = Say("I have osteoporosis and my back has been aching");
        TriageOutcomes.RecordAndCheck(session, "it started when I slipped getting out of the bath");

        Assert.Equal(FindingStatus.Present, session.Report.StatusOf("fragility_injury"));
    }

    [Fact]
    public void AHeadacheAtTheBackOfTheHeadAndLaterASuddenStartIsAskedAboutNotTakenAsSaid()
    {
        var session = Say("my lower back is bad and I have a headache at the back of my head");
        TriageOutcomes.RecordAndCheck(session, "it all came on in a split second");

        Assert.Equal(FindingStatus.Hedged, session.Report.StatusOf("thunderclap_headache"));
    }

    [Fact]
    public void AStiffNeckAndLaterNoFeverIsNoMeningitis()
    {
        var session = Say("my neck has been really stiff since yesterday");
        Answer(session, "fever", "no, 36.8 on the thermometer");

        Assert.NotEqual(FindingStatus.Present, session.Report.StatusOf("meningitis_signs"));
        Assert.NotEqual(FindingStatus.Hedged, session.Report.StatusFromWords("meningitis_signs"));
    }

    [Fact]
    public void APairAskedAboutAndDeniedIsNotAskedAgain()
    {
        var session = Say("I have a headache at the back of my head");
        TriageOutcomes.RecordAndCheck(session, "it came on in a split second");
        session.Report.Findings["thunderclap_headache"] = FindingStatus.Absent; // the plain question was answered no
        TriageOutcomes.RecordAndCheck(session, "honestly it was all at once");

        Assert.Equal(FindingStatus.Absent, session.Report.StatusOf("thunderclap_headache"));
    }

    private static TriageSession Say(string text)
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, text);
        return session;
    }

    private static void Answer(TriageSession session, string asks, string text)
    {
        var question = TriageRules.Questions.First(q => q.Asks.Contains(asks));
        TriageOutcomes.RecordAndCheck(session, text);
        TriageRules.ApplyAnswer(session.Report, question, text);
    }
}
