using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Storage;

/// <summary>
/// Holds a turn's replies until the turn has finished and saved its state, then sends them. When the save is
/// refused because another instance changed the conversation meanwhile (an eTag conflict), the replies are
/// dropped, the state is read again and the turn runs again on top of the other instance's answer, up to
/// <see cref="MaxAttempts"/> times. So the person never sees replies from a turn whose state was thrown away,
/// nor the same reply twice.
/// </summary>
/// <remarks>
/// When a turn fails for another reason (for example the store is down), the replies it had already composed are
/// still sent, because they may carry urgent advice, and the adapter's error handler then adds its message.
/// </remarks>
public sealed class SaveBeforeSendMiddleware(ConversationState conversationState, ILogger<SaveBeforeSendMiddleware> logger) : IMiddleware
{
    /// <summary>
    /// How many times one turn runs at most before the conflict is reported as a turn error. Each attempt costs a read
    /// and a dialog step (milliseconds); only a conversation flooded from several instances at once needs more than two.
    /// </summary>
    public const int MaxAttempts = 10;

    private static readonly EventId RetryEvent = new(2001, "StateConflictRetry");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var outbox = new Outbox();
        turnContext.OnSendActivities(outbox.HandleAsync);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await next(cancellationToken);
                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts)
                {
                    outbox.Discard();
                    logger.LogInformation(RetryEvent, "Conversation state changed on another instance during the turn; running it again (attempt {Attempt} of {MaxAttempts})", attempt + 1, MaxAttempts);
                    await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
                }
                catch (StorageConflictException)
                {
                    outbox.Discard();
                    throw;
                }
                catch
                {
                    await outbox.TryFlushAsync(turnContext, logger);
                    throw;
                }
            }

            await outbox.FlushAsync(turnContext, cancellationToken);
        }
        finally
        {
            // The adapter's error handler sends after this middleware has returned: let it through.
            outbox.Release();
        }
    }

    private sealed class Outbox
    {
        // Each held batch with the rest of its send chain: flushing continues that chain, so the handlers registered
        // before this one (transcripts) see each reply once, and the ones after it and the adapter see only what is sent.
        private readonly List<Func<Task<ResourceResponse[]>>> _held = [];
        private bool _holding = true;

        public Task<ResourceResponse[]> HandleAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
        {
            if (!_holding)
            {
                return next();
            }

            lock (_held)
            {
                _held.Add(next);
            }

            // Ids are assigned by the channel when the replies are really sent; nothing in the bot reads them.
            return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
        }

        public void Discard()
        {
            lock (_held)
            {
                _held.Clear();
            }
        }

        public void Release() => _holding = false;

        public async Task FlushAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Func<Task<ResourceResponse[]>>[] toSend;
            lock (_held)
            {
                toSend = [.. _held];
                _held.Clear();
            }

            _holding = false;
            foreach (var send in toSend)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await send();
            }
        }

        public async Task TryFlushAsync(ITurnContext turnContext, ILogger logger)
        {
            try
            {
                await FlushAsync(turnContext, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not send the replies of a failed turn: {ExceptionType}", ex.GetType().FullName);
            }
        }
    }
}
