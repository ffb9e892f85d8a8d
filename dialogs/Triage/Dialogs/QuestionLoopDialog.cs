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
    private const string QuestionKey = "question";
    private const string ConfirmingKey = "confirming";
    private const string UpgradeKey = "upgrade";
    private const string ClarifyingKey = "clarifying";

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
            return await AskAsync(step, ClarificationRules.AsQuestion(clarifying), ClarifyingKey, cancellationToken);
        }

        if (redFlag is { Disposition: Disposition.Emergency })
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Hedged findings get their one plain re-ask; once a red flag is present, only the emergency ones still matter.
        if (TriageRules.NextConfirmation(report, redFlag) is { } hedged)
        {
            step.SetValue(ConfirmingKey, hedged);
            return await step.PromptAsync(AnswerPromptId, TriageActivities.ConfirmFinding(hedged), cancellationToken);
        }

        if (redFlag is not null)
        {
            // An urgent finding never skips the emergency questions (cauda equina first), then the upgrade checks.
            if (TriageRules.NextEmergencyQuestion(report, session.SkippedQuestions) is { } emergencyQuestion)
            {
                return await AskAsync(step, emergencyQuestion, QuestionKey, cancellationToken);
            }

            var checks = TriageRules.UpgradeChecks(report);
            if (checks.Count == 0)
            {
                return await step.EndDialogAsync(null, cancellationToken);
            }

            var check = checks[0];
            step.SetValue(UpgradeKey, check);
            return await step.PromptAsync(AnswerPromptId, TriageActivities.UpgradeCheck(check), cancellationToken);
        }

        var question = TriageRules.Questions.FirstOrDefault(q => !TriageRules.IsAnswered(report, q) && !session.SkippedQuestions.Contains(q.Id));
        if (question is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await AskAsync(step, question, QuestionKey, cancellationToken);
    }

    /// <summary>Asks a question (more plainly when it is being asked again), remembering its id under <paramref name="key"/>.</summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, Question question, string key, CancellationToken cancellationToken)
    {
        var retrying = step.GetOptions<LoopOptions>()?.RetryQuestionId == question.Id;
        step.SetValue(key, question.Id);
        var prompt = TriageActivities.Question(question, plainly: retrying);
        prompt.RetryPrompt = TriageActivities.Question(question, plainly: true).Prompt;
        return step.PromptAsync(AnswerPromptId, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await _state.SessionAsync(step.Context, cancellationToken);
        var answer = step.Result as string;

        // "Why?" is never an answer: explain, then the same question again (red flags in it were read before this step).
        if (Explanations.IsWhy(answer))
        {
            await step.Context.SendActivityAsync(Explain(step), cancellationToken);
            return await step.ReplaceDialogAsync(LoopId, step.GetOptions<LoopOptions>(), cancellationToken);
        }

        if (step.GetValue<string>(ClarifyingKey) is { } clarifyingId)
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

        if (step.GetValue<string>(UpgradeKey) is { } upgrade)
        {
            TriageRules.ApplyUpgradeAnswer(session.Report, upgrade, answer);
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        if (step.GetValue<string>(ConfirmingKey) is { } findingId)
        {
            TriageRules.ApplyAnswer(session.Report, TriageRules.ConfirmationQuestion(findingId), answer);
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        // A conversation saved by an earlier content version may be waiting on a question that no longer exists: its
        // answer was already read for red flags (the interruption hook), so ask whatever is next.
        if (TriageRules.Questions.FirstOrDefault(q => q.Id == step.GetValue<string>(QuestionKey)) is not { } question)
        {
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }

        // "it's numb" to the question about numbness down there: the change belongs to the part the question named.
        if (TriageRules.ApplyAnswer(session.Report, question, answer) || ClarificationRules.AttachToQuestion(session.Report, question))
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

    /// <summary>Why the question waiting for an answer is asked, tagged with the ids it asks about.</summary>
    private static Microsoft.Bot.Schema.Activity Explain(WaterfallStepContext step)
    {
        if (step.GetValue<string>(ClarifyingKey) is { } clarifyingId && ClarifyingQuestions.Find(clarifyingId) is { } clarifying)
        {
            return TriageActivities.Explaining(Explanations.ForClarifying(clarifying), clarifying.Candidates);
        }

        if ((step.GetValue<string>(UpgradeKey) ?? step.GetValue<string>(ConfirmingKey)) is { } findingId)
        {
            return TriageActivities.Explaining(Explanations.ForFinding(findingId), [findingId]);
        }

        return TriageRules.Questions.FirstOrDefault(q => q.Id == step.GetValue<string>(QuestionKey)) is { } question
            ? TriageActivities.Explaining(Explanations.ForQuestion(question), question.Asks)
            : TriageActivities.Explaining(Explanations.NothingAsked, []);
    }

    /// <summary>The loop's options: which question is being asked again, more plainly.</summary>
    private sealed record LoopOptions(string? RetryQuestionId);
}
