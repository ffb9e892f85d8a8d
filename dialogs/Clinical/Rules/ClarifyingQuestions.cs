using BackSpasmBot.Clinical.Recognition;
using BackSpasmBot.Clinical.Content;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// The questions the bot asks when a message mentions a change of feeling or function, or a red-flag part of the
/// body, that the recognizer cannot attach to a finding: rather than move on in silence, it asks which red flags could
/// fit (docs/clinical-content.md, "When the bot cannot tell"). The questions, the findings each can confirm and the
/// words that pick a choice are content (clinical-content/questions.yaml and en/questions.yaml); what triggers each is in
/// <see cref="Clarifiers"/>.
/// </summary>
public static class ClarifyingQuestions
{
    /// <summary>Every clarifying question, by id.</summary>
    public static IReadOnlyList<ClarifyingQuestion> All => ClinicalContent.Current.Text.Clarifying;

    /// <summary>The finding ids a clarifying question asks about; empty for an unknown id.</summary>
    public static IReadOnlyList<string> CandidatesOf(string id) => Find(id)?.Candidates ?? [];

    /// <summary>The clarifying question with this id, or null.</summary>
    public static ClarifyingQuestion? Find(string id) => All.FirstOrDefault(q => q.Id == id);
}

/// <summary>One clarifying question.</summary>
/// <param name="Id">Stable id, e.g. "clarify_numb" (the channelData.triage.asks contract carries its candidates).</param>
/// <param name="Candidates">The red flags that could fit.</param>
/// <param name="Text">The question, in plain words.</param>
/// <param name="PlainRetryText">Asked once more, after an answer that picked nothing.</param>
/// <param name="Choices">Its buttons, each with the finding it confirms (null: none) and the words that pick it.</param>
public sealed record ClarifyingQuestion(
    string Id,
    IReadOnlyList<string> Candidates,
    string Text,
    string PlainRetryText,
    IReadOnlyList<ClarifyingChoice> Choices)
{
    /// <summary>Why it is asked, in plain words, said when the person asks "why?".</summary>
    public string Why { get; init; } = string.Empty;

    /// <summary>Where the reason for asking comes from: source abbreviations.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>One choice of a clarifying question.</summary>
/// <param name="Title">The button's title; typing it picks the choice too.</param>
/// <param name="FindingId">The finding it confirms, or null when it rules them out.</param>
/// <param name="AnswerPhrases">Phrases (lexicon syntax) that pick this choice in a typed answer.</param>
public sealed record ClarifyingChoice(string Title, string? FindingId, IReadOnlyList<string> AnswerPhrases)
{
    /// <summary>The answer phrases, compiled once when the content is loaded.</summary>
    internal IReadOnlyList<Pattern> Patterns { get; init; } = [];
}
