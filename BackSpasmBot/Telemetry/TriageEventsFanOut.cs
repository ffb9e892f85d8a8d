using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Telemetry;

/// <summary>Hands every triage event to each of several receivers (the log and the metrics), in order.</summary>
public sealed class TriageEventsFanOut(params ITriageEvents[] receivers) : ITriageEvents
{
    public void TriageStarted(ITurnContext turnContext)
    {
        foreach (var receiver in receivers)
        {
            receiver.TriageStarted(turnContext);
        }
    }

    public void ClarifyingQuestionAsked(ITurnContext turnContext)
    {
        foreach (var receiver in receivers)
        {
            receiver.ClarifyingQuestionAsked(turnContext);
        }
    }

    public void OutcomeGiven(ITurnContext turnContext, TriageOutcomeEvent outcome)
    {
        foreach (var receiver in receivers)
        {
            receiver.OutcomeGiven(turnContext, outcome);
        }
    }

    public void TriageLeft(ITurnContext turnContext, TriageLeftBy command)
    {
        foreach (var receiver in receivers)
        {
            receiver.TriageLeft(turnContext, command);
        }
    }

    public void DataErased(string? channelId)
    {
        foreach (var receiver in receivers)
        {
            receiver.DataErased(channelId);
        }
    }
}
