using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackSpasmBot.Dialogs.Engine;

/// <summary>
/// One entry of the persisted dialog stack: the dialog's id, its typed state, and for a <see cref="ComponentDialog"/>
/// its inner stack. Serialized with System.Text.Json (<see cref="EngineJson"/>), as plain JSON without type names.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state: a waterfall's step, options and values, a prompt's options and attempts.</summary>
    public DialogInstanceState State { get; set; } = new();

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>; null for other dialogs.</summary>
    public DialogState? Inner { get; set; }
}

/// <summary>
/// A dialog's persisted state. The JSON names are those the stack has always been stored with, so a conversation
/// saved before the state was typed carries on (and one saved now reads the same way in the earlier version).
/// </summary>
/// <remarks>
/// <see cref="Options"/> and the entries of <see cref="Values"/> hold whatever object a dialog put there during this
/// turn; read back from the store they are <see cref="JsonElement"/>s until a dialog asks for them typed
/// (<see cref="EngineJson.As{T}"/>), which replaces them with the typed object.
/// </remarks>
public sealed class DialogInstanceState
{
    /// <summary>A waterfall's running step.</summary>
    [JsonPropertyName("stepIndex")]
    [Newtonsoft.Json.JsonProperty("stepIndex", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    public int? StepIndex { get; set; }

    /// <summary>A waterfall's options (what it was begun with), or a prompt's <c>PromptOptions</c> as JSON.</summary>
    [JsonPropertyName("options")]
    [Newtonsoft.Json.JsonProperty("options", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    [Newtonsoft.Json.JsonConverter(typeof(NewtonsoftJsonElementConverter))]
    public object? Options { get; set; }

    /// <summary>A waterfall's values, kept for later steps of the same run.</summary>
    [JsonPropertyName("values")]
    [Newtonsoft.Json.JsonProperty("values", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore, ItemConverterType = typeof(NewtonsoftJsonElementConverter))]
    public Dictionary<string, object?>? Values { get; set; }

    /// <summary>A prompt's count of answers so far.</summary>
    [JsonPropertyName("attemptCount")]
    [Newtonsoft.Json.JsonProperty("attemptCount", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    public int? AttemptCount { get; set; }

    /// <summary>Anything else found in a stored state (kept as it was, and written back).</summary>
    [JsonExtensionData]
    [Newtonsoft.Json.JsonIgnore]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>
/// Lets the engine's state go through the SDK's own <c>BotState</c> as well (Newtonsoft JSON, as the engine's tests
/// and any bot on the SDK's state do): a <see cref="JsonElement"/> is written as the JSON it holds, and any JSON read
/// back becomes a <see cref="JsonElement"/>, as System.Text.Json reads it.
/// </summary>
public sealed class NewtonsoftJsonElementConverter : Newtonsoft.Json.JsonConverter
{
    public override bool CanConvert(Type objectType) => true;

    public override object? ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, object? existingValue, Newtonsoft.Json.JsonSerializer serializer)
    {
        var token = Newtonsoft.Json.Linq.JToken.Load(reader);
        return token.Type == Newtonsoft.Json.Linq.JTokenType.Null
            ? null
            : JsonSerializer.Deserialize(token.ToString(Newtonsoft.Json.Formatting.None), EngineJsonContext.Default.JsonElement);
    }

    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, object? value, Newtonsoft.Json.JsonSerializer serializer)
    {
        if (value is JsonElement json)
        {
            // As a token, not raw text: the SDK writes state into a JSON tree, which cannot hold raw text.
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json.GetRawText())) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
            Newtonsoft.Json.Linq.JToken.ReadFrom(reader).WriteTo(writer);
            return;
        }

        serializer.Serialize(writer, value);
    }
}

/// <summary>The whole persisted dialog stack. Index 0 is the top (the active dialog).</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
