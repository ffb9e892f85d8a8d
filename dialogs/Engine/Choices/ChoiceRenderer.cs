using BackSpasmBot.Dialogs.Engine.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Dialogs.Engine.Choices;

/// <summary>
/// Shows choices the way the channel supports them. The one place that knows channel differences for buttons:
/// suggested actions where supported (Teams: personal chats only, at most 3, never on a message with
/// attachments); otherwise a hero card whose buttons send the answer both as text and as a value
/// (<c>{"answer": …}</c>), so a value-only submit works too; otherwise a numbered text list.
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

    /// <summary>A card button that sends the answer as text and as a value, whichever the channel delivers.</summary>
    public static CardAction AnswerButton(Choice choice) =>
        new(ActionTypes.MessageBack, choice.Value, text: choice.Value, displayText: choice.Value, value: new JObject { ["answer"] = choice.Value });

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
