using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Dialogs.Engine.Prompts;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.FollowUps;
using BackSpasmBot.Triage.Regions;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.Dialogs;

/// <summary>
/// The root of the conversation: disclaimer, the person's own account, the questions, the outcome, and what
/// follows it. Its interruption hook runs on every message before any step: red flags first (in any words,
/// at any step, after the outcome too), then the commands that always work (help, restart, cancel, forget me,
/// show my plan).
/// </summary>
public sealed class TriageDialog : ComponentDialog
{
    public const string DialogId = "triage";
    private const string FlowId = "triage.flow";
    private const string FinishId = "triage.finish";
    private const string OpeningPromptId = "triage.opening";
    private const string CheckInFlowId = "triage.checkin.flow";

    /// <summary>Marks a turn whose message only asked for another language.</summary>
    private const string LanguageSwitchOnlyKey = "triage.languageSwitchOnly";

    private readonly TriageState _state;
    private readonly TriageOutcomes _outcomes;
    private readonly RegionResolver _regions;
    private readonly ITriageEvents _events;
    private readonly CheckIns _checkIns;

    /// <summary>The triage, with follow-up check-ins when <paramref name="checkIns"/> is given (none offered when null).</summary>
    public TriageDialog(TriageState state, RegionResolver regions, ITriageEvents events, CheckIns? checkIns = null)
        : base(DialogId)
    {
        _state = state;
        _regions = regions;
        _events = events;
        _checkIns = checkIns ?? CheckIns.None;
        _outcomes = new TriageOutcomes(regions, events);
        AddDialog(new WaterfallDialog(FlowId, [StartStepAsync, OpeningStepAsync]));
        AddDialog(new WaterfallDialog(FinishId, [QuestionsStepAsync, OutcomeStepAsync, AfterOfferStepAsync]));
        AddDialog(new WaterfallDialog(CheckInFlowId, [CheckInStepAsync, AfterCheckInStepAsync, AfterOfferStepAsync]));
        AddDialog(new TextPrompt(OpeningPromptId));
        AddDialog(new QuestionLoopDialog(state, events));
        AddDialog(new AfterOutcomeDialog());
        AddDialog(new FollowUpOfferDialog(state, _checkIns));
        AddDialog(new CheckInDialog(state, _outcomes, _checkIns.Time));
        InitialDialogId = FlowId;
    }

    /// <summary>
    /// Runs the conversation for one turn. While a check-in is under way, every message of the turn carries
    /// <c>channelData.triage.followUp</c>.
    /// </summary>
    public async Task RunTurnAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> stack, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(turnContext, cancellationToken);
        var (language, onlySwitch) = ConversationLanguage.ForTurn(turnContext.Activity, session, ActivityText.Of(turnContext.Activity));
        using var inLanguage = ClinicalContent.UseLanguage(language);
        ConversationLanguage.Remember(turnContext, language);
        if (onlySwitch)
        {
            turnContext.TurnState[LanguageSwitchOnlyKey] = true;
        }

        if (session.FollowUp.CheckingIn)
        {
            FollowUpActivities.MarkTurnAsCheckIn(turnContext);
        }

        await this.RunAsync(turnContext, stack, cancellationToken);
    }

    /// <summary>
    /// Starts the check-in conversation in a proactive turn, in place of whatever the conversation was waiting for.
    /// Returns false, sending nothing, when there is no outcome to follow up (the person started again meanwhile and
    /// is mid-triage).
    /// </summary>
    public async Task<bool> BeginCheckInAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> stack, string? regionCode, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(turnContext, cancellationToken);
        session.FollowUp.DueAt = null;
        if (session.Outcome is null)
        {
            return false;
        }

        session.RegionCode ??= regionCode;
        using var inLanguage = ClinicalContent.UseLanguage(ConversationLanguage.ForTurn(turnContext.Activity, session, null).Code);
        session.FollowUp.CheckingIn = true;
        session.FollowUp.Progress = Clinical.Rules.Progress.Unknown;
        session.FollowUp.Rechecked = [];
        FollowUpActivities.MarkTurnAsCheckIn(turnContext);

        var state = await stack.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        await stack.SetAsync(turnContext, state, cancellationToken);
        var dc = new DialogContext(new DialogSet().Add(this), turnContext, state);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(Id, new CheckInStart(), cancellationToken);
        return true;
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        options is CheckInStart
            ? innerDc.BeginDialogAsync(CheckInFlowId, null, cancellationToken)
            : base.OnBeginDialogAsync(innerDc, options, cancellationToken);

    /// <summary>Sends the welcome and disclaimer once per conversation, however many join events arrive.</summary>
    public async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(turnContext, cancellationToken);
        if (session.Welcomed)
        {
            return;
        }

        var language = ConversationLanguage.ForTurn(turnContext.Activity, session, null).Code;
        using var inLanguage = ClinicalContent.UseLanguage(language);
        ConversationLanguage.Remember(turnContext, language);
        session.Welcomed = true;
        await SendDisclaimerAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(TriageActivities.Say(TriageText.AskOpening), cancellationToken);
    }

    /// <summary>The disclaimer, and where other people can read along, the offer of a one-to-one chat.</summary>
    private async Task SendDisclaimerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(TriageActivities.Say(Wording.Disclaimer(_regions.For(turnContext.Activity, session))), cancellationToken);
        if (ConversationKind.IsShared(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(TriageActivities.SharedConversationNote(turnContext.Activity), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var askForOpening = step.GetOptions<StartOptions>()?.AskForOpening ?? false;
        if (step.Context.TurnState.ContainsKey(LanguageSwitchOnlyKey) && !askForOpening)
        {
            // The first message only asked for a language: it is no account of the back, so the opening question follows.
            await step.Context.SendActivityAsync(TriageActivities.Say(ClinicalContent.Current.Text.Message("language_changed")), cancellationToken);
            askForOpening = true;
        }

        if (!session.Welcomed)
        {
            session.Welcomed = true;
            await SendDisclaimerAsync(step.Context, cancellationToken);
        }

        // Begun by a message (the first one, or the first after "cancel"): that message is the person's account.
        return askForOpening
            ? await step.PromptAsync(OpeningPromptId, new PromptOptions { Prompt = TriageActivities.Say(TriageText.AskOpening) }, cancellationToken)
            : await step.NextAsync(ActivityText.Of(step.Context.Activity), cancellationToken);
    }

    /// <summary>The person's own account: what it says is recorded (a red flag in it ends the questions at once).</summary>
    private async Task<DialogTurnResult> OpeningStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        _events.TriageStarted(step.Context);
        if (step.Reason == DialogReason.NextCalled)
        {
            await NotePlaceAsync(step.Context, session, step.Result as string, cancellationToken);
            var opening = step.Result as string;
            TriageOutcomes.RecordAndCheck(session, opening, TriageTurn.Of(step.Context).Mentions(opening));
        }

        return await step.ReplaceDialogAsync(FinishId, null, cancellationToken);
    }

    /// <summary>Asks what is still needed: every question, or, once a red flag is present, only what could raise it.</summary>
    private static Task<DialogTurnResult> QuestionsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(QuestionLoopDialog.DialogId, null, cancellationToken);

    /// <summary>The outcome; after self-care or GP, the offer of a check-in where one can be made.</summary>
    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        await _outcomes.GiveFinalAsync(step.Context, session, cancellationToken);
        var followUp = session.FollowUp;
        followUp.CheckingIn = false;
        followUp.Rounds = 0;
        followUp.OutcomeAt = _checkIns.Time.GetUtcNow();
        followUp.OnsetHoursAtOutcome = session.Report.OnsetHours;
        return _checkIns.ShouldOffer(step.Context, session, session.Outcome!.Disposition)
            ? await step.BeginDialogAsync(FollowUpOfferDialog.DialogId, new FollowUpOfferDialog.OfferOptions(Again: false), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterOfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        session.FollowUp.CheckingIn = false;
        return await step.ReplaceDialogAsync(AfterOutcomeDialog.DialogId, null, cancellationToken);
    }

    private static Task<DialogTurnResult> CheckInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(CheckInDialog.DialogId, null, cancellationToken);

    /// <summary>A red flag goes to the outcome as everywhere; otherwise, still not better, one more check-in is offered.</summary>
    private async Task<DialogTurnResult> AfterCheckInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var result = step.Result as CheckInResult;
        if (result?.Escalate == true)
        {
            return await step.ReplaceDialogAsync(FinishId, null, cancellationToken);
        }

        return result?.OfferAnother == true && _checkIns.ShouldOffer(step.Context, session, session.Outcome!.Disposition)
            ? await step.BeginDialogAsync(FollowUpOfferDialog.DialogId, new FollowUpOfferDialog.OfferOptions(Again: true), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (!ActivityText.IsMessage(innerDc.Context.Activity))
        {
            return null;
        }

        var turn = innerDc.Context;
        var message = TriageTurn.Of(turn);
        var text = message.Text;
        var session = await _state.SessionAsync(turn, cancellationToken);

        // Where the person is comes first, so that an emergency in the same message gets the right number.
        var placeOnly = await NotePlaceAsync(turn, session, text, cancellationToken);

        // Red flags come before everything else, commands included: safety never waits for a command.
        if (TriageOutcomes.RecordAndCheck(session, text, message.Mentions(text)))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await innerDc.BeginDialogAsync(FinishId, null, cancellationToken);
        }

        if (placeOnly)
        {
            await innerDc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        // "en español", "in English please": said back in the new language, then the open question again in it.
        if (turn.TurnState.ContainsKey(LanguageSwitchOnlyKey))
        {
            await turn.SendActivityAsync(TriageActivities.Say(ClinicalContent.Current.Text.Message("language_changed")), cancellationToken);
            switch (innerDc.ActiveDialog?.Id)
            {
                case null:
                    return null;

                // A question waiting for its answer was worded in the old language: ask it afresh (the report is unchanged,
                // so the same question comes up).
                case FinishId or QuestionLoopDialog.DialogId when session.Outcome is null:
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    return await innerDc.BeginDialogAsync(FinishId, null, cancellationToken);
                case FlowId or OpeningPromptId:
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    return await innerDc.BeginDialogAsync(FlowId, new StartOptions(AskForOpening: true), cancellationToken);
                default:
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.EndOfTurn;
            }
        }

        var region = _regions.For(turn.Activity, session);
        var asking = innerDc.Stack.Any(d => d.Id == QuestionLoopDialog.DialogId);

        // "Why ice?" after the outcome: why that step of the plan is there.
        if (!asking && session.Outcome is { } given && Explanations.StepAskedAbout(text, given.Plan) is { } step)
        {
            await turn.SendActivityAsync(TriageActivities.Explaining(Explanations.ForStep(step), [step]), cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }

        switch (TriageCommands.Parse(text))
        {
            // At a question, the question loop explains it and asks it again.
            case TriageCommand.Why when asking:
                return null;

            case TriageCommand.Why:
                if (!await TriageOutcomes.ExplainAsync(turn, session, cancellationToken))
                {
                    await turn.SendActivityAsync(TriageActivities.Explaining(Explanations.NothingAsked, []), cancellationToken);
                }

                return DialogTurnResult.EndOfTurn;

            case TriageCommand.Summary when ConversationKind.IsShared(turn.Activity):
                await turn.SendActivityAsync(TriageActivities.Say(SummaryWording.Shared), cancellationToken);
                return DialogTurnResult.EndOfTurn;

            case TriageCommand.Summary:
                if (!await _outcomes.SendSummaryAsync(turn, session, _checkIns.Time.GetUtcNow(), cancellationToken))
                {
                    await turn.SendActivityAsync(TriageActivities.Say(SummaryWording.NotYet), cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                }

                return DialogTurnResult.EndOfTurn;

            case TriageCommand.Help:
                await turn.SendActivityAsync(TriageActivities.Say(Wording.Help(region)), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.EndOfTurn;

            case TriageCommand.Restart:
                _events.TriageLeft(turn, TriageLeftBy.Restart);
                session.Reset();
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(TriageActivities.Say(TriageText.Restarting), cancellationToken);
                return await innerDc.BeginDialogAsync(FlowId, new StartOptions(AskForOpening: true), cancellationToken);

            case TriageCommand.Cancel:
                _events.TriageLeft(turn, TriageLeftBy.Cancel);
                session.Reset();
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(TriageActivities.Say(TriageText.Stopped(region)), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case TriageCommand.ForgetMe:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _state.EraseAsync(turn, cancellationToken);
                await turn.SendActivityAsync(TriageActivities.Say(TriageText.Erased(region)), cancellationToken);
                _events.DataErased(turn.Activity.ChannelId);
                _events.TriageLeft(turn, TriageLeftBy.ForgetMe);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case TriageCommand.StopCheckIns:
                var cancelled = await _checkIns.Scheduler.CancelAsync(turn, cancellationToken);
                session.FollowUp.DueAt = null;
                session.FollowUp.CheckingIn = false;
                await turn.SendActivityAsync(TriageActivities.Say(cancelled ? FollowUpWording.Stopped : FollowUpWording.NothingToStop), cancellationToken);
                if (session.Outcome is null)
                {
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return DialogTurnResult.EndOfTurn;
                }

                // After the outcome (an offer or a check-in may be waiting for an answer): back to listening.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(AfterOutcomeDialog.DialogId, null, cancellationToken);

            case TriageCommand.ShowPlan:
                if (!await _outcomes.RepeatAsync(turn, session, cancellationToken))
                {
                    await turn.SendActivityAsync(TriageActivities.Say(TriageText.NoPlanYet), cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                }

                return DialogTurnResult.EndOfTurn;

            default:
                return null;
        }
    }

    /// <summary>
    /// "I'm in the US": from now on that region's numbers (docs/clinical-content.md §5),
    /// said back with its emergency number. Returns true when the message said nothing else.
    /// </summary>
    private async Task<bool> NotePlaceAsync(ITurnContext turn, TriageSession session, string? text, CancellationToken cancellationToken)
    {
        if (PlaceStatement.Read(text) is not { } place || _regions.Find(place.RegionCode) is not { } region)
        {
            return false;
        }

        session.RegionCode = region.Code;
        await turn.SendActivityAsync(TriageActivities.Say(Wording.RegionChanged(region)), cancellationToken);
        return place.WholeMessage;
    }

    /// <summary>How the flow starts: with the current message as the account, or by asking for one.</summary>
    private sealed record StartOptions(bool AskForOpening);

    /// <summary>The root begun for a check-in rather than a triage.</summary>
    private sealed record CheckInStart;
}
