using System.Collections.Concurrent;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Telemetry;

/// <summary>
/// The triages this instance saw start and not yet end, each with the time its state expires if nothing more is said
/// (<see cref="StorageOptions.IdleExpiry"/> after its last turn). <see cref="Sweep"/> counts those past that time as
/// abandoned. Kept in memory, keyed as the conversation state is (conversation, and person in shared chats); nothing
/// from here is exported but the counts. Tracking happens only while something listens for the abandoned count.
/// </summary>
/// <remarks>
/// What this cannot see: a restart of the process forgets the triages open at the time (they are not counted), and
/// where several instances share a Redis store a conversation whose turns land on different instances is counted by
/// the instance that served its last turn before an outcome elsewhere, if any (docs/operations.md).
/// </remarks>
public sealed class OpenTriages(BotMetrics metrics, IOptions<StorageOptions> storage, TimeProvider time)
{
    /// <summary>At most this many triages are tracked at once; beyond it new ones are not (a flood cannot grow memory).</summary>
    public const int MaxTracked = 100_000;

    public const string Expired = "expired";

    private readonly ConcurrentDictionary<string, OpenTriage> _open = new(StringComparer.Ordinal);
    private readonly TimeSpan _idleExpiry = storage.Value.IdleExpiry;

    /// <summary>How many triages are tracked now.</summary>
    public int Count => _open.Count;

    /// <summary>No triage is tracked (cheaper to ask than <see cref="Count"/>).</summary>
    public bool IsEmpty => _open.IsEmpty;

    /// <summary>A triage started; one that was still open in the same conversation is counted as abandoned.</summary>
    public void Started(ITurnContext turnContext, string channel)
    {
        if (!metrics.TracksAbandonment)
        {
            return;
        }

        var key = KeyOf(turnContext);
        if (_open.TryRemove(key, out var previous))
        {
            metrics.TriageAbandoned(previous.Channel, "restart");
        }

        if (_open.Count < MaxTracked)
        {
            _open[key] = new OpenTriage(channel, time.GetUtcNow() + _idleExpiry);
        }
    }

    /// <summary>The triage got its outcome: it is no longer open.</summary>
    public void Completed(ITurnContext turnContext)
    {
        if (!_open.IsEmpty)
        {
            _open.TryRemove(KeyOf(turnContext), out _);
        }
    }

    /// <summary>The triage was left by a command; counted as abandoned if it had no outcome.</summary>
    public void Left(ITurnContext turnContext, string reason)
    {
        if (!_open.IsEmpty && _open.TryRemove(KeyOf(turnContext), out var open))
        {
            metrics.TriageAbandoned(open.Channel, reason);
        }
    }

    /// <summary>A turn ended: an open triage in its conversation now expires a full idle period from now.</summary>
    public void Touched(ITurnContext turnContext)
    {
        if (_open.IsEmpty || turnContext.Activity?.Conversation?.Id is null)
        {
            return;
        }

        var key = KeyOf(turnContext);
        if (_open.TryGetValue(key, out var open))
        {
            _open.TryUpdate(key, open with { ExpiresAt = time.GetUtcNow() + _idleExpiry }, open);
        }
    }

    /// <summary>Counts, and forgets, the open triages whose state has expired by now. Returns how many.</summary>
    public int Sweep()
    {
        var now = time.GetUtcNow();
        var swept = 0;
        foreach (var (key, open) in _open)
        {
            if (open.ExpiresAt <= now && _open.TryRemove(new KeyValuePair<string, OpenTriage>(key, open)))
            {
                metrics.TriageAbandoned(open.Channel, Expired);
                swept++;
            }
        }

        return swept;
    }

    /// <summary>As the conversation state's key: per person where several people share the conversation.</summary>
    private static string KeyOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var conversation = activity.ChannelId + "/" + activity.Conversation?.Id;
        return ConversationKind.IsShared(activity) ? conversation + "/" + activity.From?.Id : conversation;
    }

    private sealed record OpenTriage(string Channel, DateTimeOffset ExpiresAt);
}
