using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using System.Text.Json;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks, recognizes the answer, validates it, and asks again (with the retry prompt) until an answer is
/// accepted. Ends with the recognized value.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var promptOptions = Keep(state, options);
        state.AttemptCount = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!ActivityText.IsMessage(dc.Context.Activity))
        {
            return DialogTurnResult.EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        // Read only when something needs them (a validator, a retry): an accepted answer needs nothing but the text.
        // Read as for a retry, since that is what they are sent for if the answer is not accepted.
        PromptOptions? read = null;
        PromptOptions Options() => read ??= Restore(state, retry: true);
        var recognized = await OnRecognizeAsync(dc.Context, Options, cancellationToken);
        var attempt = (state.AttemptCount ?? 0) + 1;
        state.AttemptCount = attempt;

        var accepted = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, Options(), attempt), cancellationToken);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, Options(), isRetry: true, cancellationToken);
        }

        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(dc.Context, Restore(instance.State, retry: false), isRetry: false, cancellationToken);

    /// <summary>Sends the prompt (or the retry prompt), with its choices rendered for the channel.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext context, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is null)
        {
            return;
        }

        // The options are a fresh copy read from state (or the caller's, already persisted), so rendering into them is safe.
        if (options.Choices is { Count: > 0 } choices)
        {
            ChoiceRenderer.Render(activity, choices, context.Activity, options.Style);
        }

        await context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Reads the answer out of the turn's activity; <paramref name="options"/> reads the prompt's options when needed.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext context, Func<PromptOptions> options, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps in <paramref name="state"/> what the prompt needs to ask again, and returns the options to send now. By
    /// default the options themselves are kept, as JSON taken before sending: sending fills the activities in (ids,
    /// addresses, rendered choices), and a reprompt must start again from the activities as they were asked.
    /// </summary>
    protected virtual PromptOptions Keep(DialogInstanceState state, object? options)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"A prompt must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        ExpectInput(promptOptions);
        state.Options = JsonSerializer.SerializeToElement(promptOptions, EngineJsonContext.Default.PromptOptions);
        return promptOptions;
    }

    /// <summary>
    /// A fresh copy of the options the prompt was begun with, from what <see cref="Keep"/> kept (rendering into it never
    /// changes what is kept). <paramref name="retry"/>: they are read to ask again after an answer that was not accepted.
    /// </summary>
    protected virtual PromptOptions Restore(DialogInstanceState state, bool retry) => StoredOptions(state);

    /// <summary>The options kept as JSON in <paramref name="state"/> (by <see cref="Keep"/>'s default); empty options when there are none.</summary>
    protected static PromptOptions StoredOptions(DialogInstanceState state) =>
        state.Options is JsonElement { ValueKind: JsonValueKind.Object } json
            ? json.Deserialize(EngineJsonContext.Default.PromptOptions) ?? new PromptOptions()
            : new PromptOptions();

    /// <summary>Marks the prompt and its retry as expecting input, unless they say otherwise.</summary>
    protected static PromptOptions ExpectInput(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SetExpectingInput(options.Prompt);
        SetExpectingInput(options.RetryPrompt);
        return options;
    }

    private static void SetExpectingInput(Activity? activity)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.InputHint))
        {
            activity.InputHint = InputHints.ExpectingInput;
        }
    }
}
