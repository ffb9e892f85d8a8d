using BackSpasmBot.Clinical.Answers;
using BackSpasmBot.Clinical.Catalog;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Recognition;

namespace BackSpasmBot.Clinical.Rules;

/// <summary>The triage rules: questions, answers, decisions. Pure functions of the report.</summary>
public static partial class TriageRules
{
    /// <summary>The follow-up asked after a plain "yes" to the medicine checklist.</summary>
    internal const string WhichCautionId = "q_nsaid_which";

    private const string AnsweredPrefix = "answered:";

    /// <summary>The questions in the order they are asked (clinical-content/questions.yaml).</summary>
    public static IReadOnlyList<Question> Questions => ClinicalContent.Current.Text.Questions;

    /// <summary>Merges what a free-text message said into the report (Present beats Hedged beats Absent beats Unknown; a plain later "no" to a re-ask may clear Hedged).</summary>
    public static void ApplyMentions(SymptomReport report, IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            ApplyMention(report, mention);
        }
    }

    /// <summary>
    /// Applies the answer to a question. Returns false when the answer was not understood (the dialog re-asks
    /// with <see cref="Question.PlainRetryText"/>). A hedged yes/no about a red-flag question marks its findings Hedged;
    /// a second hedged answer counts the re-ask in <see cref="SymptomReport.ReAsked"/>. Also applies every finding the
    /// answer text mentions (red flags in any message), so callers need not run the recognizer on answers again.
    /// </summary>
    public static bool ApplyAnswer(SymptomReport report, Question question, string? answerText) =>
        ApplyAnswer(report, question, answerText, SymptomRecognizer.Recognize(answerText, ExpectsTemperature(question)));

    /// <summary>
    /// As <see cref="ApplyAnswer(SymptomReport, Question, string?)"/>, with the recognizer's result for the answer
    /// already at hand (read with <c>temperatureExpected</c> = <see cref="ExpectsTemperature"/>).
    /// </summary>
    public static bool ApplyAnswer(SymptomReport report, Question question, string? answerText, IReadOnlyList<Mention> mentions)
    {
        if (question.IsConfirmation)
        {
            AnswerRules.ApplyConfirmation(report, question.Asks[0], answerText);
            ApplyMentions(report, mentions);
            HintRules.Answered(report, question);
            return true;
        }

        var understood = question.Stage switch
        {
            Stage.Symptoms => true, // never blocks: "yes", "none", or any words are fine
            Stage.Facts => AnswerRules.ApplyFact(report, question, answerText, mentions),
            _ => AnswerRules.ApplyFindingAnswer(report, question, answerText, mentions),
        };

        ApplyMentions(report, mentions);
        PairRules.Apply(report, answerText, question.Asks.Count > 1 && AnswerParser.ParseYesNo(answerText) == YesNo.Yes ? question.Asks : null);
        if (understood)
        {
            report.Modifiers[AnsweredPrefix + question.Id] = true;
            HintRules.Answered(report, question);
        }

        return understood;
    }

    /// <summary>
    /// The answer to a question in the conversation: applied (<see cref="ApplyAnswer(SymptomReport, Question, string?, IReadOnlyList{Mention})"/>),
    /// or else, when it only said a change ("it's numb"), attached to the part the question named
    /// (<see cref="ClarificationRules.AttachToQuestion"/>). False when neither understood it: the question is asked again.
    /// </summary>
    public static bool AnswerQuestion(SymptomReport report, Question question, string? answerText, IReadOnlyList<Mention> mentions) =>
        ApplyAnswer(report, question, answerText, mentions) || ClarificationRules.AttachToQuestion(report, question, answerText, mentions);

    /// <summary>Whether a bare number in the answer to <paramref name="question"/> is a temperature (it asks about a fever).</summary>
    public static bool ExpectsTemperature(Question question) => question.Asks.Contains(FindingIds.Fever);

    /// <summary>True when every id the question asks about is already known, so it can be skipped.</summary>
    public static bool IsAnswered(SymptomReport report, Question question)
    {
        // "Which one?" follows only a plain yes to the medicine checklist that named no reason.
        if (question.Id == WhichCautionId)
        {
            return report.NsaidCaution != true || report.CautionReasons.Count > 0 || report.Modifiers.GetValueOrDefault(AnsweredPrefix + question.Id);
        }

        // A plain "yes" to a grouped question (docs/clinical-content.md §3) answers it.
        if (report.ConfirmedGroups.Contains(question.Id) || question.Asks.All(id => IsKnown(report, id)))
        {
            return true;
        }

        // Answered once already (e.g. "yes, it hurts when I cough" names one of three): don't ask again,
        // unless one of its findings is hedged and still needs the plain re-ask.
        // A hedged self-care symptom ("a pain in the neck") is never re-asked, so it must not hold its question open.
        return report.Modifiers.GetValueOrDefault(AnsweredPrefix + question.Id)
            && !question.Asks.Any(id => AwaitsPlainReAsk(report, id));
    }

    /// <summary>A hedged finding at the doctor's tier or above that has not had its one plain re-ask yet.</summary>
    private static bool AwaitsPlainReAsk(SymptomReport report, string id) =>
        report.StatusOf(id) == FindingStatus.Hedged && FindingCatalog.TierOf(id) >= Tier.Gp && report.ReAsked.GetValueOrDefault(id) == 0;

    /// <summary>Findings that are Hedged and still need the one plain re-ask.</summary>
    public static IReadOnlyList<string> FindingsToConfirm(SymptomReport report) =>
        report.Findings
            .Where(pair => AwaitsPlainReAsk(report, pair.Key))
            .Select(pair => pair.Key)
            .OrderBy(FindingCatalog.OrderOf)
            .ToArray();

    /// <summary>
    /// The hedged finding to re-ask plainly now, or null (docs/clinical-content.md §3): each once; once a red flag is
    /// present (<paramref name="redFlag"/>), only the emergency ones still matter.
    /// </summary>
    public static string? NextConfirmation(SymptomReport report, TriageDecision? redFlag) =>
        FindingsToConfirm(report)
            .FirstOrDefault(id => !report.ReAsked.ContainsKey(id) && (redFlag is null || FindingCatalog.TierOf(id) == Tier.Emergency));

    /// <summary>
    /// The one-finding yes/no question used to re-ask a hedged finding plainly (its text is
    /// <see cref="Wording.Wording.ConfirmFinding"/>). Apply the answer with <see cref="ApplyAnswer(SymptomReport, Question, string?)"/>, which is final: "yes"
    /// marks it present, "no" absent, and anything else (another "not sure", or words that are neither) leaves it
    /// unclear after its one re-ask, so that <see cref="RedFlagDecision"/> escalates (TRIAGE-SPEC §5 rule 2).
    /// </summary>
    public static Question ConfirmationQuestion(string findingId)
    {
        var finding = FindingCatalog.Get(findingId);
        var stage = finding.Tier switch
        {
            Tier.Emergency => Stage.Emergency,
            Tier.Urgent => Stage.Urgent,
            Tier.Gp => Stage.Gp,
            _ => Stage.Symptoms,
        };
        var text = Wording.Wording.ConfirmFinding(findingId);
        return new Question("confirm_" + findingId, stage, [findingId], text, text, AnswerKind.YesNo, ClinicalContent.Current.Text.YesNoButtons)
        {
            IsConfirmation = true,
        };
    }

    /// <summary>
    /// A question answered twice in words we could not understand. For a red-flag question that is "still unclear",
    /// so it escalates (TRIAGE-SPEC §5 rule 2): a group counts at the group's tier, naming none of its findings; one
    /// finding counts as unclear after its re-ask. For a doctor-soon question the safer reading is yes. A fact or the
    /// symptoms are left unknown, and the plan uses its safe default: returns true, and the caller skips the question.
    /// </summary>
    public static bool GiveUpOn(SymptomReport report, Question question)
    {
        switch (question.Stage)
        {
            case Stage.Emergency or Stage.Urgent when question.Asks.Count > 1:
                ConfirmGroup(report, question);
                return false;
            case Stage.Emergency or Stage.Urgent:
                foreach (var id in question.Asks)
                {
                    report.Findings[id] = FindingStatus.Hedged;
                    report.ReAsked[id] = 1;
                }

                return false;
            case Stage.Gp:
                foreach (var id in question.Asks)
                {
                    report.Findings[id] = FindingStatus.Present;
                }

                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// Counts a grouped question as answered "yes", or left unclear, without confirming any of its findings: the
    /// decision then counts it at the group's tier and its message names the group (docs/clinical-content.md §3).
    /// </summary>
    public static void ConfirmGroup(SymptomReport report, Question question) => AnswerRules.ConfirmGroup(report, question);

    /// <summary>True when a finding or fact id no longer needs asking.</summary>
    public static bool IsKnown(SymptomReport report, string id) => id switch
    {
        FindingIds.Age => report.Age is not null,
        FindingIds.Onset => report.OnsetHours is not null,
        FindingIds.FirstEpisode => report.FirstEpisode is not null,
        FindingIds.Trigger => report.Trigger is not null,
        FindingIds.Dehydration => report.Dehydration is not null,
        FindingIds.NsaidCaution => report.NsaidCaution is not null,
        _ => report.StatusOf(id) switch
        {
            FindingStatus.Present or FindingStatus.Absent => true,
            FindingStatus.Hedged => report.ReAsked.GetValueOrDefault(id) > 0,
            _ => false,
        },
    };

    private static void ApplyMention(SymptomReport report, Mention mention)
    {
        var claimed = mention.Status is FindingStatus.Present or FindingStatus.Hedged;
        if (claimed && ClarifyingQuestions.Find(mention.FindingId) is not null)
        {
            ClarificationRules.Open(report, mention.FindingId);
            return;
        }

        if (MedicineCautions.FromMention(mention.FindingId) is { } caution)
        {
            if (HedgedBeforeTheMedicineQuestion(report, mention))
            {
                return;
            }

            if (claimed)
            {
                report.NsaidCaution = true;
                AddCaution(report, caution);
            }

            return;
        }

        switch (mention.FindingId)
        {
            case FindingIds.Dehydration:
                if (claimed)
                {
                    report.Dehydration = true;
                }

                return;
            case FindingIds.NsaidCaution:
                // A named reason means: ask a pharmacist first. One denied reason says nothing about the others.
                if (claimed && !HedgedBeforeTheMedicineQuestion(report, mention))
                {
                    report.NsaidCaution = true;
                }

                return;
            case FindingIds.WeaknessWorsening:
                if (mention.Status == FindingStatus.Present)
                {
                    report.WeaknessWorsening = true;
                }

                return;
            case FindingIds.Osteoporosis or FindingIds.MeningitisCompanion:
                if (mention.Status == FindingStatus.Present)
                {
                    report.Modifiers[mention.FindingId] = true;
                }

                return;
        }

        if (FindingCatalog.TryGet(mention.FindingId) is null)
        {
            return;
        }

        SetStatus(report, mention.FindingId, mention.Status);
        if (mention.FindingId == FindingIds.Pregnant && claimed)
        {
            report.NsaidCaution = true; // NHS/FDA: no NSAIDs in pregnancy without advice
            AddCaution(report, MedicineCautions.Pregnancy);
        }
    }

    /// <summary>
    /// A medicine caution said with doubt, or of someone else ("my husband had a stroke"), before the medicine question has
    /// been answered: the question asks it plainly, so the plan never gives a reason the person did not report. Once that
    /// question has been answered, a doubtful caution is still taken as a caution (docs/clinical-content.md, medicines).
    /// </summary>
    private static bool HedgedBeforeTheMedicineQuestion(SymptomReport report, Mention mention) =>
        mention.Status == FindingStatus.Hedged && report.NsaidCaution is null;

    internal static void AddCaution(SymptomReport report, string caution)
    {
        report.CautionReasons.Remove(MedicineCautions.Unnamed);
        if (!report.CautionReasons.Contains(caution))
        {
            report.CautionReasons.Add(caution);
        }
    }

    /// <summary>Merges one status: Present is never undone; Hedged beats Absent; Absent only fills Unknown.</summary>
    internal static void SetStatus(SymptomReport report, string id, FindingStatus status)
    {
        var current = report.StatusOf(id);
        var merged = status switch
        {
            FindingStatus.Present => FindingStatus.Present,
            FindingStatus.Hedged when current is FindingStatus.Unknown or FindingStatus.Absent => FindingStatus.Hedged,
            FindingStatus.Absent when current is FindingStatus.Unknown => FindingStatus.Absent,
            _ => current,
        };
        if (merged != FindingStatus.Unknown)
        {
            report.Findings[id] = merged;
        }
    }
}
