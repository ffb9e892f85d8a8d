namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack (persisted in <see cref="DialogInstance.Inner"/>).
/// <see cref="OnInterruptAsync"/> runs before the active inner step on every turn, so cross-cutting
/// behaviour (help, cancel, red flags) lives in one place that no step can forget.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The dialogs inside this component.</summary>
    protected DialogSet Dialogs { get; } = new();

    /// <summary>The dialog begun when the component begins; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; protected set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await EndWhenInnerIsDoneAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await OnInterruptAsync(inner, cancellationToken)
            ?? await OnContinueDialogAsync(inner, cancellationToken);
        return await EndWhenInnerIsDoneAsync(dc, result, cancellationToken);
    }

    /// <summary>A dialog the component began on the outer stack ended: ask the inner stack again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        CreateInnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken);
        }
    }

    /// <summary>Starts the inner stack. Default: begin <see cref="InitialDialogId"/>.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"'{Id}' has no dialogs."), options, cancellationToken);

    /// <summary>Hands the turn to the inner stack. Default: continue the active inner dialog.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>
    /// Runs before the active inner step on every turn. Return a result to take the turn (the step does not
    /// run), or null to let the step run.
    /// </summary>
    protected virtual Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance? instance = null)
    {
        instance ??= dc.ActiveDialog!;
        instance.Inner ??= new DialogState();
        return new DialogContext(Dialogs, dc.Context, instance.Inner, dc);
    }

    private static async Task<DialogTurnResult> EndWhenInnerIsDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status == DialogTurnStatus.Waiting
            ? DialogTurnResult.EndOfTurn
            : await dc.EndDialogAsync(inner.Result, cancellationToken);
}
