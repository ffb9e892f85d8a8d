using BackSpasmBot.Clinical;
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
    /// Records what <paramref name="text"/> says about findings. If that (with everything known before) is a
    /// red flag that has not already been answered with an outcome at least as urgent, sends the outcome and
    /// returns true. A red flag named in this very message is always answered, even if the outcome was given before.
    /// </summary>
    public async Task<bool> EscalateOnRedFlagAsync(ITurnContext turnContext, TriageSession session, string? text, CancellationToken cancellationToken)
    {
        var mentions = SymptomRecognizer.Recognize(text);
        TriageRules.ApplyMentions(session.Report, mentions);
        var decision = TriageRules.RedFlagDecision(session.Report);
        if (decision is null)
        {
            return false;
        }

        var namedNow = mentions.Any(m => m.Status == FindingStatus.Present && FindingCatalog.TierOf(m.FindingId) >= Tier.Urgent);
        if (session.Outcome is { } given && decision.Disposition <= given.Disposition && !namedNow)
        {
            return false;
        }

        await GiveAsync(turnContext, session, decision, early: true, cancellationToken);
        return true;
    }

    /// <summary>The outcome from everything known: a red flag if there is one, else the full decision.</summary>
    public Task GiveFinalAsync(ITurnContext turnContext, TriageSession session, CancellationToken cancellationToken)
    {
        var decision = TriageRules.RedFlagDecision(session.Report) ?? TriageRules.Decide(session.Report);
        return GiveAsync(turnContext, session, decision, early: false, cancellationToken);
    }

    /// <summary>Sends the outcome given before once more ("show my plan"); false when there is none yet.</summary>
    public async Task<bool> RepeatAsync(ITurnContext turnContext, TriageSession session, CancellationToken cancellationToken)
    {
        if (session.Outcome is not { } given)
        {
            return false;
        }

        var decision = new TriageDecision(given.Disposition, given.Findings);
        var message = Wording.Outcome(decision, given.Plan, regions.For(turnContext.Activity));
        await turnContext.SendActivityAsync(TriageActivities.Outcome(message), cancellationToken);
        return true;
    }

    private async Task GiveAsync(ITurnContext turnContext, TriageSession session, TriageDecision decision, bool early, CancellationToken cancellationToken)
    {
        var plan = TriageRules.Plan(session.Report, decision.Disposition);
        var message = Wording.Outcome(decision, plan, regions.For(turnContext.Activity));
        session.Outcome = new GivenOutcome
        {
            Disposition = message.Disposition,
            Findings = [.. message.Findings],
            Plan = [.. message.Plan],
        };
        await turnContext.SendActivityAsync(TriageActivities.Outcome(message), cancellationToken);
        events.OutcomeGiven(message.Disposition, turnContext.Activity?.ChannelId, early);
    }
}
