using BackSpasmBot.Telemetry;
using BackSpasmBot.Turns;
using BackSpasmBot.Triage.Regions;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Adapter;

/// <summary>
/// The Bot Framework adapter with the bot's turn-error policy (<see cref="TurnErrorPolicy"/>, shared with the
/// built-in Direct Line's adapter), and the <see cref="TurnPipeline"/>: turn lock, "typing…", the registered
/// <see cref="IMiddleware"/> (message length, transcripts) in registration order, save before send.
/// </summary>
public sealed class ErrorHandlingCloudAdapter : CloudAdapter
{
    private readonly BotMetrics _metrics;

    public ErrorHandlingCloudAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        RegionResolver regions,
        TurnPipeline pipeline,
        IEnumerable<IMiddleware> middleware,
        BotMetrics metrics,
        ILogger<ErrorHandlingCloudAdapter> logger)
        : base(authentication, logger)
    {
        _metrics = metrics;

        // One turn per conversation at a time; "typing…" for turns slower than half a second; replies sent once saved.
        pipeline.ApplyTo(this, middleware);

        OnTurnError = new TurnErrorPolicy(conversationState, regions, logger).HandleAsync;
    }

    /// <summary>Sends through the connector in a span of its own, counting the sends that fail (their exception type only).</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        using var span = ConnectorTelemetry.StartSend(activities.Length);
        try
        {
            return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ConnectorTelemetry.Failed(_metrics, span, turnContext, ex);
            throw;
        }
    }

    /// <summary>
    /// Authenticates an activity that the endpoint has already read and checked, then asks <paramref name="admit"/>
    /// (the rate limit, so only authenticated requests are counted) and runs it. Throws
    /// <see cref="UnauthorizedAccessException"/> when authentication fails; nothing is processed or counted then.
    /// </summary>
    /// <returns>The invoke response, or how long to wait when <paramref name="admit"/> refused the activity.</returns>
    public async Task<(InvokeResponse? Response, TimeSpan? RetryAfter)> ProcessCheckedActivityAsync(
        string authHeader,
        Activity activity,
        Func<Activity, TimeSpan?> admit,
        BotCallbackHandler callback,
        CancellationToken cancellationToken)
    {
        var authenticated = await BotFrameworkAuthentication.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        if (admit(activity) is { } retryAfter)
        {
            return (null, retryAfter);
        }

        return (await ProcessActivityAsync(authenticated, activity, callback, cancellationToken), null);
    }
}
