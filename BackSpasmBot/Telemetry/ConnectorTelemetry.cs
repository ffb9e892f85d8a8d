using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Telemetry;

/// <summary>The span of a send through the Bot Framework connector, and the count of sends that failed.</summary>
public static class ConnectorTelemetry
{
    /// <summary>A child span of the turn for one send of <paramref name="activityCount"/> replies; null when no tracer listens.</summary>
    public static Activity? StartSend(int activityCount) =>
        BotTelemetry.Source.HasListeners()
            ? BotTelemetry.Source.StartActivity("connector send", ActivityKind.Client, parentContext: default, tags: [new(TelemetryTags.ActivityCount, activityCount)])
            : null;

    /// <summary>Counts a failed send by channel and exception type (never its message, which may echo the reply).</summary>
    public static void Failed(BotMetrics metrics, Activity? span, ITurnContext turnContext, Exception exception)
    {
        var errorType = exception.GetType().FullName ?? TelemetryTags.Other;
        metrics.ConnectorFailed(TelemetryTags.ChannelOf(turnContext.Activity?.ChannelId), errorType);
        span?.SetStatus(ActivityStatusCode.Error);
        span?.SetTag(TelemetryTags.ErrorType, errorType);
    }
}
