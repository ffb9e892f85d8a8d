using BackSpasmBot.DirectLine;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Storage;
using BackSpasmBot.Triage.FollowUps;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.FollowUps;

/// <summary>
/// Books check-ins for the dialogs, in the conversation store, and cancels them on "stop check-ins" and "forget me"
/// (as an <see cref="IConversationDataEraser"/>).
/// </summary>
public sealed class FollowUpScheduler(
    IFollowUpStore store,
    IServiceProvider services,
    IOptions<StorageOptions> storage,
    IOptions<DirectLineOptions> directLine) : ICheckInScheduler, IConversationDataEraser
{
    // Resolved when first needed: TriageState depends on the erasers, this among them.
    private TriageState State => services.GetRequiredService<TriageState>();

    /// <summary>
    /// One-to-one conversations only. Connector channels (Teams, the Emulator, the Agents Playground, Azure's Direct
    /// Line) take proactive messages at their service URL. The built-in Direct Line holds a conversation in memory for
    /// <see cref="DirectLineOptions.ConversationIdleTimeout"/> only, so a check-in reaches it only within that time.
    /// </summary>
    public bool CanReach(ITurnContext turnContext, TimeSpan delay)
    {
        if (ConversationKind.IsShared(turnContext.Activity) || string.IsNullOrEmpty(turnContext.Activity.Conversation?.Id))
        {
            return false;
        }

        if (turnContext.Adapter is DirectLineBotAdapter)
        {
            return directLine.Value.ConversationIdleTimeout > delay;
        }

        return Uri.TryCreate(turnContext.Activity.ServiceUrl, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
    }

    public Task ScheduleAsync(ITurnContext turnContext, CheckInRequest request, CancellationToken cancellationToken) =>
        store.ScheduleAsync(
            new FollowUpRecord
            {
                Key = State.StorageKey(turnContext),
                Reference = FollowUpRecord.ReferenceFor(turnContext.Activity),
                InProcess = turnContext.Adapter is DirectLineBotAdapter,
                DueAt = request.DueAt,
                ExpiresAt = request.DueAt + storage.Value.IdleExpiry,
                RegionCode = request.RegionCode,
                Locale = turnContext.Activity.Locale,
                Recheck = [.. request.Recheck],
                Round = request.Round,
            },
            cancellationToken);

    public Task<bool> CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        store.CancelAsync(State.StorageKey(turnContext), cancellationToken);

    public Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken) => CancelAsync(turnContext, cancellationToken);
}
