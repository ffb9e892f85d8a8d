using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks, recognizes the answer, validates it, and asks again (with the retry prompt) until an answer is
/// accepted. Ends with the recognized value.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

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
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JObject.FromObject(promptOptions, EngineJson.Serializer);
        state[AttemptCountKey] = 0;
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
        var options = ReadOptions(state);
        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var attempt = (state.Value<int?>(AttemptCountKey) ?? 0) + 1;
        state[AttemptCountKey] = attempt;

        var accepted = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempt), cancellationToken);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
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

    /// <summary>Reads the answer out of the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions ReadOptions(JObject state) =>
        state[OptionsKey]?.ToObject<PromptOptions>(EngineJson.Serializer) ?? new PromptOptions();

    private static void SetExpectingInput(Activity? activity)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.InputHint))
        {
            activity.InputHint = InputHints.ExpectingInput;
        }
    }
}
