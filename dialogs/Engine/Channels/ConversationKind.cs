using Microsoft.Bot.Schema;

namespace BackSpasmBot.Dialogs.Engine.Channels;

/// <summary>
/// What kind of conversation an activity belongs to, as far as rendering and privacy care: Teams or not, and
/// one-to-one or shared with other people (a Teams group chat or channel, or any channel's group conversation).
/// </summary>
public static class ConversationKind
{
    public static bool IsTeams(IActivity? activity) =>
        string.Equals(activity?.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when other people can read the conversation. Teams says so with <c>conversationType</c>
    /// ("groupChat", "channel"); other channels with <c>isGroup</c>. Unknown means one-to-one.
    /// </summary>
    public static bool IsShared(IActivity? activity)
    {
        var conversation = activity?.Conversation;
        if (conversation is null)
        {
            return false;
        }

        return conversation.IsGroup == true
            || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A Teams deep link that opens a one-to-one chat with this bot, or null when the bot's Teams id is not known.
    /// Teams addresses bots as <c>28:&lt;Microsoft App ID&gt;</c>; the link works for anyone who has the app.
    /// </summary>
    public static Uri? PrivateChatLink(IActivity? activity)
    {
        var botId = activity?.Recipient?.Id;
        if (!IsTeams(activity) || botId is null || !botId.StartsWith("28:", StringComparison.Ordinal) || !Guid.TryParse(botId[3..], out var appId))
        {
            return null;
        }

        return new Uri($"https://teams.microsoft.com/l/chat/0/0?users=28:{appId:D}");
    }
}
