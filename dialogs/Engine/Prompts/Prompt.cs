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
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"A prompt must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        SetExpectingInput(promptOptions.Prompt);
        SetExpectingInput(promptOptions.RetryPrompt);
        // Kept as JSON now, before sending: sending fills the activities in (ids, addresses, rendered choices), and a
        // reprompt must start again from the activities as they were asked.
        var state = dc.ActiveDialog!.State;
        state.Options = JsonSerializer.SerializeToElement(promptOptions, EngineJsonContext.Default.PromptOptions);
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
        PromptOptions? read = null;
        PromptOptions Options() => read ??= ReadOptions(state);
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
        OnPromptAsync(dc.Context, ReadOptions(instance.State), isRetry: false, cancellationToken);

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

    /// <summary>A fresh copy of the options the prompt was begun with (rendering into it never changes what is kept).</summary>
    private static PromptOptions ReadOptions(DialogInstanceState state) =>
        state.Options is JsonElement { ValueKind: JsonValueKind.Object } json
            ? json.Deserialize(EngineJsonContext.Default.PromptOptions) ?? new PromptOptions()
            : new PromptOptions();

    private static void SetExpectingInput(Activity? activity)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.InputHint))
        {
            activity.InputHint = InputHints.ExpectingInput;
        }
    }
}
