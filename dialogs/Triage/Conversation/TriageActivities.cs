using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// Builds the bot's messages with their machine-readable <c>channelData.triage</c> contract (TRIAGE-SPEC §6).
/// Buttons are rendered for the channel by the engine's ChoiceRenderer when the prompt is sent.
/// </summary>
public static class TriageActivities
{
    /// <summary>The yes/no buttons of every red-flag question: "not sure" is always a valid answer.</summary>
    public static IReadOnlyList<string> YesNoNotSure => Clinical.Content.ClinicalContent.Current.Text.YesNoButtons;

    /// <summary>A prompt for one triage question; the retry uses the plainer wording.</summary>
    public static PromptOptions Question(Question question, bool plainly)
    {
        var text = plainly ? question.PlainRetryText : question.Text;
        return new PromptOptions
        {
            Prompt = Asking(text, question.Asks),
            Choices = [.. question.Choices.Select(c => new Choice(c))],
        };
    }

    /// <summary>The one plain re-ask for a hedged finding.</summary>
    public static PromptOptions ConfirmFinding(string findingId) => new()
    {
        Prompt = Asking(Wording.ConfirmFinding(findingId), [findingId]),
        Choices = [.. YesNoNotSure.Select(c => new Choice(c))],
    };

    /// <summary>The one question that could raise an urgent outcome to an emergency.</summary>
    public static PromptOptions UpgradeCheck(string findingId) => new()
    {
        Prompt = Asking(Wording.UpgradeCheck(findingId), [findingId]),
        Choices = [.. YesNoNotSure.Select(c => new Choice(c))],
    };

    /// <summary>A message that asks something, tagged with what it asks about.</summary>
    public static Activity Asking(string text, IReadOnlyList<string> asks)
    {
        var activity = (Activity)MessageFactory.Text(text, text, InputHints.ExpectingInput);
        activity.ChannelData = new JObject { ["triage"] = new JObject { ["asks"] = new JArray(asks) } };
        return activity;
    }

    /// <summary>An explanation ("why?"), tagged with the finding or fact ids it explains; the question follows it.</summary>
    public static Activity Explaining(string text, IReadOnlyList<string> explains)
    {
        var activity = Say(text);
        activity.ChannelData = new JObject { ["triage"] = new JObject { ["explains"] = new JArray(explains) } };
        return activity;
    }

    /// <summary>The outcome, tagged with disposition, findings, plan and content version.</summary>
    public static Activity Outcome(OutcomeMessage outcome)
    {
        var activity = (Activity)MessageFactory.Text(outcome.Text, outcome.Text, InputHints.AcceptingInput);
        activity.ChannelData = new JObject
        {
            ["triage"] = new JObject
            {
                ["disposition"] = DispositionId(outcome.Disposition),
                ["findings"] = new JArray(outcome.Findings),
                ["plan"] = new JArray(outcome.Plan),
                ["contentVersion"] = outcome.ContentVersion,
            },
        };
        return activity;
    }

    /// <summary>
    /// The note for group chats and channels: others can read along, so offer a one-to-one chat. In Teams it carries
    /// a button that opens that chat when the bot's Teams id is known.
    /// </summary>
    public static Activity SharedConversationNote(IActivity incoming)
    {
        var activity = Say(TriageText.SharedConversationNote);
        if (ConversationKind.PrivateChatLink(incoming) is { } link)
        {
            activity.Attachments = [new HeroCard { Buttons = [new CardAction(ActionTypes.OpenUrl, TriageText.PrivateChatButton, value: link.AbsoluteUri)] }.ToAttachment()];
        }

        return activity;
    }

    /// <summary>A plain message that asks nothing.</summary>
    public static Activity Say(string text) => (Activity)MessageFactory.Text(text, text, InputHints.AcceptingInput);

    /// <summary>The contract's id for a disposition.</summary>
    public static string DispositionId(Disposition disposition) => disposition switch
    {
        Disposition.Emergency => "emergency",
        Disposition.Urgent => "urgent",
        Disposition.Gp => "gp",
        _ => "selfcare",
    };
}
