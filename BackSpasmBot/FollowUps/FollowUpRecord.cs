using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackSpasmBot.FollowUps;

/// <summary>
/// One booked check-in, as stored: what is needed to reach the conversation again and what to ask. Nothing the person
/// typed: the conversation reference keeps ids and addresses only (no names).
/// </summary>
public sealed class FollowUpRecord
{
    private static readonly JsonSerializerSettings JsonSettings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    /// <summary>The conversation state's storage key (one check-in per conversation).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Where to send it: channel, service URL, conversation, bot and person ids, locale.</summary>
    public ConversationReference Reference { get; set; } = new();

    /// <summary>The conversation is on the built-in Direct Line (delivered in process, not through a connector).</summary>
    public bool InProcess { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>After this the check-in is dropped unsent (the conversation's idle expiry, counted from the due time).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The region the person said they are in; null for the deployment's.</summary>
    public string? RegionCode { get; set; }

    public string? Locale { get; set; }

    /// <summary>The finding ids to ask about again.</summary>
    public List<string> Recheck { get; set; } = [];

    /// <summary>1 for the first check-in after an outcome, 2 for one more.</summary>
    public int Round { get; set; }

    /// <summary>Deliveries the channel refused so far.</summary>
    public int Attempts { get; set; }

    public string ToJson() => JsonConvert.SerializeObject(this, JsonSettings);

    public static FollowUpRecord FromJson(string json) =>
        JsonConvert.DeserializeObject<FollowUpRecord>(json, JsonSettings) ?? throw new JsonException("Empty check-in record.");

    /// <summary>The reference of <paramref name="activity"/>'s conversation, with names left out.</summary>
    public static ConversationReference ReferenceFor(IActivity activity)
    {
        var reference = activity.GetConversationReference();
        return new ConversationReference
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Locale = reference.Locale,
            Conversation = reference.Conversation is { } conversation
                ? new ConversationAccount(conversation.IsGroup, conversation.ConversationType, conversation.Id, tenantId: conversation.TenantId)
                : null,
            Bot = reference.Bot is { } bot ? new ChannelAccount(bot.Id, bot.Name, bot.Role) : null,
            User = reference.User is { } user ? new ChannelAccount(user.Id, role: user.Role) : null,
        };
    }
}
