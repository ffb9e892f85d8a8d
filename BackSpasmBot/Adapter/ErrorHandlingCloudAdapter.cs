using BackSpasmBot.Storage;
using BackSpasmBot.Triage;
using BackSpasmBot.Triage.Regions;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Adapter;

/// <summary>
/// The Bot Framework adapter with the bot's turn-error policy: log without user text, tell the person what
/// happened and what to do if they feel in danger, and discard the conversation's (possibly broken) state so
/// that the next message starts cleanly. When the conversation store is down (or the conversation kept changing on
/// another instance), the state is not broken: it is kept, and the person is asked to send the message again.
/// Nothing here throws, so a failed turn never becomes a 500. The registered <see cref="IMiddleware"/> run on every
/// turn, in registration order.
/// </summary>
public sealed class ErrorHandlingCloudAdapter : CloudAdapter
{
    public ErrorHandlingCloudAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        RegionResolver regions,
        IEnumerable<IMiddleware> middleware,
        ILogger<ErrorHandlingCloudAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            // The exception's type and stack say where it failed; its message could echo a payload, so it is not logged.
            logger.LogError(
                "Turn failed with {ExceptionType} on channel {ChannelId}; stack: {StackTrace}",
                exception.GetType().FullName,
                turnContext.Activity?.ChannelId,
                exception.StackTrace);
            var storeFailed = exception is StorageUnavailableException or StorageConflictException;
            if (!storeFailed)
            {
                await TryAsync(() => conversationState.DeleteAsync(turnContext), "discard conversation state", logger);
            }

            var region = regions.For(turnContext.Activity);
            var text = storeFailed ? TurnErrorMessage.StoreUnavailable(region) : TurnErrorMessage.For(region);
            await TryAsync(() => turnContext.SendActivityAsync(MessageFactory.Text(text, text, InputHints.AcceptingInput)), "send the error message", logger);
        };
    }

    /// <summary>
    /// Authenticates and runs an activity that the endpoint has already read and checked. Throws
    /// <see cref="UnauthorizedAccessException"/> when authentication fails; nothing is processed then.
    /// </summary>
    public Task<InvokeResponse> ProcessCheckedActivityAsync(string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, callback, cancellationToken);

    private static async Task TryAsync(Func<Task> action, string what, ILogger logger)
    {
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            logger.LogWarning("Could not {Action} after a failed turn: {ExceptionType}", what, ex.GetType().FullName);
        }
    }
}
