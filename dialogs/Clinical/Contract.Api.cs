namespace BackSpasmBot.Clinical;

/// <summary>The catalog of canonical findings and facts (TRIAGE-SPEC §2–3).</summary>
public static partial class FindingCatalog
{
    /// <summary>All findings, in spec order.</summary>
    public static partial IReadOnlyList<Finding> All { get; }

    /// <summary>The finding with this id; throws for an unknown id.</summary>
    public static partial Finding Get(string id);

    /// <summary>Fact ids: age, onset, first_episode, trigger, dehydration, nsaid_caution.</summary>
    public static partial IReadOnlyList<string> FactIds { get; }
}

/// <summary>Reads findings out of free text: present, negated (absent) or hedged. Typo-tolerant.</summary>
public static partial class SymptomRecognizer
{
    /// <summary>
    /// Every finding the text mentions. Never returns the same id twice; Present wins over Hedged wins over Absent.
    /// May also return the fact ids "dehydration" and "nsaid_caution" and the modifier id "osteoporosis"
    /// (<see cref="FindingCatalog.FactIds"/>, <see cref="FindingCatalog.ModifierIds"/>); <see cref="TriageRules.ApplyMentions"/>
    /// stores them as facts. Use <see cref="FindingCatalog.TryGet"/> when looking ids up.
    /// </summary>
    public static partial IReadOnlyList<Mention> Recognize(string? text);
}

/// <summary>Parses answers to questions. Pure functions of the text.</summary>
public static partial class AnswerParser
{
    /// <summary>yes, yeah, yep, y, sure, no, nope, nah, not really, not sure, maybe… typos within reason. Leading word decides ("yes, I can't pee" is Yes).</summary>
    public static partial YesNo ParseYesNo(string? text);

    /// <summary>An age in years, 0–120, from "45", "I'm 45", "forty five", "45 years old"; null if none.</summary>
    public static partial int? ParseAge(string? text);

    /// <summary>Time since onset in hours from "20 hours", "yesterday", "3 days", "two weeks", "this morning", "8 weeks", button titles; null if none.</summary>
    public static partial double? ParseOnsetHours(string? text);

    /// <summary>The trigger from "lifting", "at the gym", "football", "a fall", "no idea", button titles; null if none.</summary>
    public static partial Trigger? ParseTrigger(string? text);
}

/// <summary>The triage rules: questions, answers, decisions. Pure functions of the report.</summary>
public static partial class TriageRules
{
    /// <summary>The questions in the order they are asked.</summary>
    public static partial IReadOnlyList<Question> Questions { get; }

    /// <summary>Merges what a free-text message said into the report (Present beats Hedged beats Absent beats Unknown; a plain later "no" to a re-ask may clear Hedged).</summary>
    public static partial void ApplyMentions(SymptomReport report, IReadOnlyList<Mention> mentions);

    /// <summary>
    /// Applies the answer to a question. Returns false when the answer was not understood (the dialog re-asks
    /// with <see cref="Question.PlainRetryText"/>). A hedged yes/no about a red-flag question marks its findings Hedged;
    /// a second hedged answer counts the re-ask in <see cref="SymptomReport.ReAsked"/>. Also applies every finding the
    /// answer text mentions (red flags in any message), so callers need not run the recognizer on answers again.
    /// </summary>
    public static partial bool ApplyAnswer(SymptomReport report, Question question, string? answerText);

    /// <summary>True when every id the question asks about is already known, so it can be skipped.</summary>
    public static partial bool IsAnswered(SymptomReport report, Question question);

    /// <summary>Findings that are Hedged and still need the one plain re-ask.</summary>
    public static partial IReadOnlyList<string> FindingsToConfirm(SymptomReport report);

    /// <summary>
    /// If a red flag (urgent or emergency, including combinations) is present, the decision now; otherwise null.
    /// A Hedged red flag that was already re-asked once counts as present (spec §5 rule 2).
    /// </summary>
    public static partial TriageDecision? RedFlagDecision(SymptomReport report);

    /// <summary>The final decision from everything known (highest tier wins; derived findings included).</summary>
    public static partial TriageDecision Decide(SymptomReport report);

    /// <summary>The tailored plan step ids (spec §4) for selfcare and gp; empty for urgent and emergency.</summary>
    public static partial IReadOnlyList<string> Plan(SymptomReport report, Disposition disposition);
}

/// <summary>Every sentence the bot says about health, in one reviewable place.</summary>
public static partial class Wording
{
    public const string ContentVersion = "2026.11.30";

    /// <summary>The short disclaimer at the start (spec §5 rule 6).</summary>
    public static partial string Disclaimer(RegionContacts region);

    public static partial string Help(RegionContacts region);

    /// <summary>The outcome message for a decision, with the plan for selfcare/gp.</summary>
    public static partial OutcomeMessage Outcome(TriageDecision decision, IReadOnlyList<string> plan, RegionContacts region);

    /// <summary>The plain-language text of one plan step.</summary>
    public static partial string PlanStep(string stepId, RegionContacts region);

    /// <summary>"Just to check: …" — the plain re-ask for one hedged finding.</summary>
    public static partial string ConfirmFinding(string findingId);
}
