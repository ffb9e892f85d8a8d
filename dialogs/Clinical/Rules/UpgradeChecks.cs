using static BackSpasmBot.Clinical.FindingIds;

namespace BackSpasmBot.Clinical;

public static partial class TriageRules
{
    /// <summary>
    /// Findings still unknown that would turn an urgent red flag into an emergency (TRIAGE-SPEC §2 combinations:
    /// limb weakness that is sudden or getting worse quickly; a stiff neck with a fever). Asked once, plainly, before
    /// the urgent outcome is given, so that "the highest tier decides" holds even when the urgent flag came first.
    /// </summary>
    public static IReadOnlyList<string> UpgradeChecks(SymptomReport report)
    {
        if (RedFlagDecision(report) is not { Disposition: Disposition.Urgent })
        {
            return [];
        }

        var present = PresentFindings(report, countUnconfirmedHedged: false);
        var checks = new List<string>(2);
        if (present.Contains(LimbWeakness) && !IsKnown(report, SuddenSevere))
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
    public static void ApplyUpgradeAnswer(SymptomReport report, string findingId, string? answerText)
    {
        ApplyMentions(report, SymptomRecognizer.Recognize(answerText));
        if (report.StatusOf(findingId) == FindingStatus.Present)
        {
            return;
        }

        report.Findings[findingId] = AnswerParser.ParseYesNo(answerText) == YesNo.No
            ? FindingStatus.Absent
            : FindingStatus.Present;
    }
}
