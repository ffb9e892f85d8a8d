using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Dialogs.Engine.Prompts;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.FollowUps;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Triage.Dialogs;

/// <summary>
/// Offers a check-in (tomorrow, in 2 days, or no thanks) and books it only when the person says so. An answer that is
/// none of these is asked once more; a second one books nothing.
/// </summary>
public sealed class FollowUpOfferDialog : ComponentDialog
{
    public const string DialogId = "triage.followup.offer";
    private const string FlowId = "triage.followup.offer.flow";
    private const string AnswerPromptId = "triage.followup.offer.answer";

    private readonly TriageState _state;
    private readonly CheckIns _checkIns;

    public FollowUpOfferDialog(TriageState state, CheckIns checkIns)
        : base(DialogId)
    {
        _state = state;
        _checkIns = checkIns;
        AddDialog(new WaterfallDialog(FlowId, [OfferStepAsync, RecordStepAsync]));
        AddDialog(new TextPrompt(AnswerPromptId, UnderstoodOrAskedTwice));
    }

    private static Task<bool> UnderstoodOrAskedTwice(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(FollowUpAnswers.ParseOffer(prompt.Recognized.Value) != OfferAnswer.Unknown || prompt.AttemptCount >= 2);

    private static Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var again = step.GetOptions<OfferOptions>()?.Again ?? false;
        var options = new PromptOptions
        {
            Prompt = TriageActivities.Asking(again ? FollowUpWording.OfferAnother : FollowUpWording.Offer, [FollowUpActivities.OfferAsks]),
            RetryPrompt = TriageActivities.Asking(FollowUpWording.OfferRetry, [FollowUpActivities.OfferAsks]),
            Choices = [new Choice(FollowUpWording.TomorrowChoice), new Choice(FollowUpWording.InTwoDaysChoice), new Choice(FollowUpWording.NoThanksChoice)],
        };
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var answer = FollowUpAnswers.ParseOffer(step.Result as string);
        if (answer is not (OfferAnswer.Tomorrow or OfferAnswer.InTwoDays))
        {
            await step.Context.SendActivityAsync(TriageActivities.Say(FollowUpWording.Declined), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var delay = answer == OfferAnswer.Tomorrow ? _checkIns.Options.Delay : _checkIns.Options.LongDelay;
        var due = _checkIns.Time.GetUtcNow() + delay;
        session.FollowUp.Rounds++;
        session.FollowUp.DueAt = due;
        await _checkIns.Scheduler.ScheduleAsync(
            step.Context,
            new CheckInRequest(due, session.RegionCode, FollowUpRules.RecheckedFindings, session.FollowUp.Rounds),
            cancellationToken);

        var booked = answer == OfferAnswer.Tomorrow ? FollowUpWording.BookedTomorrow : FollowUpWording.BookedInTwoDays;
        await step.Context.SendActivityAsync(TriageActivities.Say(booked), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>How the offer is made: the first after an outcome, or one more at the end of a check-in.</summary>
    public sealed record OfferOptions(bool Again);
}
