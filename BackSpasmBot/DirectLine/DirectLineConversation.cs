using System.Globalization;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// One built-in Direct Line conversation: its history (the watermark is an index into it), the one WebSocket
/// stream allowed to follow it, and the queue that hands its activities to the bot one at a time, in order.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly List<StoredActivity> _history = [];
    private readonly int _maxActivities;
    private DirectLineStreamConnection? _stream;
    private Task _lastTurn = Task.CompletedTask;
    private DateTimeOffset _lastTimestamp;

    public DirectLineConversation(string id, string userId, DateTimeOffset now, int maxActivities)
    {
        Id = id;
        UserId = userId;
        LastActive = now;
        _maxActivities = maxActivities;
    }

    public string Id { get; }

    /// <summary>The user the conversation's tokens were minted for; Direct Line sets every user activity's from.id to it.</summary>
    public string UserId { get; }

    /// <summary>Whether a client has started it (POST /conversations), so a second start answers 200, not 201.</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastActive { get; private set; }

    public bool IsFull
    {
        get
        {
            lock (_gate)
            {
                return _history.Count >= _maxActivities;
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
    /// Stores an activity and sends it to the stream. Gives it a server id and a timestamp strictly after the
    /// previous one, because Web Chat orders activities by timestamp.
    /// </summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var index = _history.Count;
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{index:D7}");
            activity.Timestamp = NextTimestamp(now);
            var json = DirectLineJson.Serialize(activity);
            _history.Add(new StoredActivity(activity, json));
            LastActive = now > LastActive ? now : LastActive;
            _stream?.Send(DirectLineJson.ActivitySet([json], Watermark(index + 1)));
            return activity.Id;
        }
    }

    /// <summary>Sends an activity to the stream without storing it: typing is delivered over WebSocket only.</summary>
    public void Publish(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            activity.Id ??= "typing-" + Guid.NewGuid().ToString("N");
            activity.Timestamp ??= now;
            _stream?.Send(DirectLineJson.ActivitySet([DirectLineJson.Serialize(activity)], watermark: null));
        }
    }

    /// <summary>Replaces a stored activity (the bot updated it) and sends the new version to the stream.</summary>
    public bool Replace(Activity activity)
    {
        lock (_gate)
        {
            var index = _history.FindIndex(stored => stored.Activity.Id == activity.Id);
            if (index < 0)
            {
                return false;
            }

            activity.Timestamp ??= _history[index].Activity.Timestamp;
            var json = DirectLineJson.Serialize(activity);
            _history[index] = new StoredActivity(activity, json);
            _stream?.Send(DirectLineJson.ActivitySet([json], watermark: null));
            return true;
        }
    }

    /// <summary>An ActivitySet of at most <paramref name="pageSize"/> activities after <paramref name="watermark"/>.</summary>
    public string Page(int watermark, int pageSize)
    {
        lock (_gate)
        {
            var start = Math.Clamp(watermark, 0, _history.Count);
            var count = Math.Min(pageSize, _history.Count - start);
            var page = _history.GetRange(start, count).Select(stored => stored.Json);
            return DirectLineJson.ActivitySet(page, Watermark(start + count));
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
    /// Makes <paramref name="stream"/> the conversation's one stream and queues what it has not seen. A stream already
    /// open is closed with the reason "collision": the newer connection is the one a reconnecting client just made.
    /// </summary>
    public void Attach(DirectLineStreamConnection stream, int fromWatermark)
    {
        DirectLineStreamConnection? previous;
        lock (_gate)
        {
            previous = _stream;
            _stream = stream;
            var start = Math.Clamp(fromWatermark, 0, _history.Count);
            if (start < _history.Count)
            {
                stream.Send(DirectLineJson.ActivitySet(_history.Skip(start).Select(stored => stored.Json), Watermark(_history.Count)));
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

    /// <summary>Closes the stream; used when the conversation is dropped.</summary>
    public void End()
    {
        DirectLineStreamConnection? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
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

    private static string Watermark(int count) => count.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredActivity(Activity Activity, string Json);
}
