using System.Security.Cryptography;
using System.Text;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Transcripts;

/// <summary>
/// Conversations as <c>{Folder}/{channelId}/{conversationId}.transcript</c> files: a JSON array of activities, the
/// format the Bot Framework Emulator saves and opens. "Forget me" deletes the conversation's file.
/// </summary>
public sealed class TranscriptStore(string folder) : IConversationDataEraser
{
    private const int MaxReadableNameLength = 120;

    // One serializer for every write (a new contract resolver per call is the SDK's known slow path).
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ContractResolver = new ReadOnlyJsonContractResolver(),
        Formatting = Formatting.Indented,
    });

    // Transcripts are a developer's tool: one writer at a time is plenty, and keeps each file a valid array.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The file that holds a conversation's transcript.</summary>
    public string PathFor(string channelId, string conversationId) =>
        Path.Combine(Folder, SafeName(channelId), SafeName(conversationId) + ".transcript");

    /// <summary>An activity as it will be written, taken now (later changes to the activity do not show).</summary>
    public static JObject Snapshot(Activity activity) => JObject.FromObject(activity, Serializer);

    /// <summary>Appends activity snapshots to the conversation's transcript, creating it when needed.</summary>
    public async Task AppendAsync(string channelId, string conversationId, IReadOnlyList<JObject> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return;
        }

        var path = PathFor(channelId, conversationId);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var all = File.Exists(path) ? JArray.Parse(await File.ReadAllTextAsync(path, cancellationToken)) : [];
            foreach (var activity in activities)
            {
                all.Add(activity);
            }

            var temporary = path + ".tmp";
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                Serializer.Serialize(writer, all);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity?.ChannelId is null || activity.Conversation?.Id is null)
        {
            return;
        }

        var path = PathFor(activity.ChannelId, activity.Conversation.Id);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            File.Delete(path);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A file name that cannot leave the folder and is the same on every OS: ids are escaped (Teams ids hold
    /// ':' and ';'), and ids too long for a file name become a hash.
    /// </summary>
    private static string SafeName(string id)
    {
        var escaped = Uri.EscapeDataString(id).Replace("%", "_", StringComparison.Ordinal);
        if (escaped.Length is > 0 and <= MaxReadableNameLength && escaped.Trim('.').Length > 0)
        {
            return escaped;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
