using BackSpasmBot.Dialogs.Engine;
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
        if (turnContext.Activity.Recipient is not null)
        {
            turnContext.Activity.RemoveRecipientMention();
        }

        await triage.RunAsync(turnContext, state.DialogStack, cancellationToken);
    }

    /// <summary>
    /// Welcomes when someone other than the bot joins. Deliberately not the Teams member dispatch: that looks each
    /// new member up in the Teams roster, a call the welcome does not need.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var recipientId = turnContext.Activity.Recipient?.Id;
        if (turnContext.Activity.MembersAdded?.Any(member => member.Id != recipientId) == true)
        {
            await triage.WelcomeAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        triage.WelcomeAsync(turnContext, cancellationToken);

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
