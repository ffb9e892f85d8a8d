using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// A red flag made of two parts (vocabulary.yaml, co_occurrences) whose halves come in different messages, or one of them
/// as a "yes" to a question: "Is your neck stiff?" "yes, and the light hurts my eyes"; a stiff neck in the first message
/// and a fever in a later one (docs/clinical-content.md, "Findings made of two parts"). The recognizer pairs halves said
/// in one message; this pairs a half already in the report with a half in this message, or two halves in the report.
/// </summary>
internal static class PairRules
{
    /// <summary>Pairs the halves the report already holds with each other and with the halves in <paramref name="text"/>.</summary>
    /// <param name="report">The report so far, this message's mentions already applied.</param>
    /// <param name="text">The message.</param>
    /// <param name="maybeSaid">
    /// Findings the person may have said yes to: those of a grouped question answered "yes" (which confirms none of them).
    /// Such a half, with the other half in the answer, has the pair asked about plainly ("yes, stiff, and the light hurts").
    /// </param>
    public static void Apply(SymptomReport report, string? text, IReadOnlyCollection<string>? maybeSaid = null)
    {
        foreach (var (findingId, first, second, onlyAsks) in Lexicon.CoOccurrences)
        {
            if (report.StatusOf(findingId) == FindingStatus.Present)
            {
                continue;
            }

            var (firstBefore, secondBefore) = (Before(report, first, maybeSaid), Before(report, second, maybeSaid));
            if (!Says(firstBefore) && !Says(secondBefore))
            {
                continue; // both halves in this message alone: the recognizer's pairing already saw them
            }

            var firstNow = Says(firstBefore) ? firstBefore : SymptomRecognizer.PartStatus(text, first);
            var secondNow = Says(secondBefore) ? secondBefore : SymptomRecognizer.PartStatus(text, second);
            if (!Says(firstNow) || !Says(secondNow))
            {
                continue;
            }

            if (firstNow == FindingStatus.Present && secondNow == FindingStatus.Present && !onlyAsks)
            {
                report.Findings[findingId] = FindingStatus.Present;
            }
            else if (report.StatusOf(findingId) == FindingStatus.Unknown)
            {
                // Asked about plainly, once: a person who has already said no is not asked again.
                report.Findings[findingId] = FindingStatus.Hedged;
                report.HedgedByThisMessage.Add(findingId);
            }
        }
    }

    private static FindingStatus Before(SymptomReport report, string part, IReadOnlyCollection<string>? maybeSaid) =>
        InReport(report, part) is var held && Says(held) ? held
        : maybeSaid?.Contains(part) == true ? FindingStatus.Hedged
        : held;

    /// <summary>
    /// A half that the report holds: a finding, or a modifier said earlier ("I have osteoporosis"). A cue is never stored,
    /// so it can only come from this message.
    /// </summary>
    private static FindingStatus InReport(SymptomReport report, string part) =>
        FindingCatalog.TryGet(part) is not null ? report.StatusOf(part)
        : report.Modifiers.GetValueOrDefault(part) ? FindingStatus.Present
        : FindingStatus.Unknown;

    private static bool Says(FindingStatus status) => status is FindingStatus.Present or FindingStatus.Hedged;
}
