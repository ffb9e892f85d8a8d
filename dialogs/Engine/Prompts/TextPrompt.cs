using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>Accepts any non-empty text (or a value-only submit's answer).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, Func<PromptOptions> options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(context));

    /// <summary>The text of the turn's message (or a value-only submit's answer); failed when there is none.</summary>
    internal static PromptRecognizerResult<string> Recognize(ITurnContext context)
    {
        var text = ActivityText.Of(context.Activity);
        return string.IsNullOrWhiteSpace(text)
            ? PromptRecognizerResult<string>.Failed
            : new PromptRecognizerResult<string>(true, text);
    }
}
