// The peer's conversation, built like ours (dialogs/Triage/Dialogs/TriageDialog.cs) from Microsoft's own pieces:
// a ComponentDialog whose interruption hook sees every message first, waterfalls, and the SDK's prompts.

const { MessageFactory, InputHints } = require('botbuilder');
const {
    ChoicePrompt, ComponentDialog, DialogTurnStatus, ListStyle, NumberPrompt, TextPrompt, WaterfallDialog,
} = require('botbuilder-dialogs');
const { questions, stage, redFlagsIn, triggerIn } = require('./questions');
const { hasRedFlag, outcomeActivity } = require('./outcome');

const text = {
    disclaimer: 'I can help you decide what to do about back pain or a back spasm. This is information, not a diagnosis. In an emergency, call 999.',
    askOpening: 'In a few words, what\'s happening with your back? For example, when it started and what it feels like.',
    help: 'Answer each question, or tell me in your own words. Say "restart" to start again, "stop" to stop, or "plan" to see your plan. In an emergency, call 999.',
    restarting: 'OK, let\'s start again.',
    stopped: 'OK, I\'ve stopped. Type anything to start again. If you feel very unwell, call 999.',
    noPlanYet: 'I haven\'t given you a plan yet. Let\'s finish the questions first.',
    afterOutcome: 'If anything changes or you notice any of the warning signs, tell me straight away. You can also see your plan again, or start again.',
    plainly: 'Please answer yes or no: ',
};

const ids = {
    flow: 'triage.flow',
    finish: 'triage.finish',
    questions: 'triage.questions',
    after: 'triage.after',
    opening: 'triage.opening',
    yesNo: 'triage.yesno',
    number: 'triage.number',
    words: 'triage.words',
    wait: 'triage.wait',
};

const newReport = () => ({ findings: {}, facts: {}, answered: [], unsure: [], outcome: null });

function asking(prompt, asks) {
    const activity = MessageFactory.text(prompt, prompt, InputHints.ExpectingInput);
    activity.channelData = { triage: { asks } };
    return activity;
}

function withButtons(prompt) {
    prompt.style = ListStyle.suggestedAction;
    return prompt;
}

const say = sentence => MessageFactory.text(sentence, sentence, InputHints.AcceptingInput);

class TriageDialog extends ComponentDialog {
    /** reportAccessor: a conversation state property, saved once per turn by the bot. */
    constructor(reportAccessor) {
        super('triage');
        this.reportAccessor = reportAccessor;
        this.addDialog(new WaterfallDialog(ids.flow, [
            this.askOpeningStep.bind(this), this.recordOpeningStep.bind(this),
            this.questionsStep.bind(this), this.outcomeStep.bind(this),
        ]));
        this.addDialog(new WaterfallDialog(ids.finish, [this.questionsStep.bind(this), this.outcomeStep.bind(this)]));
        this.addDialog(new WaterfallDialog(ids.questions, [this.askNextStep.bind(this), this.recordAnswerStep.bind(this)]));
        this.addDialog(new WaterfallDialog(ids.after, [this.waitStep.bind(this), this.remindStep.bind(this)]));
        this.addDialog(new TextPrompt(ids.opening));
        this.addDialog(new TextPrompt(ids.wait));
        this.addDialog(withButtons(new ChoicePrompt(ids.yesNo, undefined, 'en-us')));
        this.addDialog(new NumberPrompt(ids.number, async prompt => prompt.recognized.succeeded
            && prompt.recognized.value > 0 && prompt.recognized.value < 120, 'en-us'));
        // Buttons, or the person's own words: anything is accepted.
        this.addDialog(withButtons(new ChoicePrompt(ids.words, async () => true, 'en-us')));
        this.initialDialogId = ids.flow;
    }

    report(context) {
        return this.reportAccessor.get(context, newReport());
    }

    async welcome(context) {
        await context.sendActivity(say(text.disclaimer));
        await context.sendActivity(say(text.askOpening));
    }

    async askOpeningStep(step) {
        return step.options && step.options.askForOpening
            ? step.prompt(ids.opening, { prompt: say(text.askOpening) })
            : step.next(step.context.activity.text);
    }

    async recordOpeningStep(step) {
        const report = await this.report(step.context);
        record(report, step.result);
        return step.next();
    }

    async questionsStep(step) {
        return step.beginDialog(ids.questions);
    }

    async outcomeStep(step) {
        const report = await this.report(step.context);
        const outcome = outcomeActivity(report);
        report.outcome = outcome;
        await step.context.sendActivity(outcome);
        return step.replaceDialog(ids.after);
    }

    /** The next question not yet answered, until a red flag is present or nothing is left. */
    async askNextStep(step) {
        const report = await this.report(step.context);
        const question = hasRedFlag(report) ? undefined : questions.find(q => !report.answered.includes(q.id));
        if (!question) {
            return step.endDialog();
        }

        step.values.question = question.id;
        const plainly = report.unsure.includes(question.id);
        const prompt = plainly ? text.plainly + question.text : question.text;
        const dialog = question.kind === 'number' ? ids.number : question.kind === 'words' ? ids.words : ids.yesNo;
        return step.prompt(dialog, {
            prompt: asking(prompt, question.asks),
            retryPrompt: asking(text.plainly.replace('yes or no', question.kind === 'number' ? 'with a number' : 'yes or no') + question.text, question.asks),
            choices: question.choices,
        });
    }

    async recordAnswerStep(step) {
        const report = await this.report(step.context);
        const question = questions.find(q => q.id === step.values.question);
        const answer = step.result && step.result.value !== undefined ? step.result.value : step.result;
        if (question.kind === 'yesno' && answer === 'Not sure' && question.stage !== stage.facts && !report.unsure.includes(question.id)) {
            // Asked once more plainly; a second "not sure" counts as yes, the safer reading (as ours does).
            report.unsure.push(question.id);
            return step.replaceDialog(ids.questions);
        }

        applyAnswer(report, question, answer, step.context.activity.text);
        return step.replaceDialog(ids.questions);
    }

    async waitStep(step) {
        return step.prompt(ids.wait, {});
    }

    async remindStep(step) {
        await step.context.sendActivity(MessageFactory.suggestedActions(['Show my plan again', 'Start again'], text.afterOutcome));
        return step.replaceDialog(ids.after);
    }

    /** Every message, before any step: red flags first, then the commands that always work. */
    async onContinueDialog(innerDc) {
        const { context } = innerDc;
        if (context.activity.type !== 'message') {
            return super.onContinueDialog(innerDc);
        }

        const report = await this.report(context);
        const said = context.activity.text || '';
        if (record(report, said)) {
            await innerDc.cancelAllDialogs();
            return innerDc.beginDialog(ids.finish);
        }

        switch (said.trim().toLowerCase()) {
        case 'help':
            await context.sendActivity(say(text.help));
            await innerDc.repromptDialog();
            return { status: DialogTurnStatus.waiting };
        case 'restart':
        case 'start again':
            await this.reportAccessor.set(context, newReport());
            await innerDc.cancelAllDialogs();
            await context.sendActivity(say(text.restarting));
            return innerDc.beginDialog(ids.flow, { askForOpening: true });
        case 'stop':
        case 'cancel':
            await this.reportAccessor.set(context, newReport());
            await innerDc.cancelAllDialogs();
            await context.sendActivity(say(text.stopped));
            return { status: DialogTurnStatus.cancelled };
        case 'plan':
        case 'show my plan again':
            if (report.outcome) {
                await context.sendActivity(report.outcome);
            } else {
                await context.sendActivity(say(text.noPlanYet));
                await innerDc.repromptDialog();
            }

            return { status: DialogTurnStatus.waiting };
        default:
            return super.onContinueDialog(innerDc);
        }
    }
}

/** Records what a message says; true when it names a red flag that was not known before. */
function record(report, said) {
    let newRedFlag = false;
    for (const { finding } of redFlagsIn(said)) {
        newRedFlag ||= report.findings[finding] !== 'present';
        report.findings[finding] = 'present';
    }

    const trigger = triggerIn(said);
    if (trigger && !report.facts.trigger) {
        report.facts.trigger = trigger;
        report.answered.push('q_trigger');
    }

    return newRedFlag && hasRedFlag(report);
}

function applyAnswer(report, question, answer, said) {
    report.answered.push(question.id);
    if (question.kind === 'number') {
        report.facts.age = answer;
        return;
    }

    if (question.kind === 'words') {
        report.facts[question.id] = answer || said;
        return;
    }

    // A red flag's "yes", or its second "not sure", marks every finding it asks about (the safer reading).
    const unclear = question.stage === stage.facts ? 'unknown' : 'present';
    for (const id of question.asks) {
        report.findings[id] = answer === 'No' ? 'absent' : answer === 'Yes' ? 'present' : unclear;
    }
}

module.exports = { TriageDialog, newReport };
