using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackSpasmBot.Bench.Driver;

/// <summary>What the driver needs from one reply: its type and the <c>channelData.triage</c> contract.</summary>
public readonly record struct Reply(string Type, string? Text, IReadOnlyList<string>? Asks, string? Disposition);

/// <summary>
/// Plays the channel's side of the Bot Framework protocol, for the benchmark and the tests: a minimal Kestrel server
/// that receives bots' replies (POST /v3/conversations/{id}/activities[/{replyToId}]) and answers <c>{"id":…}</c>,
/// as the Emulator does. A conversation read through an <see cref="Inbox"/> (the load driver) keeps only what the
/// driver needs, turn by turn, and a reply that arrives while none of its turns is in flight is counted as late:
/// that is how the driver checks that replies are posted before the turn's HTTP response. Any other conversation
/// keeps every activity whole until <see cref="Take"/> (the tests).
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _received = new(StringComparer.Ordinal);
    private long _nextId;
    private long _lateMessages;
    private long _lateOther;
    private long _withoutInbox;
    private int _requestCount;
    private int _refusedCount;

    private ChannelSink(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put on activities sent to a bot.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>When set, replies are refused with this status code (to inject channel faults).</summary>
    public int? FailWith { get; set; }

    /// <summary>Requests the sink answered (replies, updates…), for tests about the outbound path.</summary>
    public int RequestCount => _requestCount;

    /// <summary>Replies refused because of <see cref="FailWith"/>.</summary>
    public int RefusedCount => _refusedCount;

    /// <summary>Message replies to an open inbox that arrived when no turn of their conversation was in flight.</summary>
    public long LateMessages => Interlocked.Read(ref _lateMessages);

    /// <summary>Other late activities (typing indicators).</summary>
    public long LateOther => Interlocked.Read(ref _lateOther);

    /// <summary>Replies to a conversation with no open inbox: for the driver, one it had finished or never opened.</summary>
    public long UnknownConversation => Interlocked.Read(ref _withoutInbox);

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.Run(sink.ReceiveAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.First();
        return sink;
    }

    /// <summary>Collects this conversation's replies turn by turn, from now until <see cref="Close"/>.</summary>
    public Inbox Open(string conversationId)
    {
        var inbox = new Inbox();
        _inboxes[conversationId] = inbox;
        return inbox;
    }

    public void Close(string conversationId) => _inboxes.TryRemove(conversationId, out _);

    /// <summary>True when an activity matching <paramref name="match"/> has arrived for the conversation and not yet been taken.</summary>
    public bool Holds(string conversationId, Func<Activity, bool> match) =>
        _received.TryGetValue(conversationId, out var queue) && queue.Any(match);

    /// <summary>Everything received for a conversation without an inbox since the last call, in order.</summary>
    public IReadOnlyList<Activity> Take(string conversationId)
    {
        var taken = new List<Activity>();
        if (_received.TryGetValue(conversationId, out var queue))
        {
            while (queue.TryDequeue(out var activity))
            {
                taken.Add(activity);
            }
        }

        return taken;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        // /v3/conversations/{id}/activities[/{replyToId}]; the JavaScript SDK may double the first slash.
        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!HttpMethods.IsPost(context.Request.Method) || segments.Length < 4 || segments[0] != "v3" || segments[1] != "conversations" || segments[3] != "activities")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _requestCount);
        if (FailWith is { } status)
        {
            Interlocked.Increment(ref _refusedCount);
            context.Response.StatusCode = status;
            return;
        }

        var conversationId = Uri.UnescapeDataString(segments[2]);
        string id;
        if (_inboxes.TryGetValue(conversationId, out var inbox))
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            FileUnderInbox(inbox, Read(json.RootElement));
            id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Interlocked.Increment(ref _withoutInbox);
            using var reader = new StreamReader(context.Request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(context.RequestAborted))!;
            activity.Id ??= Guid.NewGuid().ToString("N");
            id = activity.Id;
            _received.GetOrAdd(conversationId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
        }

        context.Response.ContentType = "application/json";
        await using var answer = new Utf8JsonWriter(context.Response.Body);
        answer.WriteStartObject();
        answer.WriteString("id", id);
        answer.WriteEndObject();
        await answer.FlushAsync(context.RequestAborted);
    }

    private void FileUnderInbox(Inbox inbox, Reply reply)
    {
        if (inbox.Add(reply))
        {
            return;
        }

        if (reply.Type == "message")
        {
            Interlocked.Increment(ref _lateMessages);
        }
        else
        {
            Interlocked.Increment(ref _lateOther);
        }
    }

    private static Reply Read(JsonElement activity)
    {
        var type = activity.TryGetProperty("type", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var text = activity.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        List<string>? asks = null;
        string? disposition = null;
        if (activity.TryGetProperty("channelData", out var channelData) && channelData.ValueKind == JsonValueKind.Object
            && channelData.TryGetProperty("triage", out var triage) && triage.ValueKind == JsonValueKind.Object)
        {
            if (triage.TryGetProperty("asks", out var a) && a.ValueKind == JsonValueKind.Array)
            {
                asks = [.. a.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
            }

            if (triage.TryGetProperty("disposition", out var d) && d.ValueKind == JsonValueKind.String)
            {
                disposition = d.GetString();
            }
        }

        return new Reply(type, text, asks, disposition);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One conversation's replies, collected while a turn is in flight.</summary>
    public sealed class Inbox
    {
        private readonly List<Reply> _replies = [];
        private bool _inFlight;

        public void BeginTurn()
        {
            lock (_replies)
            {
                _replies.Clear();
                _inFlight = true;
            }
        }

        /// <summary>Ends the turn (its HTTP response has arrived) and hands back what was received during it.</summary>
        public List<Reply> EndTurn()
        {
            lock (_replies)
            {
                _inFlight = false;
                var taken = new List<Reply>(_replies);
                _replies.Clear();
                return taken;
            }
        }

        /// <summary>False when no turn is in flight: the reply came after its turn's response.</summary>
        internal bool Add(Reply reply)
        {
            lock (_replies)
            {
                if (!_inFlight)
                {
                    return false;
                }

                _replies.Add(reply);
                return true;
            }
        }
    }
}
