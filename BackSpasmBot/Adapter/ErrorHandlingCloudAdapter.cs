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
    public ErrorHandlingCloudAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        RegionResolver regions,
        TurnPipeline pipeline,
        IEnumerable<IMiddleware> middleware,
        ILogger<ErrorHandlingCloudAdapter> logger)
        : base(authentication, logger)
    {
        // One turn per conversation at a time; "typing…" for turns slower than half a second; replies sent once saved.
        pipeline.ApplyTo(this, middleware);

        OnTurnError = new TurnErrorPolicy(conversationState, regions, logger).HandleAsync;
    }

    /// <summary>
    /// Authenticates and runs an activity that the endpoint has already read and checked. Throws
    /// <see cref="UnauthorizedAccessException"/> when authentication fails; nothing is processed then.
    /// </summary>
    public Task<InvokeResponse> ProcessCheckedActivityAsync(string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, callback, cancellationToken);
}
