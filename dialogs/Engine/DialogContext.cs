using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of one conversation for one turn, with the operations dialogs use on it
/// (begin, continue, end, replace, cancel all, reprompt). Semantics follow Microsoft.Bot.Builder.Dialogs.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = context ?? throw new ArgumentNullException(nameof(context));
        State = state ?? throw new ArgumentNullException(nameof(state));
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The persisted stack this context works on.</summary>
    public DialogState State { get; }

    /// <summary>The context of the enclosing component dialog, if any.</summary>
    public DialogContext? Parent { get; }

    public IList<DialogInstance> Stack => State.Stack;

    /// <summary>The top of the stack, or null.</summary>
    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[0] : null;

    /// <summary>Finds a dialog in this set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    /// <summary>Pushes a dialog on the stack and starts it.</summary>
    public virtual async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new ArgumentException($"No dialog with id '{dialogId}' was found.", nameof(dialogId));
        State.Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public virtual async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"Failed to continue dialog. A dialog with id {instance.Id} could not be found.");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public virtual async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (result is CancellationToken)
        {
            throw new ArgumentException("A CancellationToken was passed as the dialog result.", nameof(result));
        }

        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        var parentInstance = ActiveDialog;
        if (parentInstance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var parent = FindDialog(parentInstance.Id)
            ?? throw new InvalidOperationException($"Failed to resume dialog. A dialog with id {parentInstance.Id} could not be found.");
        return await parent.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another in its place, without resuming the parent.</summary>
    public virtual async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack. <see cref="DialogTurnStatus.Cancelled"/> if anything was on it, else Empty.</summary>
    public virtual async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (State.Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (State.Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to prompt again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is not null && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(this, instance, cancellationToken);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken);
        }

        State.Stack.RemoveAt(0);
    }
}
