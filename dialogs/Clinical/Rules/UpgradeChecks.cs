using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Recognition;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Rules;

public static partial class TriageRules
{
    /// <summary>The findings an upgrade check can ask about; each needs an upgrade question in every language.</summary>
    public static IReadOnlyList<string> UpgradeCheckIds { get; } = [SuddenSevere, NeckStiffness];

    /// <summary>
    /// docs/clinical-content.md §3: an urgent finding never skips the emergency questions. The next one still unanswered (and not
    /// given up on), asked before any urgent outcome; null when all have been asked. (Cancer history with new bladder
    /// trouble is spinal cord compression until proven otherwise: NICE CKS, docs/clinical-content.md §3.)
    /// </summary>
    public static Question? NextEmergencyQuestion(SymptomReport report, IReadOnlyCollection<string> skipped) =>
        Questions.FirstOrDefault(q => q.Stage == Stage.Emergency && !IsAnswered(report, q) && !skipped.Contains(q.Id));

    /// <summary>
    /// Findings still unknown that would turn an urgent red flag into an emergency (TRIAGE-SPEC §2 combinations:
    /// limb weakness that is sudden or getting worse quickly; a stiff neck with a fever). Asked once, plainly, before
    /// the urgent outcome is given, so that "the highest tier decides" holds even when the urgent flag came first.
    /// </summary>
    public static IReadOnlyList<string> UpgradeChecks(SymptomReport report) => UpgradeChecks(report, RedFlagDecision(report));

    /// <summary>As <see cref="UpgradeChecks(SymptomReport)"/>, with <see cref="RedFlagDecision"/> for this very report already at hand.</summary>
    public static IReadOnlyList<string> UpgradeChecks(SymptomReport report, TriageDecision? redFlag)
    {
        if (redFlag is not { Disposition: Disposition.Urgent })
        {
            return [];
        }

        var present = PresentFindings(report, countUnconfirmedHedged: false);
        var checks = new List<string>(2);
        // Asked whatever the answer about the pain was: it is the weakness that must not be getting worse. The check
        // is tagged sudden_severe, the words the spec uses for limb_weakness's emergency criterion.
        if (present.Contains(LimbWeakness) && report.WeaknessWorsening is null && !present.Contains(SuddenSevere))
        {
            checks.Add(SuddenSevere);
        }

        if (present.Contains(Fever) && !IsKnown(report, NeckStiffness))
        {
            checks.Add(NeckStiffness);
        }

        return checks;
    }

    /// <summary>
    /// Records the answer to an upgrade check. Yes, and anything unclear, count as present: an unclear answer here
    /// stands between urgent and emergency care, so the safer reading wins (TRIAGE-SPEC §5 rule 2). Only a clear no
    /// is absent. Red flags named in the answer are recorded too.
    /// </summary>
    public static void ApplyUpgradeAnswer(SymptomReport report, string findingId, string? answerText) =>
        ApplyUpgradeAnswer(report, findingId, answerText, SymptomRecognizer.Recognize(answerText));

    /// <summary>As <see cref="ApplyUpgradeAnswer(SymptomReport, string, string?)"/>, with the recognizer's result for the answer already at hand.</summary>
    public static void ApplyUpgradeAnswer(SymptomReport report, string findingId, string? answerText, IReadOnlyList<Mention> mentions)
    {
        ApplyMentions(report, mentions);
        var clearNo = AnswerParser.ParseYesNo(answerText) == YesNo.No;
        if (findingId == SuddenSevere)
        {
            // The answer is about the weakness, not the pain: it never reports "severe pain that started suddenly".
            report.WeaknessWorsening ??= !clearNo;
            return;
        }

        if (report.StatusOf(findingId) == FindingStatus.Present)
        {
            return;
        }

        report.Findings[findingId] = clearNo ? FindingStatus.Absent : FindingStatus.Present;
    }
}
