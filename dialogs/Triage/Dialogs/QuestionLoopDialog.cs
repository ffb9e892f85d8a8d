using System.Text.Json.Serialization;
using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Prompts;
using BackSpasmBot.Triage.Conversation;
using BackSpasmBot.Triage.State;

namespace BackSpasmBot.Triage.Dialogs;

/// <summary>
/// Asks the triage questions one at a time, in the clinical core's order, skipping what is already known.
/// Hedged red flags are asked once more plainly before anything else (docs/clinical-content.md §3). Ends at once on an
/// emergency; an urgent red flag first gets every emergency question not yet answered, then the checks that could
/// raise it to an emergency; otherwise ends when nothing is left to ask. The caller then gives the outcome.
/// </summary>
public sealed class QuestionLoopDialog : ComponentDialog
{
    public const string DialogId = "triage.questions";
    private const string LoopId = "triage.questions.loop";
    private const string AnswerPromptId = "triage.questions.answer";
    private const string PendingKey = "pending";

    private readonly TriageState _state;
    private readonly ITriageEvents _events;

    public QuestionLoopDialog(TriageState state, ITriageEvents events)
        : base(DialogId)
    {
        _state = state;
        _events = events;
        AddDialog(new WaterfallDialog(LoopId, [AskNextStepAsync, RecordAnswerStepAsync]));
        AddDialog(new TextPrompt(AnswerPromptId));
    }

    private async Task<DialogTurnResult> AskNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var result = await AskNextAsync(step, session, cancellationToken);
        if (result.Status == DialogTurnStatus.Waiting)
        {
            session.QuestionsAsked++;
        }

        return result;
    }

    private async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext step, TriageSession session, CancellationToken cancellationToken)
    {
        var report = session.Report;
        var redFlag = TriageRules.RedFlagDecision(report);

        // Something was said that could be a red flag the words did not settle: ask before anything but an emergency.
        if (redFlag is not { Disposition: Disposition.Emergency } && ClarificationRules.Next(report) is { } clarifying)
        {
            _events.ClarifyingQuestionAsked(step.Context);
            return await AskAsync(step, ClarificationRules.AsQuestion(clarifying), PendingKind.Clarifying, cancellationToken);
        }

        if (redFlag is { Disposition: Disposition.Emergency })
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Hedged findings get their one plain re-ask; once a red flag is present, only the emergency ones still matter.
        if (TriageRules.NextConfirmation(report, redFlag) is { } hedged)
        {
            step.SetValue(PendingKey, new PendingQuestion(PendingKind.Confirming, hedged));
            return await step.PromptAsync(AnswerPromptId, TriageActivities.ConfirmFinding(hedged), cancellationToken);
        }

        if (redFlag is not null)
        {
            // An urgent finding never skips the emergency questions (cauda equina first), then the upgrade checks.
            if (TriageRules.NextEmergencyQuestion(report, session.SkippedQuestions) is { } emergencyQuestion)
            {
                return await AskAsync(step, emergencyQuestion, PendingKind.Question, cancellationToken);
            }

            var checks = TriageRules.UpgradeChecks(report, redFlag);
            if (checks.Count == 0)
            {
                return await step.EndDialogAsync(null, cancellationToken);
            }

            var check = checks[0];
            step.SetValue(PendingKey, new PendingQuestion(PendingKind.Upgrade, check));
            return await step.PromptAsync(AnswerPromptId, TriageActivities.UpgradeCheck(check), cancellationToken);
        }

        var question = TriageRules.Questions.FirstOrDefault(q => !TriageRules.IsAnswered(report, q) && !session.SkippedQuestions.Contains(q.Id));
        if (question is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await AskAsync(step, question, PendingKind.Question, cancellationToken);
    }

    /// <summary>Asks a question (more plainly when it is being asked again), remembering it as pending, of <paramref name="kind"/>.</summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, Question question, PendingKind kind, CancellationToken cancellationToken)
    {
        var retrying = step.GetOptions<LoopOptions>()?.RetryQuestionId == question.Id;
        step.SetValue(PendingKey, new PendingQuestion(kind, question.Id));
        var prompt = TriageActivities.Question(question, plainly: retrying);
        prompt.RetryPrompt = TriageActivities.Question(question, plainly: true).Prompt;
        return step.PromptAsync(AnswerPromptId, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var answer = step.Result as string;
        var message = TriageTurn.Of(step.Context);
        var pending = Pending(step);

        // "Why?" is never an answer: explain, then the same question again (red flags in it were read before this step).
        if (Explanations.IsWhy(answer))
        {
            await step.Context.SendActivityAsync(Explain(pending), cancellationToken);
            return await step.ReplaceDialogAsync(LoopId, step.GetOptions<LoopOptions>(), cancellationToken);
        }

        if (pending is { Kind: PendingKind.Clarifying, Id: var clarifyingId })
        {
            if (ClarificationRules.Apply(session.Report, clarifyingId, answer))
            {
                return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
            }

            if (step.GetOptions<LoopOptions>()?.RetryQuestionId != clarifyingId)
            {
                return await step.ReplaceDialogAsync(LoopId, new LoopOptions(clarifyingId), cancellationToken);
            }

            ClarificationRules.GiveUp(session.Report, clarifyingId);
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        if (pending is { Kind: PendingKind.Upgrade, Id: var upgrade })
        {
            TriageRules.ApplyUpgradeAnswer(session.Report, upgrade, answer, message.Mentions(answer));
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        if (pending is { Kind: PendingKind.Confirming, Id: var findingId })
        {
            var confirmation = TriageRules.ConfirmationQuestion(findingId);
            TriageRules.ApplyAnswer(session.Report, confirmation, answer, message.Mentions(answer, TriageRules.ExpectsTemperature(confirmation)));
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        // A conversation saved by an earlier content version may be waiting on a question that no longer exists: its
        // answer was already read for red flags (the interruption hook), so ask whatever is next.
        if (TriageRules.Questions.FirstOrDefault(q => q.Id == pending?.Id) is not { } question)
        {
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        // "it's numb" to the question about numbness down there: the change belongs to the part the question named.
        if (TriageRules.ApplyAnswer(session.Report, question, answer, message.Mentions(answer, TriageRules.ExpectsTemperature(question)))
            || ClarificationRules.AttachToQuestion(session.Report, question))
        {
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        if (step.GetOptions<LoopOptions>()?.RetryQuestionId != question.Id)
        {
            return await step.ReplaceDialogAsync(LoopId, new LoopOptions(question.Id), cancellationToken);
        }

        if (TriageRules.GiveUpOn(session.Report, question))
        {
            session.SkippedQuestions.Add(question.Id);
        }

        return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
    }

    /// <summary>
    /// The question the loop is waiting for an answer to. A conversation saved before this was typed kept its id under
    /// a key named for its kind ("question", "confirming", "upgrade", "clarifying"): read that when there is no pending one.
    /// </summary>
    private static PendingQuestion? Pending(WaterfallStepContext step) =>
        step.GetValue<PendingQuestion>(PendingKey)
        ?? LegacyPending(step, "clarifying", PendingKind.Clarifying)
        ?? LegacyPending(step, "upgrade", PendingKind.Upgrade)
        ?? LegacyPending(step, "confirming", PendingKind.Confirming)
        ?? LegacyPending(step, "question", PendingKind.Question);

    private static PendingQuestion? LegacyPending(WaterfallStepContext step, string key, PendingKind kind) =>
        step.GetValue<string>(key) is { } id ? new PendingQuestion(kind, id) : null;

    /// <summary>Why the question waiting for an answer is asked, tagged with the ids it asks about.</summary>
    private static Microsoft.Bot.Schema.Activity Explain(PendingQuestion? pending) => pending switch
    {
        { Kind: PendingKind.Clarifying, Id: var id } when ClarifyingQuestions.Find(id) is { } clarifying =>
            TriageActivities.Explaining(Explanations.ForClarifying(clarifying), clarifying.Candidates),
        { Kind: PendingKind.Upgrade or PendingKind.Confirming, Id: var findingId } =>
            TriageActivities.Explaining(Explanations.ForFinding(findingId), [findingId]),
        { Kind: PendingKind.Question, Id: var id } when TriageRules.Questions.FirstOrDefault(q => q.Id == id) is { } question =>
            TriageActivities.Explaining(Explanations.ForQuestion(question), question.Asks),
        _ => TriageActivities.Explaining(Explanations.NothingAsked, []),
    };

    /// <summary>The loop's options: which question is being asked again, more plainly.</summary>
    private sealed record LoopOptions(string? RetryQuestionId);

    /// <summary>What kind of question is waiting for an answer, which decides how the answer is applied.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<PendingKind>))]
    private enum PendingKind
    {
        /// <summary>A question from the content's list (a red flag, a fact, the symptoms).</summary>
        Question,

        /// <summary>The one plain re-ask of a hedged finding (<see cref="PendingQuestion.Id"/> is the finding).</summary>
        Confirming,

        /// <summary>A check that could raise an urgent red flag to an emergency (the finding).</summary>
        Upgrade,

        /// <summary>A clarifying question about words that could be a red flag (the clarifying question's id).</summary>
        Clarifying,
    }

    /// <summary>The question waiting for an answer: its kind and id.</summary>
    private sealed record PendingQuestion(PendingKind Kind, string Id);
}
