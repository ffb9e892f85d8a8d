namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// What a waterfall step sees: the previous result, the options the waterfall began with, its persisted
/// values, and <see cref="NextAsync"/>. It shares the waterfall's stack, so prompts and child dialogs it
/// begins resume the waterfall when they end.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>Why the step is running.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's or child dialog's result, or the message text when the user answered.</summary>
    public object? Result { get; }

    private DialogInstanceState InstanceState => ActiveDialog!.State;

    /// <summary>The options the waterfall was begun with, typed.</summary>
    public T? GetOptions<T>()
    {
        var options = EngineJson.As<T>(InstanceState.Options);
        if (options is not null)
        {
            InstanceState.Options = options;
        }

        return options;
    }

    /// <summary>A value persisted by an earlier step of this waterfall run.</summary>
    public T? GetValue<T>(string key)
    {
        var values = InstanceState.Values ??= [];
        var value = EngineJson.As<T>(values.GetValueOrDefault(key));
        if (value is not null)
        {
            values[key] = value;
        }

        return value;
    }

    /// <summary>Persists a value for later steps of this waterfall run.</summary>
    public void SetValue<T>(string key, T value) => (InstanceState.Values ??= [])[key] = value;

    /// <summary>Skips to the next step without waiting for the user. Calling it twice in one step throws.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
