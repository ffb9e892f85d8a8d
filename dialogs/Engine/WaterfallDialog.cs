namespace BackSpasmBot.Dialogs.Engine;

/// <summary>One step of a waterfall.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps. Each step either waits for the user (usually by starting a prompt) or moves on
/// with <see cref="WaterfallStepContext.NextAsync"/>; running off the end ends the dialog with the last result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        _steps = [.. steps ?? throw new ArgumentNullException(nameof(steps))];
    }

    public int StepCount => _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state.Values = [];
        state.Options = options;

        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message resumes the current step's successor with the message text; other activities wait.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!ActivityText.IsMessage(dc.Context.Activity))
        {
            return Task.FromResult(DialogTurnResult.EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, ActivityText.Of(dc.Context.Activity), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.State.StepIndex ?? 0;
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        dc.ActiveDialog!.State.StepIndex = index;
        var step = new WaterfallStepContext(this, dc, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }
}
