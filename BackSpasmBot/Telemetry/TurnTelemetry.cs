using System.Diagnostics;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// The outermost middleware of every adapter (<see cref="Turns.TurnPipeline"/>): one span per turn (the store and
/// connector calls are its children), the turn count and duration, and the idle clock of a triage in progress. The
/// span carries the channel, the activity type and, to group a conversation's turns, its daily-rotating salted hash;
/// never the text, the user or the conversation id. A turn that throws is recorded with its exception type, then
/// the exception goes on to the adapter's error policy.
/// </summary>
public sealed class TurnTelemetry(BotMetrics metrics, OpenTriages openTriages, ConversationCorrelation correlation, TimeProvider time) : IMiddleware
{
    /// <summary>With nothing listening and no triage to keep the clock of, the turn goes straight on: no span, no timing.</summary>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        metrics.MeasuresTurns || BotTelemetry.Source.HasListeners() || !openTriages.IsEmpty
            ? MeasureAsync(turnContext, next, cancellationToken)
            : next(cancellationToken);

    private async Task MeasureAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channel = TelemetryTags.ChannelOf(activity?.ChannelId);
        var type = TelemetryTags.ActivityTypeOf(activity?.Type);
        using var span = StartSpan(channel, type);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.ConversationHash, correlation.HashOf(turnContext));
        }

        var started = time.GetTimestamp();
        string? errorType = null;
        try
        {
            await next(cancellationToken);
        }
        catch (Exception ex)
        {
            errorType = ex.GetType().FullName ?? TelemetryTags.Other;
            span?.SetStatus(ActivityStatusCode.Error);
            span?.SetTag(TelemetryTags.ErrorType, errorType);
            throw;
        }
        finally
        {
            metrics.TurnEnded(channel, type, time.GetElapsedTime(started), errorType);
            openTriages.Touched(turnContext);
        }
    }

    /// <summary>
    /// The turn's span, or null when no tracer listens. A parent that no tracer records (the ASP.NET Core request's
    /// own activity) is skipped, so that exported turns are roots rather than children of a span no one has.
    /// </summary>
    private static Activity? StartSpan(string channel, string type)
    {
        if (!BotTelemetry.Source.HasListeners())
        {
            return null;
        }

        // Only this turn's async flow sees the change: the caller's Activity.Current is left as it was.
        if (Activity.Current is { Recorded: false })
        {
            Activity.Current = null;
        }

        return BotTelemetry.Source.StartActivity(
            "turn " + type,
            ActivityKind.Server,
            parentContext: default,
            tags: [new(TelemetryTags.Channel, channel), new(TelemetryTags.ActivityType, type)]);
    }
}
