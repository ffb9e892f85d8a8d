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
    /// <summary>The settings every activity on the wire is read and written with (also by <c>ActivityRequestReader</c>).</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ContractResolver = new ReadOnlyJsonContractResolver(),
        MaxDepth = 64,
    };

    /// <summary>One serializer for those settings, shared (it is thread-safe once configured).</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    /// <summary>An activity as UTF-8 JSON: the one form in which the built-in Direct Line keeps it.</summary>
    public static byte[] SerializeUtf8(Activity activity) => Encoding.UTF8.GetBytes(Serialize(activity));

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

    /// <summary>An ActivitySet as UTF-8, built from activities already serialized; no watermark when <paramref name="watermark"/> is null.</summary>
    public static byte[] ActivitySet(IReadOnlyList<byte[]> activitiesJson, string? watermark)
    {
        var head = "{\"activities\":["u8;
        var tail = Encoding.UTF8.GetBytes("]" + (watermark is null ? string.Empty : ",\"watermark\":" + JsonConvert.ToString(watermark)) + "}");
        var length = head.Length + tail.Length + Math.Max(0, activitiesJson.Count - 1) + activitiesJson.Sum(json => json.Length);
        var set = new byte[length];
        head.CopyTo(set);
        var at = head.Length;
        for (var i = 0; i < activitiesJson.Count; i++)
        {
            if (i > 0)
            {
                set[at++] = (byte)',';
            }

            activitiesJson[i].CopyTo(set, at);
            at += activitiesJson[i].Length;
        }

        tail.CopyTo(set, at);
        return set;
    }
}
