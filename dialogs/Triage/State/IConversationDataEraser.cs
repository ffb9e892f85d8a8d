using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.State;

/// <summary>
/// Something else that keeps data about a conversation (a transcript, for example). "Forget me" erases it too,
/// during the turn that asked, so nothing of that turn is written back afterwards.
/// </summary>
public interface IConversationDataEraser
{
    Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
