using System.Text.Json;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>
/// A text prompt begun with a small key (which question, and how it is worded) instead of its activities. The key is
/// all it keeps in the dialog state; <paramref name="render"/> makes the activities from it each time they are sent:
/// the first ask, a retry, a reprompt. A prompt's activities are most of a stored conversation, and writing and
/// reading them on every turn was much of a turn's work.
/// </summary>
/// <param name="id">The prompt's dialog id.</param>
/// <param name="render">
/// Makes the options from the key. Its second argument is true when they are made to ask again after an answer that
/// was not accepted: their <see cref="PromptOptions.RetryPrompt"/> is then sent, or their Prompt when there is none,
/// so a renderer can make just the activity that will be sent.
/// </param>
/// <param name="validator">Decides whether an answer is accepted; without one, any text is.</param>
/// <remarks>
/// A prompt begun by an earlier version kept its <see cref="PromptOptions"/> as JSON in the same place: those are
/// read and sent as they were, so a conversation saved before carries on.
/// </remarks>
/// <typeparam name="TKey">A small record the engine's JSON can write and read (no type names are stored).</typeparam>
public sealed class KeyedTextPrompt<TKey>(string id, Func<TKey, bool, PromptOptions> render, PromptValidator<string>? validator = null)
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
        return ExpectInput(render(key, false));
    }

    protected override PromptOptions Restore(DialogInstanceState state, bool retry)
    {
        if (state.Options is JsonElement json && IsStoredOptions(json))
        {
            return StoredOptions(state);
        }

        return EngineJson.As<TKey>(state.Options) is { } key ? ExpectInput(render(key, retry)) : new PromptOptions();
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, Func<PromptOptions> options, CancellationToken cancellationToken) =>
        Task.FromResult(TextPrompt.Recognize(context));

    /// <summary>Options kept whole by an earlier version (their activities), rather than a key.</summary>
    private static bool IsStoredOptions(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && (json.TryGetProperty(nameof(PromptOptions.Prompt), out _) || json.TryGetProperty(nameof(PromptOptions.RetryPrompt), out _)
            || json.TryGetProperty("prompt", out _) || json.TryGetProperty("retryPrompt", out _));
}
