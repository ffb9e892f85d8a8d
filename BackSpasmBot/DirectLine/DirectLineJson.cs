using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// JSON for activities on the wire. One serializer with one shared, thread-safe contract resolver: with a new
/// resolver per call, Newtonsoft rebuilds the contract for Activity (and emits new getter delegates) every time,
/// which once cost an echo bot nine tenths of its turn (docs/architecture.md).
/// </summary>
public static class DirectLineJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ContractResolver = new ReadOnlyJsonContractResolver(),
        MaxDepth = 64,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    /// <summary>Reads one activity; null when the JSON is malformed or not an object.</summary>
    public static Activity? TryDeserialize(string json)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            return Serializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An ActivitySet, built from activities already serialized; no watermark when <paramref name="watermark"/> is null.</summary>
    public static string ActivitySet(IEnumerable<string> activitiesJson, string? watermark)
    {
        var builder = new StringBuilder("{\"activities\":[");
        builder.AppendJoin(',', activitiesJson);
        builder.Append(']');
        if (watermark is not null)
        {
            builder.Append(",\"watermark\":").Append(JsonConvert.ToString(watermark));
        }

        return builder.Append('}').ToString();
    }
}
