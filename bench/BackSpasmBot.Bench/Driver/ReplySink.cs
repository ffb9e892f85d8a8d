using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BackSpasmBot.Bench.Driver;

/// <summary>What the driver needs from one reply: its type and the <c>channelData.triage</c> contract.</summary>
public readonly record struct Reply(string Type, string? Text, IReadOnlyList<string>? Asks, string? Disposition);

/// <summary>
/// Plays the channel: a minimal Kestrel server that receives bots' replies
/// (POST /v3/conversations/{id}/activities[/{replyToId}]) and answers <c>{"id":…}</c> as a channel does.
/// Each reply is filed under its conversation; a reply that arrives while no turn of that conversation is in flight
/// is counted as late, which is how the driver checks that replies are posted before the turn's HTTP response.
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);
    private long _nextId;
    private long _lateMessages;
    private long _lateOther;
    private long _unknownConversation;

    private ReplySink(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put on activities (ends with a slash).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Message replies that arrived when no turn of their conversation was in flight.</summary>
    public long LateMessages => Interlocked.Read(ref _lateMessages);

    /// <summary>Other late activities (typing indicators).</summary>
    public long LateOther => Interlocked.Read(ref _lateOther);

    /// <summary>Replies to a conversation the driver had already finished or never opened.</summary>
    public long UnknownConversation => Interlocked.Read(ref _unknownConversation);

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.Run(sink.ReceiveAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.First().TrimEnd('/') + "/";
        return sink;
    }

    public Inbox Open(string conversationId)
    {
        var inbox = new Inbox();
        _inboxes[conversationId] = inbox;
        return inbox;
    }

    public void Close(string conversationId) => _inboxes.TryRemove(conversationId, out _);

    private async Task ReceiveAsync(HttpContext context)
    {
        // /v3/conversations/{id}/activities[/{replyToId}]; the JavaScript SDK may double the first slash.
        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!HttpMethods.IsPost(context.Request.Method) || segments.Length < 4 || segments[0] != "v3" || segments[1] != "conversations")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var conversationId = Uri.UnescapeDataString(segments[2]);
        using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var reply = Read(json.RootElement);
        if (_inboxes.TryGetValue(conversationId, out var inbox))
        {
            if (!inbox.Add(reply))
            {
                if (reply.Type == "message")
                {
                    Interlocked.Increment(ref _lateMessages);
                }
                else
                {
                    Interlocked.Increment(ref _lateOther);
                }
            }
        }
        else
        {
            Interlocked.Increment(ref _unknownConversation);
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\"}"), context.RequestAborted);
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
