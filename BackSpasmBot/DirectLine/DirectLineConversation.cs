using System.Globalization;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// One built-in Direct Line conversation: its history (the watermark is an index into it), the one WebSocket
/// stream allowed to follow it, and the queue that hands its activities to the bot one at a time, in order.
/// Each activity is kept once, as its UTF-8 JSON, and counted against the conversation's and the host's byte limits.
/// </summary>
public sealed class DirectLineConversation
{
    /// <summary>
    /// Room kept free for the bot's replies to a post already accepted: a turn's replies are a few kilobytes, and a
    /// reply is never refused (the person would miss advice).
    /// </summary>
    public const long ReplyHeadroom = 64 * 1024;

    private readonly Lock _gate = new();
    private readonly List<StoredActivity> _history = [];
    private readonly DirectLineConversationLimits _limits;
    private DirectLineStreamConnection? _stream;
    private Task _lastTurn = Task.CompletedTask;
    private DateTimeOffset _lastTimestamp;
    private long _bytes;
    private bool _ended;

    public DirectLineConversation(string id, string userId, DateTimeOffset now, DirectLineConversationLimits limits)
    {
        Id = id;
        UserId = userId;
        LastActive = now;
        _limits = limits;
    }

    public string Id { get; }

    /// <summary>The user the conversation's tokens were minted for; Direct Line sets every user activity's from.id to it.</summary>
    public string UserId { get; }

    /// <summary>Whether a client has started it (POST /conversations), so a second start answers 200, not 201.</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastActive { get; private set; }

    /// <summary>Bytes of activity JSON this conversation holds.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now > LastActive)
            {
                LastActive = now;
            }
        }
    }

    /// <summary>
    /// Stores an activity the client posted, unless the conversation or the host is at its limit (leaving room for
    /// the bot's replies); then the activity is not stored and nothing is sent.
    /// </summary>
    public AppendResult TryAppendFromClient(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_ended || _history.Count >= _limits.MaxActivities)
            {
                return AppendResult.ConversationFull;
            }

            var json = Stamp(activity, now);
            if (_bytes + json.Length + ReplyHeadroom > _limits.MaxBytes)
            {
                activity.Id = null;
                return AppendResult.ConversationFull;
            }

            if (!_limits.Budget.TryTake(json.Length, ReplyHeadroom))
            {
                activity.Id = null;
                return AppendResult.HostFull;
            }

            Store(json, activity.Timestamp, now);
            return AppendResult.Stored;
        }
    }

    /// <summary>
    /// Stores the bot's activity and sends it to the stream. Gives it a server id and a timestamp strictly after the
    /// previous one, because Web Chat orders activities by timestamp.
    /// </summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var json = Stamp(activity, now);
            if (!_ended)
            {
                _limits.Budget.Take(json.Length);
                Store(json, activity.Timestamp, now);
            }

            return activity.Id;
        }
    }

    /// <summary>Gives the activity the next server id and timestamp, and serializes it.</summary>
    private byte[] Stamp(Activity activity, DateTimeOffset now)
    {
        activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{_history.Count:D7}");
        activity.Timestamp = NextTimestamp(now);
        return DirectLineJson.SerializeUtf8(activity);
    }

    private void Store(byte[] json, DateTimeOffset? timestamp, DateTimeOffset now)
    {
        _history.Add(new StoredActivity(json, timestamp));
        _bytes += json.Length;
        LastActive = now > LastActive ? now : LastActive;
        _stream?.Send(DirectLineJson.ActivitySet([json], Watermark(_history.Count)));
    }

    /// <summary>Sends an activity to the stream without storing it: typing is delivered over WebSocket only.</summary>
    public void Publish(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            activity.Id ??= "typing-" + Guid.NewGuid().ToString("N");
            activity.Timestamp ??= now;
            _stream?.Send(DirectLineJson.ActivitySet([DirectLineJson.SerializeUtf8(activity)], watermark: null));
        }
    }

    /// <summary>Replaces a stored activity (the bot updated it) and sends the new version to the stream.</summary>
    public bool Replace(Activity activity)
    {
        lock (_gate)
        {
            if (_ended || IndexOf(activity.Id) is not { } index)
            {
                return false;
            }

            activity.Timestamp ??= _history[index].Timestamp;
            var json = DirectLineJson.SerializeUtf8(activity);
            var growth = json.Length - _history[index].Json.Length;
            _limits.Budget.Take(growth);
            _bytes += growth;
            _history[index] = new StoredActivity(json, activity.Timestamp);
            _stream?.Send(DirectLineJson.ActivitySet([json], watermark: null));
            return true;
        }
    }

    /// <summary>An ActivitySet of at most <paramref name="pageSize"/> activities after <paramref name="watermark"/>.</summary>
    public byte[] Page(int watermark, int pageSize)
    {
        lock (_gate)
        {
            return PageLocked(Math.Clamp(watermark, 0, _history.Count), pageSize);
        }
    }

    /// <summary>The current watermark: the number of stored activities.</summary>
    public string CurrentWatermark()
    {
        lock (_gate)
        {
            return Watermark(_history.Count);
        }
    }

    /// <summary>
    /// Makes <paramref name="stream"/> the conversation's one stream and queues what it has not seen, in pages of
    /// <paramref name="pageSize"/> activities as GET gives them. A stream already open is closed with the reason
    /// "collision": the newer connection is the one a reconnecting client just made.
    /// </summary>
    public void Attach(DirectLineStreamConnection stream, int fromWatermark, int pageSize)
    {
        DirectLineStreamConnection? previous;
        lock (_gate)
        {
            previous = _stream;
            _stream = stream;
            for (var start = Math.Clamp(fromWatermark, 0, _history.Count); start < _history.Count; start += pageSize)
            {
                stream.Send(PageLocked(start, pageSize));
            }
        }

        previous?.Close(DirectLineStreamConnection.CollisionReason);
    }

    public void Detach(DirectLineStreamConnection stream)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_stream, stream))
            {
                _stream = null;
            }
        }
    }

    /// <summary>Closes the stream and gives the conversation's bytes back; used when the conversation is dropped.</summary>
    public void End()
    {
        DirectLineStreamConnection? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
            if (!_ended)
            {
                _ended = true;
                _limits.Budget.Give(_bytes);
                _history.Clear();
                _bytes = 0;
            }
        }

        stream?.Close("ended");
    }

    /// <summary>
    /// Runs <paramref name="turn"/> after every turn queued before it: the bot sees a conversation's activities one at
    /// a time and in the order they were posted, whatever order the HTTP requests finish in.
    /// </summary>
    public Task EnqueueTurn(Func<Task> turn)
    {
        lock (_gate)
        {
            var next = RunAfterAsync(_lastTurn, turn);
            _lastTurn = next;
            return next;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> turn)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The previous turn's caller has seen its failure; this turn runs regardless.
        }

        await turn();
    }

    private DateTimeOffset NextTimestamp(DateTimeOffset now)
    {
        var next = now > _lastTimestamp ? now : _lastTimestamp.AddMilliseconds(1);
        _lastTimestamp = next;
        return next;
    }

    private byte[] PageLocked(int start, int pageSize)
    {
        var count = Math.Min(pageSize, _history.Count - start);
        var page = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            page[i] = _history[start + i].Json;
        }

        return DirectLineJson.ActivitySet(page, Watermark(start + count));
    }

    /// <summary>The index a server id names (ids are "{conversation}|{index}"), when it is one of this conversation's.</summary>
    private int? IndexOf(string? activityId)
    {
        var bar = activityId?.LastIndexOf('|') ?? -1;
        return bar > 0
            && activityId!.AsSpan(0, bar).SequenceEqual(Id)
            && int.TryParse(activityId.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < _history.Count
                ? index
                : null;
    }

    private static string Watermark(int count) => count.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredActivity(byte[] Json, DateTimeOffset? Timestamp);
}

/// <summary>What <see cref="DirectLineConversation.TryAppendFromClient"/> did.</summary>
public enum AppendResult
{
    Stored,
    ConversationFull,
    HostFull,
}

/// <summary>The limits every conversation shares: its own activity and byte caps, and the host's budget.</summary>
public sealed record DirectLineConversationLimits(int MaxActivities, long MaxBytes, DirectLineMemoryBudget Budget);
