namespace BackSpasmBot.Clinical;

/// <summary>
/// The questions the bot asks when a message mentions a change of feeling or function, or a red-flag part of the
/// body, that the recognizer cannot attach to a finding: it asks which red flags could fit rather than moving on in
/// silence (docs/clinical-content.md, "When the bot cannot tell").
/// </summary>
public static class ClarifyingQuestions
{
    /// <summary>Every clarifying question, by id.</summary>
    public static IReadOnlyList<ClarifyingQuestion> All { get; } = [];

    /// <summary>The finding ids a clarifying question asks about; empty for an unknown id.</summary>
    public static IReadOnlyList<string> CandidatesOf(string id) =>
        All.FirstOrDefault(q => q.Id == id)?.Candidates ?? [];
}

/// <summary>One clarifying question.</summary>
/// <param name="Id">Stable id, e.g. "clarify_numb_where".</param>
/// <param name="Candidates">The findings that could fit (the channelData.triage.asks contract).</param>
/// <param name="Text">The question, in plain words.</param>
/// <param name="Choices">Button titles, each with the finding it confirms (null: none of them).</param>
public sealed record ClarifyingQuestion(
    string Id,
    IReadOnlyList<string> Candidates,
    string Text,
    IReadOnlyList<ClarifyingChoice> Choices);

/// <summary>One button of a clarifying question and the finding it confirms, if any.</summary>
public sealed record ClarifyingChoice(string Title, string? FindingId);
