using System.Text.Json;
using System.Text.Json.Serialization;
using BackSpasmBot.Dialogs.Engine;

namespace BackSpasmBot.Triage.State;

/// <summary>
/// One conversation's stored state, typed: the dialog stack and the triage session. The JSON names are the ones the
/// SDK's <c>BotState</c> stored them under ("dialogStack", "triage"), so documents saved before the state was typed
/// read as they are, and documents saved now read in the earlier version.
/// </summary>
public sealed class ConversationData
{
    [JsonPropertyName("dialogStack")]
    public DialogState? DialogStack { get; set; }

    [JsonPropertyName("triage")]
    public TriageSession? Triage { get; set; }

    /// <summary>Anything else found in a stored document (kept as it was, and written back).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>Source-generated contracts for the stored conversation.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ConversationData))]
public sealed partial class ConversationJsonContext : JsonSerializerContext;

/// <summary>How <see cref="ConversationData"/> is written and read.</summary>
public static class ConversationJson
{
    /// <summary>The stored conversation's contracts first, then the engine's, then reflection for dialogs' option records.</summary>
    public static JsonSerializerOptions Options { get; } = EngineJson.CreateOptions(ConversationJsonContext.Default);

    public static string Serialize(ConversationData data) =>
        JsonSerializer.Serialize(data, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ConversationData>)Options.GetTypeInfo(typeof(ConversationData)));

    public static ConversationData Deserialize(string json) =>
        JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ConversationData>)Options.GetTypeInfo(typeof(ConversationData)))
        ?? new ConversationData();
}
