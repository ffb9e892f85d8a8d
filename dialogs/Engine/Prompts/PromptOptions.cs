using System.Text.Json.Serialization;
using BackSpasmBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks, how it asks again, and the choices it offers. Persisted with the prompt.</summary>
public sealed class PromptOptions
{
    /// <summary>The first ask.</summary>
    [JsonConverter(typeof(ActivityJsonConverter))]
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not accepted.</summary>
    [JsonConverter(typeof(ActivityJsonConverter))]
    public Activity? RetryPrompt { get; set; }

    /// <summary>Buttons to offer; free text always works as well.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How to show the choices; Auto picks what the channel supports.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;
}
