using BackSpasmBot.Clinical;
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
/// The check-in conversation (docs/clinical-content.md, "Follow-up check-in"): how the back is now (better, the same or worse), then the
/// emergency questions again, one at a time, whatever was answered last time; then the plan moved on, or a doctor
/// with the reason. A red flag in any words is handled by the root's interruption hook, as everywhere; a "yes" (or
/// two unclear answers) to a re-asked question ends this dialog with <see cref="CheckInResult.Escalate"/>, and the
/// root gives the outcome.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    public const string DialogId = "triage.checkin";
    private const string ProgressId = "triage.checkin.progress";
    private const string RecheckId = "triage.checkin.recheck";
    private const string ConcludeId = "triage.checkin.conclude";
    private const string AnswerPromptId = "triage.checkin.answer";
    private const string RecheckKey = "recheck";

    private readonly TriageState _state;
    private readonly TriageOutcomes _outcomes;
    private readonly TimeProvider _time;

    public CheckInDialog(TriageState state, TriageOutcomes outcomes, TimeProvider time)
        : base(DialogId)
    {
        _state = state;
        _outcomes = outcomes;
        _time = time;
        AddDialog(new WaterfallDialog(ProgressId, [AskProgressStepAsync, RecordProgressStepAsync]));
        AddDialog(new WaterfallDialog(RecheckId, [AskRecheckStepAsync, RecordRecheckStepAsync]));
        AddDialog(new WaterfallDialog(ConcludeId, [ConcludeStepAsync]));
        AddDialog(new TextPrompt(AnswerPromptId));
        InitialDialogId = ProgressId;
    }

    private static Task<DialogTurnResult> AskProgressStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var retrying = step.GetOptions<RetryOptions>()?.Retrying ?? false;
        var options = new PromptOptions
        {
            Prompt = FollowUpActivities.Asking(retrying ? FollowUpWording.ProgressRetry : FollowUpWording.Progress, [FollowUpActivities.ProgressAsks]),
            Choices = [new Choice(FollowUpWording.BetterChoice), new Choice(FollowUpWording.SameChoice), new Choice(FollowUpWording.WorseChoice)],
        };
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    /// <summary>Better, the same or worse; asked once more if unclear, then taken as "not better" (the safer reading).</summary>
    private async Task<DialogTurnResult> RecordProgressStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var progress = FollowUpRules.ParseProgress(step.Result as string);
        if (progress == Progress.Unknown && !(step.GetOptions<RetryOptions>()?.Retrying ?? false))
        {
            return await step.ReplaceDialogAsync(ProgressId, new RetryOptions(true), cancellationToken);
        }

        session.FollowUp.Progress = progress == Progress.Unknown ? Progress.Same : progress;
        session.FollowUp.Rechecked = [];
        await step.Context.SendActivityAsync(TriageActivities.Say(FollowUpWording.RecheckIntro), cancellationToken);
        return await step.ReplaceDialogAsync(RecheckId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskRecheckStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        if (TriageRules.RedFlagDecision(session.Report) is not null)
        {
            return await step.EndDialogAsync(new CheckInResult(Escalate: true, OfferAnother: false), cancellationToken);
        }

        var question = FollowUpRules.RecheckQuestions.FirstOrDefault(q => !session.FollowUp.Rechecked.Contains(q.Id));
        if (question is null)
        {
            return await step.ReplaceDialogAsync(ConcludeId, null, cancellationToken);
        }

        var retrying = step.GetOptions<RetryOptions>()?.Retrying ?? false;
        step.SetValue(RecheckKey, question.Id);
        var prompt = TriageActivities.Question(question, plainly: retrying);
        FollowUpActivities.Stamp(prompt.Prompt!);
        return await step.PromptAsync(AnswerPromptId, prompt, cancellationToken);
    }

    /// <summary>
    /// The answer to a re-asked emergency question. Not understood, or hedged ("not sure"), it is asked once more plainly;
    /// still unclear, it counts as present (TRIAGE-SPEC §5 rule 2), so it escalates.
    /// </summary>
    private async Task<DialogTurnResult> RecordRecheckStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var report = session.Report;
        var question = FollowUpRules.RecheckQuestions.First(q => q.Id == step.GetValue<string>(RecheckKey));
        var retrying = step.GetOptions<RetryOptions>()?.Retrying ?? false;
        var answer = step.Result as string;
        var understood = TriageRules.ApplyAnswer(report, question, answer, TriageTurn.Of(step.Context).Mentions(answer, TriageRules.ExpectsTemperature(question)));
        var unclear = !understood || question.Asks.Any(id => report.StatusOf(id) == FindingStatus.Hedged);
        if (unclear && !retrying)
        {
            return await step.ReplaceDialogAsync(RecheckId, new RetryOptions(true), cancellationToken);
        }

        if (unclear)
        {
            foreach (var id in question.Asks)
            {
                report.Findings[id] = FindingStatus.Hedged;
                report.ReAsked[id] = 1;
            }
        }

        session.FollowUp.Rechecked.Add(question.Id);
        return await step.ReplaceDialogAsync(RecheckId, null, cancellationToken);
    }

    /// <summary>No red flag: the plan for now (ice to heat after 48 hours), or a doctor with the reason.</summary>
    private async Task<DialogTurnResult> ConcludeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var followUp = session.FollowUp;
        if (followUp.OutcomeAt is { } outcomeAt)
        {
            var elapsed = Math.Max(0, (_time.GetUtcNow() - outcomeAt).TotalHours);
            session.Report.OnsetHours = (followUp.OnsetHoursAtOutcome ?? 0) + elapsed;
        }

        var given = session.Outcome;
        var decision = FollowUpRules.Decide(session.Report, given?.Disposition ?? Disposition.SelfCare, followUp.Progress, given?.Findings ?? [], given?.Plan ?? []);
        var opening = FollowUpWording.SeeDoctor(decision.SeeDoctorBecause) ?? FollowUpWording.Acknowledge(followUp.Progress);
        if (decision.SwitchedToHeat)
        {
            opening += " " + FollowUpWording.SwitchToHeat;
        }

        await step.Context.SendActivityAsync(TriageActivities.Say(opening), cancellationToken);
        await _outcomes.GiveAsync(step.Context, session, new TriageDecision(decision.Disposition, decision.Findings), cancellationToken);
        return await step.EndDialogAsync(new CheckInResult(Escalate: false, OfferAnother: decision.OfferAnother), cancellationToken);
    }

    private sealed record RetryOptions(bool Retrying);
}

/// <summary>How a check-in ended: a red flag to escalate, or the plan given and whether to offer one more.</summary>
public sealed record CheckInResult(bool Escalate, bool OfferAnother);
