using System.Text.Json;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>
/// A text prompt begun with a small key (which question, and how it is worded) instead of its activities. The key is
/// all it keeps in the dialog state; <paramref name="render"/> makes the activities from it each time they are sent:
/// the first ask, a retry, a reprompt. A prompt's activities are most of a stored conversation, and writing and
/// reading them on every turn was much of a turn's work.
/// </summary>
/// <remarks>
/// A prompt begun by an earlier version kept its <see cref="PromptOptions"/> as JSON in the same place: those are
/// read and sent as they were, so a conversation saved before carries on.
/// </remarks>
/// <typeparam name="TKey">A small record the engine's JSON can write and read (no type names are stored).</typeparam>
public sealed class KeyedTextPrompt<TKey>(string id, Func<TKey, PromptOptions> render, PromptValidator<string>? validator = null)
    : Prompt<string>(id, validator)
    where TKey : class
{
    protected override PromptOptions Keep(DialogInstanceState state, object? options)
    {
        if (options is not TKey key)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with a {typeof(TKey).Name}.", nameof(options));
        }

        state.Options = key;
        return ExpectInput(render(key));
    }

    protected override PromptOptions Restore(DialogInstanceState state)
    {
        if (state.Options is JsonElement json && IsStoredOptions(json))
        {
            return StoredOptions(state);
        }

        return EngineJson.As<TKey>(state.Options) is { } key ? ExpectInput(render(key)) : new PromptOptions();
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, Func<PromptOptions> options, CancellationToken cancellationToken) =>
        Task.FromResult(TextPrompt.Recognize(context));

    /// <summary>Options kept whole by an earlier version (their activities), rather than a key.</summary>
    private static bool IsStoredOptions(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && (json.TryGetProperty(nameof(PromptOptions.Prompt), out _) || json.TryGetProperty(nameof(PromptOptions.RetryPrompt), out _)
            || json.TryGetProperty("prompt", out _) || json.TryGetProperty("retryPrompt", out _));
}
