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
        AddDialog(new KeyedTextPrompt<Asked>(AnswerPromptId, Render));
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
            return await AskAsync(step, PendingKind.Clarifying, clarifying.Id, cancellationToken);
        }

        if (redFlag is { Disposition: Disposition.Emergency })
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Hedged findings get their one plain re-ask; once a red flag is present, only the emergency ones still matter.
        if (TriageRules.NextConfirmation(report, redFlag) is { } hedged)
        {
            return await AskAsync(step, PendingKind.Confirming, hedged, cancellationToken);
        }

        if (redFlag is not null)
        {
            // An urgent finding never skips the emergency questions (cauda equina first), then the upgrade checks.
            if (TriageRules.NextEmergencyQuestion(report, session.SkippedQuestions) is { } emergencyQuestion)
            {
                return await AskAsync(step, PendingKind.Question, emergencyQuestion.Id, cancellationToken);
            }

            var checks = TriageRules.UpgradeChecks(report, redFlag);
            if (checks.Count == 0)
            {
                return await step.EndDialogAsync(null, cancellationToken);
            }

            return await AskAsync(step, PendingKind.Upgrade, checks[0], cancellationToken);
        }

        var question = TriageRules.Questions.FirstOrDefault(q => !TriageRules.IsAnswered(report, q) && !session.SkippedQuestions.Contains(q.Id));
        if (question is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await AskAsync(step, PendingKind.Question, question.Id, cancellationToken);
    }

    /// <summary>
    /// Asks the question <paramref name="id"/> of <paramref name="kind"/> (more plainly when it is being asked again),
    /// remembering it as pending. The prompt keeps only which question it asked; its wording is made again if it is re-sent.
    /// </summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, PendingKind kind, string id, CancellationToken cancellationToken)
    {
        var plainly = step.GetOptions<LoopOptions>()?.RetryQuestionId == id;
        step.SetValue(PendingKey, new PendingQuestion(kind, id));
        return step.BeginDialogAsync(AnswerPromptId, new Asked(kind, id, plainly), cancellationToken);
    }

    /// <summary>
    /// The activity of a question asked: a content question or a clarifying one in its usual words, or in its plainer
    /// ones when it is asked again (<paramref name="retry"/>: the answer could not be taken; or asked plainly); the
    /// re-ask of a hedged finding; an upgrade check. Only the activity to be sent is made.
    /// </summary>
    private static PromptOptions Render(Asked asked, bool retry) => asked.Kind switch
    {
        PendingKind.Question when TriageRules.Questions.FirstOrDefault(q => q.Id == asked.Id) is { } question =>
            TriageActivities.Question(question, plainly: asked.Plainly || retry),
        PendingKind.Clarifying when ClarifyingQuestions.Find(asked.Id) is { } clarifying =>
            TriageActivities.Question(ClarificationRules.AsQuestion(clarifying), plainly: asked.Plainly || retry),
        PendingKind.Confirming => TriageActivities.ConfirmFinding(asked.Id),
        PendingKind.Upgrade => TriageActivities.UpgradeCheck(asked.Id),

        // Asked by an earlier content version, and no longer in the content: nothing to send again (the answer step
        // goes on to whatever is next).
        _ => new PromptOptions(),
    };

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
                return await step.ReplaceDialogAsync(LoopId, StillRetrying(step, clarifyingId), cancellationToken);
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
            return await step.ReplaceDialogAsync(LoopId, StillRetrying(step, upgrade), cancellationToken);
        }

        if (pending is { Kind: PendingKind.Confirming, Id: var findingId })
        {
            var confirmation = TriageRules.ConfirmationQuestion(findingId);
            TriageRules.ApplyAnswer(session.Report, confirmation, answer, message.Mentions(answer, TriageRules.ExpectsTemperature(confirmation)));
            return await step.ReplaceDialogAsync(LoopId, StillRetrying(step, findingId), cancellationToken);
        }

        // A conversation saved by an earlier content version may be waiting on a question that no longer exists: its
        // answer was already read for red flags (the interruption hook), so ask whatever is next.
        if (TriageRules.Questions.FirstOrDefault(q => q.Id == pending?.Id) is not { } question)
        {
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        // "it's numb" to the question about numbness down there: the change belongs to the part the question named.
        var mentions = message.Mentions(answer, TriageRules.ExpectsTemperature(question));
        if (TriageRules.AnswerQuestion(session.Report, question, answer, mentions))
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

    /// <summary>
    /// A question asked again because its answer could not be taken stays "asked again" across a confirmation, an upgrade
    /// check or a clarifying question that came in between, so that a second answer it cannot take gives up on it rather
    /// than asking it afresh without end (an answer that hedges another finding each time would otherwise loop).
    /// </summary>
    private static LoopOptions? StillRetrying(WaterfallStepContext step, string answeredId) =>
        step.GetOptions<LoopOptions>() is { RetryQuestionId: { } retrying } options && retrying != answeredId ? options : null;

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

    /// <summary>What the answer prompt keeps in place of its activities: the question and whether it was asked plainly.</summary>
    private sealed record Asked(PendingKind Kind, string Id, bool Plainly);
}
