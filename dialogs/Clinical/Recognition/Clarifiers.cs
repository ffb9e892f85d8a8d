using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Recognition;

/// <summary>
/// What makes the bot ask a clarifying question (<see cref="ClarifyingQuestions"/>): words for a change of feeling or
/// function, or for a red-flag part of the body, that no finding's phrase accounts for ("something's gone numb").
/// The phrases are content (clinical-content/en/vocabulary.yaml, clarifiers). Negated mentions ask nothing.
/// </summary>
internal static class Clarifiers
{
    /// <summary>Clarifying question id → the phrases that call for it.</summary>
    public static IReadOnlyDictionary<string, string[]> Triggers => ClinicalContent.Current.Text.Vocabulary.Clarifiers;
}
