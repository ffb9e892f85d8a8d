using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Hosting;

/// <summary>Triage events as structured log entries: counts by disposition and channel, no personal data.</summary>
public sealed class LoggingTriageEvents(ILogger<LoggingTriageEvents> logger) : ITriageEvents
{
    private static readonly EventId OutcomeEvent = new(1000, "TriageOutcome");
    private static readonly EventId ErasedEvent = new(1001, "DataErased");

    public void OutcomeGiven(ITurnContext turnContext, TriageOutcomeEvent outcome) =>
        logger.LogInformation(
            OutcomeEvent,
            "Triage ended with {Disposition} on {ChannelId} (red flag ended questioning: {Early}; clinical content {ContentVersion})",
            outcome.Disposition,
            outcome.ChannelId,
            outcome.Early,
            outcome.ContentVersion);

    public void DataErased(string? channelId) =>
        logger.LogInformation(ErasedEvent, "Stored data erased on request on {ChannelId}", channelId);

    public void TriageStarted(ITurnContext turnContext)
    {
    }

    public void ClarifyingQuestionAsked(ITurnContext turnContext)
    {
    }

    public void TriageLeft(ITurnContext turnContext, TriageLeftBy command)
    {
    }
}
