using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using static BackSpasmBot.Clinical.Catalog.FindingIds;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>How the person says their back is doing at a check-in.</summary>
public enum Progress
{
    Unknown,
    Better,
    Same,
    Worse,
}

/// <summary>Why a check-in sends the person to a doctor.</summary>
public enum SeeDoctorReason
{
    None,

    /// <summary>They said it is getting worse.</summary>
    Worse,

    /// <summary>Not better, and the time the plan allows (4 weeks from onset) has passed.</summary>
    NotBetterInTime,
}

/// <summary>What a check-in leads to: the disposition, why, the moved-on plan, and whether to offer one more.</summary>
/// <param name="Disposition">Self-care or GP: a red flag is handled by the triage's own escalation, before this.</param>
/// <param name="Findings">The findings that decided it (<c>not_improving</c> when it became GP).</param>
/// <param name="Plan">The plan for now: ice no longer offered once the first 48 hours have passed.</param>
/// <param name="SeeDoctorBecause">Why a doctor now (worse, or not better in time); None when the plan goes on.</param>
/// <param name="SwitchedToHeat">The plan had ice and no longer does.</param>
/// <param name="OfferAnother">Still not better: offer one more check-in (if rounds are left).</param>
public sealed record CheckInDecision(
    Disposition Disposition,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Plan,
    SeeDoctorReason SeeDoctorBecause,
    bool SwitchedToHeat,
    bool OfferAnother);

/// <summary>
/// The follow-up check-in's rules (docs/clinical-content.md, "Follow-up check-in"). NICE NG59 and CKS advise reassessing low back pain
/// that is not improving; the NHS back pain page says to see a GP when the pain is getting worse over time or not
/// better after a few weeks (4 weeks, as in the plan's safety net, clinical-content/rules.yaml, derived not_improving).
/// The red flags are asked again first (cauda equina syndrome can develop after a first, reassuring conversation:
/// NICE CKS, GIRFT 2023 national suspected CES pathway).
/// </summary>
public static class FollowUpRules
{
    /// <summary>The emergency findings asked again, one question each, at every check-in, whatever was said before.</summary>
    public static IReadOnlyList<string> RecheckedFindings { get; } = [BladderBowel, SaddleNumbness, BothLegs];

    /// <summary>The questions that ask them, in order.</summary>
    public static IReadOnlyList<Question> RecheckQuestions { get; } =
        [.. RecheckedFindings.Select(id => TriageRules.Questions.First(q => q.Stage == Stage.Emergency && q.Asks.SequenceEqual([id])))];

    /// <summary>
    /// Reads a progress answer: a choice, its number (1 to 3), or a few plain words in the conversation's language
    /// (language.yaml, follow_up). "Not better" is the same, unless the answer also says worse. Unknown otherwise.
    /// </summary>
    public static Progress ParseProgress(string? answer)
    {
        var text = WholeMessage.Normalize(answer);
        var words = ClinicalContent.Current.Text.Words.FollowUp;
        bool Says(IReadOnlyList<string> parts) => parts.Any(part => text.Contains(part, StringComparison.Ordinal));
        return text switch
        {
            "" => Progress.Unknown,
            "1" => Progress.Better,
            "2" => Progress.Same,
            "3" => Progress.Worse,
            _ when words.Better.Contains(text) => Progress.Better,
            _ when words.Same.Contains(text) => Progress.Same,
            _ when words.Worse.Contains(text) => Progress.Worse,
            _ when words.NotBetter.IsMatch(text) && !Says(words.WorseWithin) => Progress.Same,
            _ when Says(words.WorseWithin) => Progress.Worse,
            _ when Says(words.SameWithin) => Progress.Same,
            _ when Says(words.BetterWithin) => Progress.Better,
            _ => Progress.Unknown,
        };
    }

    /// <summary>
    /// What the check-in leads to, once the red flags were asked again and none is present.
    /// </summary>
    /// <param name="report">The triage's report, with <see cref="SymptomReport.OnsetHours"/> as it is now.</param>
    /// <param name="given">The disposition given before (self-care or GP).</param>
    /// <param name="progress">Better, the same or worse; unknown counts as the same (not better).</param>
    /// <param name="findingsBefore">The findings that decided the outcome given before.</param>
    /// <param name="planBefore">The plan given before, to tell whether ice was dropped.</param>
    public static CheckInDecision Decide(
        SymptomReport report, Disposition given, Progress progress, IReadOnlyList<string> findingsBefore, IReadOnlyList<string> planBefore)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notBetter = progress != Progress.Better;
        // The time the plan allows is the content's own rule for not_improving (rules.yaml: 4 weeks from onset).
        var outOfTime = notBetter && TriageRules.PresentFindings(report, countUnconfirmedHedged: false).Contains(NotImproving);
        var because = progress == Progress.Worse
            ? SeeDoctorReason.Worse
            : outOfTime ? SeeDoctorReason.NotBetterInTime : SeeDoctorReason.None;

        var disposition = because != SeeDoctorReason.None ? Disposition.Gp : (given == Disposition.Gp ? Disposition.Gp : Disposition.SelfCare);
        IReadOnlyList<string> findings = because != SeeDoctorReason.None ? [NotImproving] : given == Disposition.Gp ? findingsBefore : [];
        var plan = TriageRules.Plan(report, disposition);
        var switched = planBefore.Contains(PlanSteps.IceFirst) && !plan.Contains(PlanSteps.IceFirst);
        return new CheckInDecision(disposition, findings, plan, because, switched, OfferAnother: notBetter);
    }
}
