// The peer's outcome: the highest tier among the findings present decides, as in our bot
// (dialogs/Clinical/Rules/DecisionRules.cs), and the reply carries the channelData.triage contract the driver reads.

const { MessageFactory, InputHints } = require('botbuilder');
const { questions, stage } = require('./questions');

const contentVersion = 'peer-1';

const order = [stage.emergency, stage.urgent, stage.gp];

const advice = {
    emergency: 'This needs help now: call 999, or go to A&E.',
    urgent: 'Please get medical help today: call 111 or your GP surgery.',
    gp: 'Please book an appointment with your GP in the next few days.',
    selfcare: 'This sounds like a back spasm you can look after at home. Keep moving gently, use heat, and take simple painkillers if you need them.',
};

const stageOfFinding = new Map(questions.flatMap(q => q.asks.map(id => [id, q.stage])));

/** The disposition and the findings that decided it, from a report's findings ({ id: 'present' | 'absent' }). */
function decide(report) {
    const present = Object.keys(report.findings).filter(id => report.findings[id] === 'present');
    for (const tier of order) {
        const deciding = present.filter(id => stageOfFinding.get(id) === tier);
        if (deciding.length > 0) {
            return { disposition: tier, findings: deciding };
        }
    }

    return { disposition: 'selfcare', findings: [] };
}

/** Whether the questions must stop: an emergency or urgent finding is present. */
function hasRedFlag(report) {
    const { disposition } = decide(report);
    return disposition === stage.emergency || disposition === stage.urgent;
}

function planFor(disposition, report) {
    if (disposition === 'emergency') return ['call_emergency'];
    if (disposition === 'urgent') return ['call_urgent_care'];
    const painkiller = report.findings.nsaid_caution === 'present' ? 'paracetamol' : 'ibuprofen_or_paracetamol';
    const plan = ['keep_moving', 'heat', painkiller];
    return disposition === 'gp' ? ['see_gp', ...plan] : plan;
}

/** The outcome message, tagged with disposition, findings, plan and content version. */
function outcomeActivity(report) {
    const { disposition, findings } = decide(report);
    const activity = MessageFactory.text(advice[disposition], advice[disposition], InputHints.AcceptingInput);
    activity.channelData = { triage: { disposition, findings, plan: planFor(disposition, report), contentVersion } };
    return activity;
}

module.exports = { decide, hasRedFlag, outcomeActivity };
