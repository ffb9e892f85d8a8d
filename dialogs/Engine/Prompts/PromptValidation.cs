using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt's recognizer made of the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false);
}

/// <summary>What a validator sees.</summary>
/// <param name="Context">The turn.</param>
/// <param name="Recognized">The recognizer's result.</param>
/// <param name="Options">The prompt's options.</param>
/// <param name="AttemptCount">1 on the first answer, then 2, 3…</param>
public sealed record PromptValidatorContext<T>(
    ITurnContext Context,
    PromptRecognizerResult<T> Recognized,
    PromptOptions Options,
    int AttemptCount);

/// <summary>
/// Decides whether an answer is accepted. A validator that sends its own message suppresses the retry prompt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
