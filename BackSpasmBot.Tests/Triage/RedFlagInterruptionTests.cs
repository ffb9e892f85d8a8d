using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// When a message interrupts the questions for an outcome (TriageOutcomes.RecordAndCheck): a red flag named anew always
/// does; one already known, named again before the outcome, is left to the questions, so that an answer repeating it
/// reaches the question it answers (blind case D12 was asked the same re-ask for ever).
/// </summary>
public sealed class RedFlagInterruptionTests
{
    [Fact]
    public void ARedFlagNamedForTheFirstTimeInterrupts()
    {
        var session = new TriageSession();

        Assert.True(TriageOutcomes.RecordAndCheck(session, "my back pain came on out of nowhere and it is agony"));
    }

    [Fact]
    public void AKnownRedFlagNamedAgainBeforeTheOutcomeLeavesTheAnswerToItsQuestion()
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, "my back pain came on out of nowhere and it is agony");

        Assert.False(TriageOutcomes.RecordAndCheck(session, "yes, agony, it came on out of nowhere like I said"));
    }

    [Fact]
    public void AnEmergencyNamedAfterAnUrgentOneInterrupts()
    {
        var session = new TriageSession();
        TriageOutcomes.RecordAndCheck(session, "my back pain came on out of nowhere and it is agony");

        Assert.True(TriageOutcomes.RecordAndCheck(session, "and now I can't feel anything when I wipe"));
    }
}
