using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackSpasmBot.Bench.Hosting;

/// <summary>
/// The echo baseline: registered by the benchmark in place of the triage, on the same host, adapter and middleware,
/// so the difference between the two is the triage itself. Like the JavaScript peer's echo, it welcomes on join.
/// </summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Welcome. This is information, not a diagnosis."), cancellationToken);
        }
    }
}
