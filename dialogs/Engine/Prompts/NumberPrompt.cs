using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>Accepts the first number in the answer ("45", "I'm 45", "about 2.5").</summary>
public sealed partial class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    public NumberPrompt(string id, PromptValidator<T>? validator = null)
        : base(id, validator)
    {
    }

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = ActivityText.Of(context.Activity);
        var match = text is null ? Match.Empty : FirstNumber().Match(text);
        if (match.Success
            && T.TryParse(match.Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return Task.FromResult(new PromptRecognizerResult<T>(true, value));
        }

        return Task.FromResult(PromptRecognizerResult<T>.Failed);
    }
}
