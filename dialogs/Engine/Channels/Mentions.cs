using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine.Channels;

/// <summary>
/// Strips the bot's own @mention from a message ("<at>BackSpasmBot</at> yes" → "yes"), as Teams sends it in group
/// chats and channels. Unlike the SDK's RemoveRecipientMention, it treats the mention text literally (never as a
/// regular expression) and ignores mention entities with missing parts, so a malformed activity cannot fail the turn.
/// </summary>
public static class Mentions
{
    public static void RemoveRecipientMention(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var recipientId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.Text) || string.IsNullOrEmpty(recipientId) || activity.Entities is null)
        {
            return;
        }

        foreach (var entity in activity.Entities)
        {
            if (entity is null || !string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is not JObject properties)
            {
                continue;
            }

            var mentionedId = (properties["mentioned"] as JObject)?["id"]?.Type == JTokenType.String ? properties["mentioned"]!["id"]!.Value<string>() : null;
            var text = properties["text"]?.Type == JTokenType.String ? properties["text"]!.Value<string>() : null;
            if (string.Equals(mentionedId, recipientId, StringComparison.Ordinal) && !string.IsNullOrEmpty(text))
            {
                activity.Text = activity.Text.Replace(text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        activity.Text = activity.Text.Trim();
    }
}
