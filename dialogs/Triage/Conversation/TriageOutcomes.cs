using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Rules;
using BackSpasmBot.Clinical.Wording;
using BackSpasmBot.Dialogs.Engine;
using BackSpasmBot.Dialogs.Engine.Channels;
using BackSpasmBot.Dialogs.Engine.Choices;
using BackSpasmBot.Fhir;
using BackSpasmBot.Triage.Regions;
using BackSpasmBot.Triage.State;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// Reads red flags out of every message and gives outcomes. Shared by the interruption hook (every message,
/// whatever step is active) and the steps that end the questioning, so there is one way an outcome is given.
/// </summary>
public sealed class TriageOutcomes(RegionResolver regions, ITriageEvents events)
{
    /// <summary>
    /// Records what <paramref name="text"/> says about findings, and says whether it calls for an outcome now: a red
    /// flag that this message raised or named, and that has not already been answered with an outcome at least as
    /// urgent. A red flag named in this very message is always answered, even if the outcome was given before. A red
    /// flag that was already known before this message is being handled by the questions (an upgrade check), so it
    /// does not interrupt them. After the outcome, a message that calls for a clarifying question also calls for the
    /// questions again.
    /// </summary>
    public static bool RecordAndCheck(TriageSession session, string? text) =>
        RecordAndCheck(session, text, SymptomRecognizer.Recognize(text));

    /// <summary>As <see cref="RecordAndCheck(TriageSession, string?)"/>, with the recognizer's result for <paramref name="text"/> already at hand.</summary>
    public static bool RecordAndCheck(TriageSession session, string? text, IReadOnlyList<Mention> mentions)
    {
        var before = TriageRules.RedFlagDecision(session.Report)?.Disposition;
        var clarificationsBefore = session.Report.Clarifications.Count;

        // A red flag named again that was already known is being handled by the questions: before the outcome it does not
        // interrupt them, or an answer that repeats it would never reach the question it answers.
        var namedAnew = mentions.Any(m => m.Status == FindingStatus.Present && FindingCatalog.TierOf(m.FindingId) >= Tier.Urgent
            && session.Report.StatusOf(m.FindingId) != FindingStatus.Present);
        TriageRules.RecordMessage(session.Report, text, mentions);
        var after = TriageRules.RedFlagDecision(session.Report)?.Disposition;
        if (after is not { } now)
        {
            // After the outcome, words that could be a red flag reopen the questions, so the clarifying one is asked.
            return session.Outcome is not null && session.Report.Clarifications.Count > clarificationsBefore;
        }

        var namedNow = mentions.Any(m => m.Status == FindingStatus.Present && FindingCatalog.TierOf(m.FindingId) >= Tier.Urgent);
        if (session.Outcome is { } given)
        {
            return now > given.Disposition || namedNow;
        }

        return before is null || now > before || namedAnew;
    }

    /// <summary>The outcome from everything known: a red flag if there is one, else the full decision.</summary>
    public Task GiveFinalAsync(ITurnContext turnContext, TriageSession session, CancellationToken cancellationToken)
    {
        var redFlag = TriageRules.RedFlagDecision(session.Report);
        return GiveAsync(turnContext, session, redFlag ?? TriageRules.Decide(session.Report), early: redFlag is not null, cancellationToken);
    }

    /// <summary>Gives an outcome decided elsewhere (a check-in's), with the plan for the report as it is now.</summary>
    public Task GiveAsync(ITurnContext turnContext, TriageSession session, TriageDecision decision, CancellationToken cancellationToken) =>
        GiveAsync(turnContext, session, decision, early: false, cancellationToken);

    /// <summary>Sends the outcome given before once more ("show my plan"); false when there is none yet.</summary>
    public async Task<bool> RepeatAsync(ITurnContext turnContext, TriageSession session, CancellationToken cancellationToken)
    {
        if (session.Outcome is not { } given)
        {
            return false;
        }

        var message = Compose(turnContext, session, DecisionOf(given), given.Plan, given.MedicineCautions);
        await SendAsync(turnContext, message, cancellationToken);
        return true;
    }

    /// <summary>Why the outcome given was given ("why?" after it); false when there is none yet.</summary>
    public static async Task<bool> ExplainAsync(ITurnContext turnContext, TriageSession session, CancellationToken cancellationToken)
    {
        if (session.Outcome is not { } given)
        {
            return false;
        }

        var text = Explanations.ForOutcome(DecisionOf(given), given.Plan, nameFindings: !ConversationKind.IsShared(turnContext.Activity));
        await turnContext.SendActivityAsync(TriageActivities.Explaining(text, [.. given.Findings, .. given.Plan]), cancellationToken);
        return true;
    }

    /// <summary>
    /// The summary for a doctor, made now, on request (docs/handover.md): a card, a printable page and the FHIR Bundle, all
    /// built from the stored canonical ids. Nothing is kept. False when there is no outcome yet.
    /// </summary>
    public async Task<bool> SendSummaryAsync(ITurnContext turnContext, TriageSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (session.Outcome is not { } given)
        {
            return false;
        }

        var decision = DecisionOf(given);
        var region = regions.For(turnContext.Activity, session);
        var summary = SummaryWording.Build(session.Report, decision, given.Plan, given.MedicineCautions, region, now);
        var bundle = TriageHandover.Build(new TriageHandover.Input(session.Report, decision, given.Plan, given.MedicineCautions, region, now), Guid.NewGuid);
        var withFiles = !ConversationKind.IsTeams(turnContext.Activity);
        await turnContext.SendActivityAsync(SummaryActivities.Summary(summary, TriageHandover.ToJson(bundle), withFiles), cancellationToken);
        return true;
    }

    private static TriageDecision DecisionOf(GivenOutcome given) =>
        new(given.Disposition, given.Findings) { Groups = given.Groups, WeaknessWorsening = given.WeaknessWorsening };

    /// <summary>
    /// Where others read along (group chats, channels), the outcome does not name the person's findings or reasons,
    /// in the text or in channelData: the advice, its action and its urgency stay the same.
    /// </summary>
    private OutcomeMessage Compose(ITurnContext turnContext, TriageSession session, TriageDecision decision, IReadOnlyList<string> plan, IReadOnlyList<string> cautions) =>
        Wording.Outcome(decision, plan, regions.For(turnContext.Activity, session), cautions, nameReasons: !ConversationKind.IsShared(turnContext.Activity));

    /// <summary>Sends an outcome marked urgent: it carries the advice on when to get help, so it is delivered even if the turn fails.</summary>
    private static async Task SendAsync(ITurnContext turnContext, OutcomeMessage message, CancellationToken cancellationToken)
    {
        var outcome = TriageActivities.Outcome(message);

        // The summary for a doctor is offered with every outcome, where only the person reads along.
        if (!ConversationKind.IsShared(turnContext.Activity))
        {
            ChoiceRenderer.Render(outcome, [new Choice(SummaryWording.Button)], turnContext.Activity);
        }

        TurnMarks.MarkUrgent(turnContext, outcome);
        await turnContext.SendActivityAsync(outcome, cancellationToken);
    }

    private async Task GiveAsync(ITurnContext turnContext, TriageSession session, TriageDecision decision, bool early, CancellationToken cancellationToken)
    {
        var plan = TriageRules.Plan(session.Report, decision.Disposition);
        var cautions = TriageRules.MedicineCautionsFor(session.Report);
        var message = Compose(turnContext, session, decision, plan, cautions);
        var first = session.Outcome is null;
        session.Outcome = new GivenOutcome
        {
            Disposition = message.Disposition,
            Findings = [.. decision.Findings],
            Plan = [.. message.Plan],
            Groups = [.. decision.Groups],
            WeaknessWorsening = decision.WeaknessWorsening,
            MedicineCautions = [.. cautions],
        };
        await SendAsync(turnContext, message, cancellationToken);
        events.OutcomeGiven(turnContext, new TriageOutcomeEvent(
            message.Disposition, turnContext.Activity?.ChannelId, regions.For(turnContext.Activity, session).Code, [.. decision.Findings, .. decision.Groups], early, session.QuestionsAsked, first, message.ContentVersion));
    }
}
