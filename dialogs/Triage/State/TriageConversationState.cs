using BackSpasmBot.Dialogs.Engine.Channels;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.State;

/// <summary>
/// Conversation state, kept per person where several people share the conversation (Teams group chats and
/// channels). Otherwise two colleagues answering in the same channel would be merged into one triage, and
/// "forget me" from one would erase the other. One-to-one conversations use the SDK's key unchanged.
/// </summary>
public sealed class TriageConversationState(IStorage storage) : ConversationState(storage)
{
    /// <summary>The key this turn's state is stored under (a check-in is booked under the same key).</summary>
    public string KeyFor(ITurnContext turnContext) => GetStorageKey(turnContext);

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var key = base.GetStorageKey(turnContext);
        var personId = turnContext.Activity.From?.Id;
        return ConversationKind.IsShared(turnContext.Activity) && !string.IsNullOrEmpty(personId)
            ? $"{key}/users/{personId}"
            : key;
    }
}
