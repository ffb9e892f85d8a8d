using BackSpasmBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.State;

/// <summary>The triage's two conversation-state properties: the dialog stack and the session.</summary>
public sealed class TriageState
{
    private readonly IConversationDataEraser[] _erasers;

    /// <param name="conversationState">Where the stack and session live.</param>
    /// <param name="erasers">Other stores of conversation data that "forget me" must erase too.</param>
    public TriageState(ConversationState conversationState, IEnumerable<IConversationDataEraser>? erasers = null)
    {
        ConversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _erasers = erasers?.ToArray() ?? [];
        DialogStack = conversationState.CreateProperty<DialogState>("dialogStack");
        SessionProperty = conversationState.CreateProperty<TriageSession>("triage");
    }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogStack { get; }

    private IStatePropertyAccessor<TriageSession> SessionProperty { get; }

    /// <summary>This turn's session; the same instance for the whole turn, saved at its end.</summary>
    public async Task<TriageSession> SessionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var session = await SessionProperty.GetAsync(turnContext, () => new TriageSession(), cancellationToken);

        // A store without type names hands back a converted copy; setting it makes this copy the one that is saved.
        await SessionProperty.SetAsync(turnContext, session, cancellationToken);
        return session;
    }

    /// <summary>The storage key of this turn's conversation state.</summary>
    public string StorageKey(ITurnContext turnContext) =>
        ConversationState is TriageConversationState triage
            ? triage.KeyFor(turnContext)
            : $"{turnContext.Activity.ChannelId}/conversations/{turnContext.Activity.Conversation?.Id}";

    /// <summary>
    /// Deletes everything stored for this conversation, now (the "forget me" command): state and any other copies. The
    /// turn is marked (<see cref="TurnMarks.MarkErased"/>), so that nothing after it (such as undoing a turn whose replies were not delivered) brings the
    /// data back.
    /// </summary>
    public async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        TurnMarks.MarkErased(turnContext);
        await ConversationState.DeleteAsync(turnContext, cancellationToken);
        foreach (var eraser in _erasers)
        {
            await eraser.EraseAsync(turnContext, cancellationToken);
        }
    }
}
