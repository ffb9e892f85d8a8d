using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>
/// How a clarifying question is opened, answered and closed. Pure functions of the report and the answer text
/// (docs/clinical-content.md, "When the bot cannot tell").
/// </summary>
public static class ClarificationRules
{
    /// <summary>
    /// The clarifying question to ask now, or null. Drops pending questions that no longer need asking: one of their
    /// red flags is already present or being asked again plainly. Earlier "no" answers do not close one: the message
    /// that opened it may say otherwise in words the recognizer does not know.
    /// </summary>
    public static ClarifyingQuestion? Next(SymptomReport report)
    {
        report.Clarifications.RemoveAll(id => !StillNeeded(report, id));
        return report.Clarifications.Count == 0 ? null : ClarifyingQuestions.Find(report.Clarifications[0]);
    }

    /// <summary>Records that a message calls for a clarifying question (once; not when one of its red flags is already known).</summary>
    public static void Open(SymptomReport report, string id)
    {
        if (ClarifyingQuestions.Find(id) is not null && !report.Clarifications.Contains(id) && StillNeeded(report, id))
        {
            report.Clarifications.Add(id);
        }
    }

    /// <summary>
    /// Applies the answer to a clarifying question. A choice (by its title or its words) confirms its red flag; one
    /// that rules them out closes the question; "not sure", or a bare "yes" where several red flags could fit, marks
    /// them all unclear, so each is asked once more plainly and still-unclear ones escalate. Returns false when the
    /// answer picked nothing: ask once more, then call <see cref="GiveUp"/>.
    /// </summary>
    public static bool Apply(SymptomReport report, string id, string? answerText)
    {
        var question = ClarifyingQuestions.Find(id);
        if (question is null)
        {
            report.Clarifications.Remove(id);
            return true;
        }

        var picked = Pick(question, answerText);
        var yesNo = AnswerParser.ParseYesNo(answerText);
        if (picked.Count == 0 && yesNo == YesNo.Unsure)
        {
            MarkUnclear(report, question.Candidates, reAsked: false);
        }
        else if (picked.Count == 0 && yesNo == YesNo.Yes && question.Candidates.Count > 1)
        {
            MarkUnclear(report, question.Candidates, reAsked: false);
        }
        else if (picked.Count == 0 && yesNo == YesNo.Yes)
        {
            TriageRules.SetStatus(report, question.Candidates[0], FindingStatus.Present);
        }
        else if (picked.Count == 0 && yesNo != YesNo.No)
        {
            return false;
        }

        foreach (var choice in picked.Where(c => c.FindingId is not null))
        {
            TriageRules.SetStatus(report, choice.FindingId!, FindingStatus.Present);
        }

        report.Clarifications.Remove(id);
        return true;
    }

    /// <summary>
    /// An answer to a question about a red flag that only said a change ("it's numb", "it just comes out") belongs to
    /// what the question asked: those of the pending clarification's red flags the question asks about take the status
    /// the answer gave it. Only a clarification this answer itself raised counts, never one left by an earlier message.
    /// Said plainly, the red flags are present; a part named with no change ("down there's sound"; the vocabulary's
    /// <c>?</c> clarifier phrases) or a change said with a hedge leaves them unclear, so the question is asked once more
    /// plainly and a second unclear answer escalates (the hedge rule). So does a change placed, in the clarification's own
    /// choices, only somewhere the question did not ask ("only the left one, tingling" to the question about both legs):
    /// the person may have misread the question, so it is asked again plainly, never confirmed nor cleared.
    /// Returns false when no pending clarification fits.
    /// </summary>
    public static bool AttachToQuestion(SymptomReport report, Question question, string? answerText, IReadOnlyList<Mention> answerMentions)
    {
        if (question.Stage is not (Stage.Emergency or Stage.Urgent))
        {
            return false;
        }

        var raised = RaisedFor(question, answerMentions).ToArray();
        foreach (var pending in report.Clarifications)
        {
            if (Array.FindIndex(raised, r => r.ClarificationId == pending) is not (>= 0 and var at))
            {
                continue;
            }

            var status = raised[at].Status == FindingStatus.Present && PlacedElsewhere(pending, raised[at].FindingIds, answerText)
                ? FindingStatus.Hedged
                : raised[at].Status;
            foreach (var findingId in raised[at].FindingIds)
            {
                TriageRules.SetStatus(report, findingId, status);
            }

            report.Clarifications.Remove(pending);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The clarifying questions an answer raised (plainly or unclearly) that could confirm red flags
    /// <paramref name="question"/> asks about, each with how it was raised and those red flags ("it feels numb" to the
    /// saddle question: <c>clarify_numb</c>, saddle numbness).
    /// </summary>
    internal static IEnumerable<(string ClarificationId, FindingStatus Status, string[] FindingIds)> RaisedFor(
        Question question, IReadOnlyList<Mention> answerMentions)
    {
        foreach (var mention in answerMentions)
        {
            if (mention.Status is FindingStatus.Present or FindingStatus.Hedged
                && ClarifyingQuestions.CandidatesOf(mention.FindingId).Intersect(question.Asks).ToArray() is { Length: > 0 } findingIds)
            {
                yield return (mention.FindingId, mention.Status, findingIds);
            }
        }
    }

    /// <summary>Two answers that picked nothing: every red flag it asked about counts as still unclear, which escalates.</summary>
    public static void GiveUp(SymptomReport report, string id)
    {
        MarkUnclear(report, ClarifyingQuestions.CandidatesOf(id), reAsked: true);
        report.Clarifications.Remove(id);
    }

    /// <summary>The question as the dialogs ask any question: its candidates are what it asks about.</summary>
    public static Question AsQuestion(ClarifyingQuestion question) =>
        new(question.Id, Stage.Emergency, question.Candidates, question.Text, question.PlainRetryText, AnswerKind.Choice,
            [.. question.Choices.Select(c => c.Title), ClinicalContent.Current.Text.Message("not_sure_button")]);

    private static List<ClarifyingChoice> Pick(ClarifyingQuestion question, string? answerText)
    {
        var picked = new List<ClarifyingChoice>();
        var text = (answerText ?? string.Empty).Trim();
        var byTitle = question.Choices.FirstOrDefault(c => string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase));
        if (byTitle is not null)
        {
            return [byTitle];
        }

        var tokens = Tokenizer.Tokenize(answerText);
        // A place named and then denied picks nothing ("las dos no, solo la izquierda": one leg, not both).
        picked.AddRange(question.Choices.Where(choice =>
            choice.Patterns.Any(p => p.Matches(tokens)?.Any(match => !Scope.DeniedAfter(tokens, match.End)) == true)));

        // A red flag named beats "no" or "somewhere else" said alongside it ("no, it's both legs").
        return picked.Any(c => c.FindingId is not null) ? [.. picked.Where(c => c.FindingId is not null)] : picked;
    }

    /// <summary>
    /// The answer picks choices of the clarification, and none of them confirms one of <paramref name="asked"/>
    /// ("one leg or arm" for "only my left leg", to the question about both legs).
    /// </summary>
    private static bool PlacedElsewhere(string clarificationId, IReadOnlyCollection<string> asked, string? answerText) =>
        ClarifyingQuestions.Find(clarificationId) is { } clarification
        && Pick(clarification, answerText) is { Count: > 0 } picked
        && !picked.Any(choice => choice.FindingId is not null && asked.Contains(choice.FindingId));

    private static bool StillNeeded(SymptomReport report, string id)
    {
        var candidates = ClarifyingQuestions.CandidatesOf(id);
        return candidates.Count > 0
            && !candidates.Any(c => report.StatusOf(c) is FindingStatus.Present or FindingStatus.Hedged);
    }

    private static void MarkUnclear(SymptomReport report, IEnumerable<string> ids, bool reAsked)
    {
        foreach (var findingId in ids)
        {
            if (report.StatusOf(findingId) != FindingStatus.Present)
            {
                report.Findings[findingId] = FindingStatus.Hedged;
                if (reAsked)
                {
                    report.ReAsked[findingId] = 1;
                }
            }
        }
    }
}
