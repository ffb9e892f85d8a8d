using System.Security.Cryptography;
using System.Text;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Transcripts;

/// <summary>
/// Conversations as <c>{Folder}/{channelId}/{conversationId}.transcript</c> files: a JSON array of activities, the
/// format the Bot Framework Emulator saves and opens. Files and folders are readable by their owner only (on Unix),
/// each turn is appended in place (the file is never rewritten for it), and names are escaped one-to-one, so two ids
/// never share a file. "Forget me" deletes the conversation's file, or in a group conversation only that person's part.
/// </summary>
public sealed class TranscriptStore(string folder) : IConversationDataEraser
{
    private const int MaxReadableNameLength = 120;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

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
        var items = string.Join(",\n", activities.Select(activity => activity.ToString(Formatting.Indented)));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            CreateOwnerOnlyFolder(Path.GetDirectoryName(path)!);
            await using var file = new FileStream(path, OwnerOnlyOptions(FileMode.OpenOrCreate));
            var end = ClosingBracketPosition(file);
            file.Position = end ?? 0;
            var text = (end is null ? "[\n" : ",\n") + items + "\n]\n";
            await file.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
            file.SetLength(file.Position);
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
            if (ConversationKind.IsShared(activity) && activity.From?.Id is { } personId)
            {
                await RemovePersonAsync(path, personId, cancellationToken);
            }
            else
            {
                File.Delete(path);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rewrites a group's transcript without what one person sent or was sent.</summary>
    private static async Task RemovePersonAsync(string path, string personId, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var kept = new JArray(JArray.Parse(await File.ReadAllTextAsync(path, cancellationToken))
            .Where(entry => entry["from"]?.Value<string>("id") != personId && entry["recipient"]?.Value<string>("id") != personId));
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, OwnerOnlyOptions(FileMode.Create)))
        await using (var writer = new StreamWriter(file, new UTF8Encoding(false)))
        {
            Serializer.Serialize(writer, kept);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Where the array's closing bracket is (whitespace after it ignored); null for an empty file.</summary>
    private static long? ClosingBracketPosition(FileStream file)
    {
        for (var position = file.Length - 1; position >= 0; position--)
        {
            file.Position = position;
            var b = file.ReadByte();
            if (b == ']')
            {
                return position;
            }

            if (b is not (' ' or '\n' or '\r' or '\t'))
            {
                throw new InvalidDataException("The transcript file does not end with a JSON array.");
            }
        }

        return null;
    }

    private static FileStreamOptions OwnerOnlyOptions(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.ReadWrite, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }

    private void CreateOwnerOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(Folder, OwnerOnlyFolder);
        Directory.CreateDirectory(path, OwnerOnlyFolder);
    }

    /// <summary>
    /// A file name that cannot leave the folder, is the same on every OS, and is different for different ids: ids are
    /// percent-escaped (Teams ids hold ':' and ';'), '_' is escaped too before '%' becomes '_', and ids too long for a
    /// file name become '#' and a hash ('#' is always escaped, so no escaped name starts with it).
    /// </summary>
    private static string SafeName(string id)
    {
        var escaped = Uri.EscapeDataString(id).Replace("_", "_5F", StringComparison.Ordinal).Replace("%", "_", StringComparison.Ordinal);
        if (escaped.Length is > 0 and <= MaxReadableNameLength && escaped.Trim('.').Length > 0)
        {
            return escaped;
        }

        return "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
