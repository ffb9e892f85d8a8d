namespace BackSpasmBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a call (same meaning as Microsoft.Bot.Builder.Dialogs).</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing is on the stack.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The dialog completed; its result is available.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}

/// <summary>The outcome of a dialog operation.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The completed dialog's result, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The dialog is waiting for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);
}
