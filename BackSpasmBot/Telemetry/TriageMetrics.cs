using BackSpasmBot.Triage.Conversation;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Telemetry;

/// <summary>Triage events as metrics (<see cref="BotMetrics"/>), and the open triages they start and end.</summary>
public sealed class TriageMetrics(BotMetrics metrics, OpenTriages openTriages) : ITriageEvents
{
    public void TriageStarted(ITurnContext turnContext)
    {
        var channel = TelemetryTags.ChannelOf(turnContext.Activity?.ChannelId);
        metrics.TriageStarted(channel);
        openTriages.Started(turnContext, channel);
    }

    public void ClarifyingQuestionAsked(ITurnContext turnContext) =>
        metrics.ClarifyingQuestionAsked(TelemetryTags.ChannelOf(turnContext.Activity?.ChannelId));

    public void OutcomeGiven(ITurnContext turnContext, TriageOutcomeEvent outcome)
    {
        metrics.OutcomeGiven(
            outcome.Disposition, TelemetryTags.ChannelOf(outcome.ChannelId), outcome.RegionCode, outcome.Early, outcome.FirstOfTriage, outcome.Findings, outcome.QuestionsAsked);
        openTriages.Completed(turnContext);
    }

    public void TriageLeft(ITurnContext turnContext, TriageLeftBy command) =>
        openTriages.Left(turnContext, command switch
        {
            TriageLeftBy.Restart => "restart",
            TriageLeftBy.Cancel => "cancel",
            _ => "forget_me",
        });

    public void DataErased(string? channelId)
    {
    }
}
