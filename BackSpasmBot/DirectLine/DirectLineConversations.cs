using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// The built-in Direct Line's conversations, in memory: at most <see cref="DirectLineOptions.MaxConversations"/>,
/// each dropped after <see cref="DirectLineOptions.ConversationIdleTimeout"/> without activity, all of them together
/// holding at most <see cref="DirectLineOptions.MaxTotalBytes"/> of activities. When the table is full, a token that
/// was never used to start its conversation makes room first; a conversation someone has started is never dropped
/// to make room, so a flood of token requests cannot end a triage in progress: new conversations are refused instead.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineConversations> _logger;
    private readonly DirectLineConversationLimits _limits;

    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversations> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _limits = new DirectLineConversationLimits(_options.MaxActivitiesPerConversation, _options.MaxBytesPerConversation, new DirectLineMemoryBudget(_options.MaxTotalBytes));
    }

    public int Count => _conversations.Count;

    /// <summary>Bytes of activities all conversations hold together.</summary>
    public long Bytes => _limits.Budget.Used;

    /// <summary>
    /// A new conversation for a new user, with unguessable ids; makes room first when the table is full by dropping
    /// idle conversations, then the oldest one never started. Null when there is still no room (every conversation is
    /// in use, or the host's byte budget has no room for another).
    /// </summary>
    public DirectLineConversation? Create()
    {
        var now = _time.GetUtcNow();
        lock (_evictionGate)
        {
            DropIdle(now);
            while (_conversations.Count >= _options.MaxConversations && DropOldestNeverStarted())
            {
            }

            if (_conversations.Count >= _options.MaxConversations || !_limits.Budget.HasRoomFor(DirectLineConversation.ReplyHeadroom))
            {
                _logger.LogWarning("Refused a new Direct Line conversation: {Count} are open and they hold {Bytes} bytes", _conversations.Count, _limits.Budget.Used);
                return null;
            }

            var conversation = new DirectLineConversation(NewId(), "dl_" + NewId(), now, _limits);
            _conversations[conversation.Id] = conversation;
            return conversation;
        }
    }

    /// <summary>The live conversation with this id, or null when there is none or it has been idle too long.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, _time.GetUtcNow()))
        {
            Drop(conversation);
            return null;
        }

        return conversation;
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive >= _options.ConversationIdleTimeout;

    private void DropIdle(DateTimeOffset now)
    {
        foreach (var conversation in _conversations.Values)
        {
            if (IsIdle(conversation, now))
            {
                Drop(conversation);
            }
        }
    }

    private bool DropOldestNeverStarted()
    {
        var oldest = _conversations.Values.Where(conversation => !conversation.Started).MinBy(conversation => conversation.LastActive);
        if (oldest is null)
        {
            return false;
        }

        Drop(oldest);
        _logger.LogInformation("Dropped a Direct Line conversation that was never started: the table is at its limit of {MaxConversations}", _options.MaxConversations);
        return true;
    }

    private void Drop(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.End();
        }
    }

    private static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
}
