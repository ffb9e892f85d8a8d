using System.Buffers;
using System.Text.Json;

namespace BackSpasmBot.Bench.Driver;

/// <summary>Writes the activities an Emulator-style channel sends (Bot Framework protocol, no SDK on the driver's side).</summary>
public static class Activities
{
    public static byte[] Message(string conversationId, string userId, string serviceUrl, string text) =>
        Write(conversationId, userId, serviceUrl, "message", text);

    public static byte[] Join(string conversationId, string userId, string serviceUrl) =>
        Write(conversationId, userId, serviceUrl, "conversationUpdate", null);

    private static byte[] Write(string conversationId, string userId, string serviceUrl, string type, string? text)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "emulator");
            json.WriteString("serviceUrl", serviceUrl);
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Patient");
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteString("name", "Bot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("locale", "en-GB");
            if (text is not null)
            {
                json.WriteString("text", text);
            }
            else
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", userId);
                json.WriteString("name", "Patient");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", "bot");
                json.WriteString("name", "Bot");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
