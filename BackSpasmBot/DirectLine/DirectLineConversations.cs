using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// The built-in Direct Line's conversations, in memory: at most <see cref="DirectLineOptions.MaxConversations"/>,
/// each dropped after <see cref="DirectLineOptions.ConversationIdleTimeout"/> without activity.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineConversations> _logger;

    public DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversations> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public int Count => _conversations.Count;

    /// <summary>A new conversation for a new user, with unguessable ids; makes room first when the store is full.</summary>
    public DirectLineConversation Create()
    {
        var now = _time.GetUtcNow();
        var conversation = new DirectLineConversation(NewId(), "dl_" + NewId(), now, _options.MaxActivitiesPerConversation);
        lock (_evictionGate)
        {
            DropIdle(now);
            while (_conversations.Count >= _options.MaxConversations && DropLeastRecentlyActive())
            {
            }

            _conversations[conversation.Id] = conversation;
        }

        return conversation;
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

    private bool DropLeastRecentlyActive()
    {
        var oldest = _conversations.Values.MinBy(conversation => conversation.LastActive);
        if (oldest is null)
        {
            return false;
        }

        Drop(oldest);
        _logger.LogInformation("Dropped the least recently active Direct Line conversation: the store is at its limit of {MaxConversations}", _options.MaxConversations);
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
