using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn: continue the stack, or begin the dialog when the stack is empty.</summary>
public static class DialogRunner
{
    /// <summary>
    /// Continues the persisted stack; begins <paramref name="dialog"/> when nothing is active. The caller saves
    /// state once at the end of the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> stackAccessor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(stackAccessor);
        var state = await stackAccessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);

        // A store without type names hands back a converted copy; setting it makes this copy the one that is saved.
        await stackAccessor.SetAsync(turnContext, state, cancellationToken);

        var dc = new DialogContext(new DialogSet().Add(dialog), turnContext, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        return result;
    }
}
