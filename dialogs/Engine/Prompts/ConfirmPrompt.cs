using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>A yes/no question with Yes and No buttons; understands the usual ways of typing yes and no.</summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null)
        : base(id, validator)
    {
    }

    protected override Task OnPromptAsync(ITurnContext context, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        options.Choices ??= [new Choice("Yes"), new Choice("No")];
        return base.OnPromptAsync(context, options, isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = YesNoRecognizer.Recognize(ActivityText.Of(context.Activity));
        return Task.FromResult(answer is { } value
            ? new PromptRecognizerResult<bool>(true, value)
            : PromptRecognizerResult<bool>.Failed);
    }
}
