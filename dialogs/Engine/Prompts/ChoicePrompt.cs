using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>Offers choices as buttons and accepts a choice's value or synonym, its number, or a close spelling.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(ActivityText.Of(context.Activity), options.Choices ?? []);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failed
            : new PromptRecognizerResult<FoundChoice>(true, found));
    }
}
