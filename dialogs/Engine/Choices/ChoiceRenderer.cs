using BackSpasmBot.Dialogs.Engine.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine.Choices;

/// <summary>
/// Shows choices the way the channel supports them. The one place that knows channel differences for buttons:
/// suggested actions where supported (Teams: personal chats only, at most 3, never on a message with
/// attachments); otherwise card buttons (Teams: an Adaptive Card whose Action.Submit buttons send
/// <c>{"answer": …}</c>; elsewhere a hero card whose imBack buttons send the answer as text); otherwise a numbered list.
/// </summary>
public static class ChoiceRenderer
{
    private const int TeamsMaxSuggestedActions = 3;
    private const int MaxCardButtons = 50;

    public static void Render(IMessageActivity message, IList<Choice> choices, IActivity incoming, ListStyle style = ListStyle.Auto)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return;
        }

        var channel = new ChannelTraits(incoming);
        var chosen = style == ListStyle.Auto ? Choose(channel, message, choices.Count) : style;
        switch (chosen)
        {
            case ListStyle.SuggestedAction:
                message.SuggestedActions = new SuggestedActions
                {
                    Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value))],
                };
                break;
            case ListStyle.HeroCard when channel.IsTeams:
                message.Attachments ??= [];
                message.Attachments.Add(AnswerCard(choices));
                break;
            case ListStyle.HeroCard:
                message.Attachments ??= [];
                message.Attachments.Add(new HeroCard
                {
                    Buttons = [.. choices.Select(AnswerButton)],
                }.ToAttachment());
                break;
            default:
                message.Text = $"{message.Text}\n\n{string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Value}"))}";
                break;
        }
    }

    /// <summary>
    /// A card button that posts the answer as the person's own message (imBack). Not messageBack: Microsoft 365 Agents
    /// Playground does not support it ("Action type messageBack is not supported yet"), and Teams clients have been
    /// seen to drop its value (MicrosoftDocs/msteams-docs#13443). Value-only submits from other cards (messageBack,
    /// Adaptive Card Action.Submit) are still understood: see <see cref="ActivityText"/>.
    /// </summary>
    public static CardAction AnswerButton(Choice choice) =>
        new(ActionTypes.ImBack, choice.Value, text: choice.Value, value: choice.Value);

    /// <summary>The Adaptive Card content type (the card itself is plain JSON: no card library is needed).</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// Card buttons for Teams: an Adaptive Card (schema 1.2, the highest the Teams mobile clients render) whose
    /// Action.Submit buttons send <c>{"answer": …}</c> as a value-only message. Teams renders imBack and messageBack
    /// card buttons too, but Microsoft 365 Agents Playground, the local Teams test client, supports neither
    /// ("Action type imBack is not supported yet"); Action.Submit works in both.
    /// </summary>
    public static Attachment AnswerCard(IList<Choice> choices) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.2",
            ["body"] = new JArray(),
            ["actions"] = new JArray(choices.Select(c => new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Value,
                ["data"] = new JObject { ["answer"] = c.Value },
            })),
        },
    };

    private static ListStyle Choose(ChannelTraits channel, IMessageActivity message, int count)
    {
        var hasAttachments = message.Attachments is { Count: > 0 };
        if (channel.IsTeams)
        {
            return channel.IsPersonal && count <= TeamsMaxSuggestedActions && !hasAttachments
                ? ListStyle.SuggestedAction
                : count <= MaxCardButtons ? ListStyle.HeroCard : ListStyle.Inline;
        }

        return ListStyle.SuggestedAction;
    }

    private readonly struct ChannelTraits(IActivity incoming)
    {
        public bool IsTeams { get; } = ConversationKind.IsTeams(incoming);

        public bool IsPersonal { get; } = !ConversationKind.IsShared(incoming);
    }
}
