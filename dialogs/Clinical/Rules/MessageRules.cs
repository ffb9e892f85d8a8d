using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Rules;

public static partial class TriageRules
{
    /// <summary>
    /// Records what any message says, whatever question is open: every finding it mentions (a red flag in any words),
    /// the clarifying questions it calls for, and facts said outright (an age, a first episode, a fall). Returns the
    /// mentions, so callers can tell what this very message named.
    /// </summary>
    public static IReadOnlyList<Mention> RecordMessage(SymptomReport report, string? text) =>
        RecordMessage(report, text, SymptomRecognizer.Recognize(text));

    /// <summary>As <see cref="RecordMessage(SymptomReport, string?)"/>, with the recognizer's result for <paramref name="text"/> already at hand.</summary>
    public static IReadOnlyList<Mention> RecordMessage(SymptomReport report, string? text, IReadOnlyList<Mention> mentions)
    {
        report.HedgedByThisMessage.Clear();
        report.HedgedByThisMessage.UnionWith(mentions.Where(m => m.Status == FindingStatus.Hedged && report.StatusOf(m.FindingId) != FindingStatus.Hedged).Select(m => m.FindingId));
        ApplyMentions(report, mentions);
        PairRules.Apply(report, text);
        FreeTextFacts.Apply(report, text);
        HintRules.Apply(report, text, mentions);
        return mentions;
    }
}
