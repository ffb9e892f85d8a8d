using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Triage.Dialogs;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Bots;

/// <summary>
/// The bot: welcomes the person once, runs the triage on every message, and saves state once per turn.
/// Channel-specific input (Teams mentions) is normalised here, before the dialogs see it.
/// </summary>
public sealed class BackSpasmBotHandler(TriageState state, TriageDialog triage) : TeamsActivityHandler
{
    /// <summary>The event Web Chat pages send on connect, so the welcome appears before the person types.</summary>
    public const string WebChatJoinEvent = "webchat/join";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        Mentions.RemoveRecipientMention(turnContext.Activity);

        await triage.RunTurnAsync(turnContext, state.DialogStack, cancellationToken);
    }

    /// <summary>
    /// Welcomes when someone other than the bot joins. Deliberately not the Teams member dispatch: that looks each
    /// new member up in the Teams roster, a call the welcome does not need. Teams is left to the install event.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var recipientId = turnContext.Activity.Recipient?.Id;
        if (!ConversationKind.IsTeams(turnContext.Activity)
            && turnContext.Activity.MembersAdded?.Any(member => member.Id != recipientId) == true)
        {
            await triage.WelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>
    /// Teams sends installationUpdate and conversationUpdate together, at the same moment, when the app is added.
    /// Welcoming on the install alone gives one welcome even when the two turns run side by side, and in the
    /// installing person's language (only the install carries a locale). An upgrade ("add-upgrade") is not a new
    /// person, so it is not welcomed; a person who messages first is given the disclaimer by the triage itself.
    /// </summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        string.Equals(turnContext.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)
            ? triage.WelcomeAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (string.Equals(turnContext.Activity.Name, WebChatJoinEvent, StringComparison.Ordinal))
        {
            await triage.WelcomeAsync(turnContext, cancellationToken);
            return;
        }

        await base.OnEventActivityAsync(turnContext, cancellationToken);
    }
}
