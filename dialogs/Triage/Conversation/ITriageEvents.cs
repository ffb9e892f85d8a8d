using BackSpasmBot.Clinical;
using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// Structured, personal-data-free events, so operators can count triages and outcomes without reading conversations.
/// The turn is passed so that the host can tell which conversation an event belongs to (its channel, and whether a
/// triage it saw start has ended); implementations must never export its text or ids.
/// </summary>
public interface ITriageEvents
{
    /// <summary>The person gave their own account: a triage has started.</summary>
    void TriageStarted(ITurnContext turnContext);

    /// <summary>A clarifying question was asked about words that could be a red flag.</summary>
    void ClarifyingQuestionAsked(ITurnContext turnContext);

    /// <summary>An outcome was given (the first of a triage, or a more urgent one after it).</summary>
    void OutcomeGiven(ITurnContext turnContext, TriageOutcomeEvent outcome);

    /// <summary>The triage was left by a command (restart, cancel, forget me), with or without an outcome.</summary>
    void TriageLeft(ITurnContext turnContext, TriageLeftBy command);

    /// <summary>The person erased what was stored about them.</summary>
    void DataErased(string? channelId);
}

/// <summary>What an outcome was, in canonical ids only.</summary>
/// <param name="Disposition">The outcome.</param>
/// <param name="ChannelId">The channel it was given on.</param>
/// <param name="RegionCode">The region whose numbers it gave (a code such as GB).</param>
/// <param name="Findings">The finding ids (and ids of grouped questions answered yes) that decided it.</param>
/// <param name="Early">A red flag ended the questioning.</param>
/// <param name="QuestionsAsked">Questions asked in this triage so far.</param>
/// <param name="FirstOfTriage">The triage's first outcome (false for an upgrade after an outcome).</param>
/// <param name="ContentVersion">The clinical content that decided it (semantic version and hash).</param>
public sealed record TriageOutcomeEvent(
    Disposition Disposition, string? ChannelId, string RegionCode, IReadOnlyList<string> Findings, bool Early, int QuestionsAsked, bool FirstOfTriage,
    string ContentVersion);

/// <summary>The command that left a triage.</summary>
public enum TriageLeftBy
{
    Restart,
    Cancel,
    ForgetMe,
}

/// <summary>Events that go nowhere (library default; the host logs them and counts them).</summary>
public sealed class NoTriageEvents : ITriageEvents
{
    public static readonly NoTriageEvents Instance = new();

    public void TriageStarted(ITurnContext turnContext)
    {
    }

    public void ClarifyingQuestionAsked(ITurnContext turnContext)
    {
    }

    public void OutcomeGiven(ITurnContext turnContext, TriageOutcomeEvent outcome)
    {
    }

    public void TriageLeft(ITurnContext turnContext, TriageLeftBy command)
    {
    }

    public void DataErased(string? channelId)
    {
    }
}
