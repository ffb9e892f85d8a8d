using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Turns;

/// <summary>
/// Makes each turn all or nothing for the person: its replies are held until the turn has finished and saved its
/// state, then sent.
/// <list type="bullet">
/// <item><description>
/// When the save is refused because another instance changed the conversation meanwhile (an eTag conflict), the
/// replies are dropped, the state is read again and the turn runs again on top of the other instance's answer, up to
/// <see cref="MaxAttempts"/> times. So the person never sees replies from a turn whose state was thrown away, nor the
/// same reply twice.
/// </description></item>
/// <item><description>
/// When the turn fails for another reason (the store is down, a bug), its state is not saved and only the replies it
/// had marked urgent (<see cref="TurnMarks.MarkUrgent"/>: the triage's outcomes, which carry urgent advice) are sent; a question is not, because the person's answer to it
/// would be taken as the answer to the question the stored state is still at. The adapter's error handler then
/// asks them to send their message again.
/// </description></item>
/// <item><description>
/// When the replies cannot be delivered (the channel's connector fails), the saved state is put back as it was
/// before the turn, and <see cref="RepliesNotDeliveredException"/> is thrown: the person's next message is taken
/// where they last saw the conversation, not as an answer to a question they never received.
/// </description></item>
/// </list>
/// </summary>
public sealed class SaveBeforeSendMiddleware(ConversationState conversationState, ILogger<SaveBeforeSendMiddleware> logger) : IMiddleware
{
    /// <summary>
    /// How many times one turn runs at most before the conflict is reported as a turn error. Each attempt costs a read
    /// and a dialog step (milliseconds); only a conversation flooded from several instances at once needs more than two.
    /// </summary>
    public const int MaxAttempts = 10;

    private static readonly EventId RetryEvent = new(2001, "StateConflictRetry");
    private static readonly EventId RolledBackEvent = new(2003, "UndeliveredTurnRolledBack");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        await conversationState.LoadAsync(turnContext, force: false, cancellationToken);
        var before = Snapshot(turnContext);
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
                    before = Snapshot(turnContext);
                }
                catch (StorageConflictException)
                {
                    outbox.Discard();
                    throw;
                }
                catch
                {
                    await outbox.TrySendUrgentAsync(turnContext, logger);
                    throw;
                }
            }

            try
            {
                await outbox.FlushAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Data the person asked to erase stays erased, delivered or not.
                if (!TurnMarks.ErasedThisTurn(turnContext))
                {
                    await RollBackAsync(turnContext, before, cancellationToken);
                }

                throw new RepliesNotDeliveredException(ex);
            }
        }
        finally
        {
            // The adapter's error handler sends after this middleware has returned: let it through.
            outbox.Release();
        }
    }

    /// <summary>
    /// What to roll back to. The typed state keeps the JSON it read, which is that copy already: nothing is copied. Any
    /// other <see cref="BotState"/> is copied as a JSON tree.
    /// </summary>
    private object? Snapshot(ITurnContext turnContext) =>
        conversationState is TriageConversationState typed
            ? new TypedSnapshot(typed.StoredJson(turnContext))
            : conversationState.Get(turnContext);

    /// <summary>Puts the stored state back as it was before the turn (keeping the eTag this turn's save got); never throws.</summary>
    private async Task RollBackAsync(ITurnContext turnContext, object? before, CancellationToken cancellationToken)
    {
        try
        {
            if (before is TypedSnapshot snapshot && conversationState is TriageConversationState typed)
            {
                await typed.RestoreAsync(turnContext, snapshot.Json, cancellationToken);
                logger.LogInformation(RolledBackEvent, "The replies of a turn could not be delivered; its state change was undone");
                return;
            }

            var properties = before as JObject ?? [];
            var now = conversationState.Get(turnContext) as JObject ?? [];
            foreach (var name in now.Properties().Select(p => p.Name).Where(IsStateProperty))
            {
                if (!properties.ContainsKey(name))
                {
                    await conversationState.CreateProperty<object>(name).DeleteAsync(turnContext, cancellationToken);
                }
            }

            foreach (var property in properties.Properties().Where(p => IsStateProperty(p.Name)))
            {
                await conversationState.CreateProperty<JToken>(property.Name).SetAsync(turnContext, property.Value, cancellationToken);
            }

            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
            logger.LogInformation(RolledBackEvent, "The replies of a turn could not be delivered; its state change was undone");
        }
        catch (Exception ex)
        {
            logger.LogWarning(RolledBackEvent, "The replies of a turn could not be delivered, and its state change could not be undone: {ExceptionType}", ex.GetType().FullName);
        }
    }

    /// <summary>The typed state's JSON as read at the start of the turn (null: nothing was stored).</summary>
    private sealed record TypedSnapshot(string? Json);

    private static bool IsStateProperty(string name) => !string.Equals(name, JsonDocumentStorage.ETagProperty, StringComparison.OrdinalIgnoreCase);

    private sealed class Outbox
    {
        // Each held batch with the rest of its send chain: flushing continues that chain, so the handlers registered
        // before this one (transcripts) see each reply once, and the ones after it and the adapter see only what is sent.
        private readonly List<(IReadOnlyList<Activity> Activities, Func<Task<ResourceResponse[]>> Send)> _held = [];
        private bool _holding = true;

        public Task<ResourceResponse[]> HandleAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
        {
            if (!_holding)
            {
                return next();
            }

            lock (_held)
            {
                _held.Add((activities, next));
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

        public Task FlushAsync(CancellationToken cancellationToken) => SendAsync(_ => true, cancellationToken);

        /// <summary>Sends the held batches of a failed turn that hold an urgent reply (the rest are dropped); never throws.</summary>
        public async Task TrySendUrgentAsync(ITurnContext turnContext, ILogger logger)
        {
            try
            {
                await SendAsync(batch => batch.Any(reply => TurnMarks.IsUrgent(turnContext, reply)), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not send the outcome of a failed turn: {ExceptionType}", ex.GetType().FullName);
            }
        }

        private async Task SendAsync(Func<IReadOnlyList<Activity>, bool> which, CancellationToken cancellationToken)
        {
            (IReadOnlyList<Activity> Activities, Func<Task<ResourceResponse[]>> Send)[] toSend;
            lock (_held)
            {
                toSend = [.. _held];
                _held.Clear();
            }

            _holding = false;
            foreach (var batch in toSend.Where(batch => which(batch.Activities)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await batch.Send();
            }
        }
    }
}
