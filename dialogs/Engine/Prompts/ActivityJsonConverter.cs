using System.Buffers;
using System.Globalization;
using System.Text;
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

    private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.Create(Settings);

    /// <summary>A buffer per thread for the activity's JSON, so a prompt saved every turn costs no growing builders or strings.</summary>
    [ThreadStatic]
    private static StringBuilder? _buffer;

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        var buffer = _buffer ??= new StringBuilder(4096);
        buffer.Clear();
        using (var text = new StringWriter(buffer, CultureInfo.InvariantCulture))
        {
            Serializer.Serialize(text, value);
        }

        var rented = ArrayPool<char>.Shared.Rent(buffer.Length);
        try
        {
            buffer.CopyTo(0, rented, buffer.Length);
            writer.WriteRawValue(rented.AsSpan(0, buffer.Length), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
            if (buffer.Capacity > 64 * 1024)
            {
                _buffer = null;
            }
        }
    }
}
