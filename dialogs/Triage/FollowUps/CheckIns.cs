using BackSpasmBot.Clinical;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>What the dialogs need to offer, book and hold check-ins: the scheduler, its options and the clock.</summary>
public sealed class CheckIns(ICheckInScheduler scheduler, FollowUpOptions options, TimeProvider time)
{
    /// <summary>Check-ins never offered (the library's default).</summary>
    public static CheckIns None { get; } = new(NoCheckIns.Instance, new FollowUpOptions { Enabled = false }, TimeProvider.System);

    public ICheckInScheduler Scheduler { get; } = scheduler;

    public FollowUpOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    /// <summary>
    /// Whether to offer a check-in now: the deployment offers them, the outcome is self-care or GP, no more than
    /// <see cref="FollowUpOptions.MaxCheckIns"/> have been booked since it, the conversation is one-to-one (never in a
    /// group chat or channel), and the channel can deliver one then.
    /// </summary>
    public bool ShouldOffer(ITurnContext turnContext, TriageSession session, Disposition disposition) =>
        Options.Enabled
        && disposition <= Disposition.Gp
        && session.FollowUp.Rounds < Options.MaxCheckIns
        && !ConversationKind.IsShared(turnContext.Activity)
        && Scheduler.CanReach(turnContext, Options.Delay);
}
