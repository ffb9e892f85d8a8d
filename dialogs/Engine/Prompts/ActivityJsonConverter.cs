using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackSpasmBot.Dialogs.Engine.Prompts;

/// <summary>
/// Writes and reads a Bot Framework <see cref="Activity"/> inside System.Text.Json state with the SDK's own
/// serializer (its contract is Newtonsoft's attributes), so a stored prompt is the same JSON the channel would get.
/// </summary>
public sealed class ActivityJsonConverter : System.Text.Json.Serialization.JsonConverter<Activity>
{
    private static readonly Newtonsoft.Json.JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
    };

    public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonConvert.DeserializeObject<Activity>(document.RootElement.GetRawText(), Settings);
    }

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options) =>
        writer.WriteRawValue(JsonConvert.SerializeObject(value, Settings), skipInputValidation: true);
}
