using BackSpasmBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.State;

/// <summary>The triage's two parts of the conversation state: the dialog stack and the session, typed.</summary>
public sealed class TriageState
{
    private readonly IConversationDataEraser[] _erasers;
    private readonly TriageConversationState _typed;

    /// <param name="conversationState">Where the stack and session live: a <see cref="TriageConversationState"/>.</param>
    /// <param name="erasers">Other stores of conversation data that "forget me" must erase too.</param>
    public TriageState(ConversationState conversationState, IEnumerable<IConversationDataEraser>? erasers = null)
    {
        ConversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _typed = conversationState as TriageConversationState
            ?? throw new ArgumentException($"The triage keeps its state in a {nameof(TriageConversationState)}.", nameof(conversationState));
        _erasers = erasers?.ToArray() ?? [];
        DialogStack = new DialogStackAccessor(_typed);
    }

    public ConversationState ConversationState { get; }

    /// <summary>The dialog stack, for the engine's runner.</summary>
    public IStatePropertyAccessor<DialogState> DialogStack { get; }

    /// <summary>This turn's session: read once per turn with the rest of the state, the same instance for the whole turn, saved at its end.</summary>
    public async Task<TriageSession> SessionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _typed.DataAsync(turnContext, cancellationToken);
        return data.Triage ??= new TriageSession();
    }

    /// <summary>The storage key of this turn's conversation state.</summary>
    public string StorageKey(ITurnContext turnContext) => _typed.KeyFor(turnContext);

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

    /// <summary>The stack as the engine's runner asks for it: the typed state's, created when there is none.</summary>
    private sealed class DialogStackAccessor(TriageConversationState state) : IStatePropertyAccessor<DialogState>
    {
        public string Name => "dialogStack";

        public async Task<DialogState> GetAsync(ITurnContext turnContext, Func<DialogState>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            var data = await state.DataAsync(turnContext, cancellationToken);
            return data.DialogStack ??= defaultValueFactory?.Invoke() ?? new DialogState();
        }

        public async Task SetAsync(ITurnContext turnContext, DialogState value, CancellationToken cancellationToken = default) =>
            (await state.DataAsync(turnContext, cancellationToken)).DialogStack = value;

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            (await state.DataAsync(turnContext, cancellationToken)).DialogStack = null;
    }
}
