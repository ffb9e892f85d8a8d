using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Dialogs.Engine.Prompts;
using BackSpasmBot.Triage.Conversation;

namespace BackSpasmBot.Triage.Dialogs;

/// <summary>
/// After the outcome the conversation stays open: every message is still checked for red flags (by the root's
/// interruption hook); anything else gets a short reminder of what the person can do next.
/// </summary>
public sealed class AfterOutcomeDialog : ComponentDialog
{
    public const string DialogId = "triage.after";
    private const string LoopId = "triage.after.loop";
    private const string WaitPromptId = "triage.after.wait";

    public AfterOutcomeDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(LoopId, [WaitStepAsync, ReplyStepAsync]));
        AddDialog(new TextPrompt(WaitPromptId, AcceptAnything));
    }

    private static Task<bool> AcceptAnything(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    private static Task<DialogTurnResult> WaitStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(WaitPromptId, new PromptOptions(), cancellationToken);

    private static async Task<DialogTurnResult> ReplyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reply = TriageActivities.Say(TriageText.AfterOutcome);
        List<Choice> choices = [new Choice(TriageText.ShowPlanButton), new Choice(TriageText.StartAgainButton)];
        if (!ConversationKind.IsShared(step.Context.Activity))
        {
            choices.Insert(1, new Choice(SummaryWording.Button));
        }

        ChoiceRenderer.Render(reply, choices, step.Context.Activity);
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
    }
}
