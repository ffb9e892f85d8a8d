using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.Regions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Turns;

/// <summary>
/// The bot's turn-error policy, shared by every adapter that runs the bot: log without user text, discard the
/// conversation's (possibly broken) state so the next message starts cleanly, and tell the person what happened and
/// what to do if they feel in danger. Never throws, so a failed turn never becomes a 500. When the conversation store
/// is down (or the conversation kept changing on another instance), or the replies could not be delivered, the state
/// is not broken: it is kept as it was before the turn, and the person is told to send the message again. The person
/// is told in the conversation's language (<see cref="ConversationLanguage.ForFailedTurn"/>).
/// </summary>
public sealed class TurnErrorPolicy(ConversationState conversationState, RegionResolver regions, ILogger logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        // The exception's type and stack say where it failed; its message could echo a payload, so it is not logged.
        logger.LogError(
            "Turn failed with {ExceptionType} (cause: {CauseType}) on channel {ChannelId}; stack: {StackTrace}",
            exception.GetType().FullName,
            exception.InnerException?.GetType().FullName,
            turnContext.Activity?.ChannelId,
            exception.StackTrace);
        // A proactive turn (a check-in) answers no message of the person's: nothing to tell them. The check-in is tried again.
        if (turnContext.Activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation })
        {
            return;
        }

        // A store that failed, or replies that did not arrive, leave the stored state as it was before the turn: it is
        // kept, and the person sends their message again. Anything else may have broken the state, so it is discarded.
        var region = regions.For(turnContext.Activity);
        using var inLanguage = ClinicalContent.UseLanguage(ConversationLanguage.ForFailedTurn(turnContext));
        var text = exception switch
        {
            StorageUnavailableException or StorageConflictException => TurnErrorMessage.StoreUnavailable(region),
            RepliesNotDeliveredException => TurnErrorMessage.RepliesNotDelivered(region),
            _ => null,
        };
        if (text is null)
        {
            await TryAsync(() => conversationState.DeleteAsync(turnContext), "discard conversation state");
            text = TurnErrorMessage.For(region);
        }

        await TryAsync(() => turnContext.SendActivityAsync(MessageFactory.Text(text, text, InputHints.AcceptingInput)), "send the error message");
    }

    private async Task TryAsync(Func<Task> action, string what)
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
