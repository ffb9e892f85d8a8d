using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical;

/// <summary>One canonical finding (TRIAGE-SPEC §2), as declared in clinical-content/findings.yaml.</summary>
/// <param name="Id">Canonical id, e.g. "bladder_bowel".</param>
/// <param name="Tier">Its tier on its own.</param>
/// <param name="PlainName">A short plain-language name used in messages ("trouble peeing or controlling your bowels").</param>
/// <param name="Source">Where the rule comes from (guideline names), for clinicians.</param>
public sealed record Finding(string Id, Tier Tier, string PlainName, string Source)
{
    /// <summary>Why we ask, in a line, for reviewers (clinical-content/findings.yaml).</summary>
    public string Why { get; init; } = string.Empty;
}

/// <summary>One finding mentioned in a message, and how.</summary>
public sealed record Mention(string FindingId, FindingStatus Status);

/// <summary>
/// One question of the triage. Questions are data: the dialogs walk them in order, skip those whose
/// <see cref="Asks"/> are all already known, and apply the answer through <see cref="TriageRules.ApplyAnswer(SymptomReport, Question, string?)"/>.
/// </summary>
/// <param name="Id">Stable id, e.g. "q_bladder_bowel".</param>
/// <param name="Stage">Where it sits in the order.</param>
/// <param name="Asks">The finding or fact ids it asks about (the channelData.triage.asks contract).</param>
/// <param name="Text">The question, plain language, one question.</param>
/// <param name="PlainRetryText">Asked once more, more plainly, after a hedged or unrecognised answer.</param>
/// <param name="Kind">What kind of answer it expects.</param>
/// <param name="Choices">Button titles for Choice questions (and Yes/No/Not sure for YesNo ones); free text always works.</param>
public sealed record Question(
    string Id,
    Stage Stage,
    IReadOnlyList<string> Asks,
    string Text,
    string PlainRetryText,
    AnswerKind Kind,
    IReadOnlyList<string> Choices)
{
    /// <summary>
    /// For a question that asks about several findings at once: what a reason says when the person answered a plain
    /// "yes" without saying which ("weakness down one side ... or trouble with balance"). Null for one-finding questions.
    /// </summary>
    public string? GroupName { get; init; }

    /// <summary>The one plain re-ask of a hedged finding (<see cref="TriageRules.ConfirmationQuestion"/>): its answer is final.</summary>
    public bool IsConfirmation { get; init; }

    /// <summary>Why it is asked, in plain words, said when the person asks "why?" (empty for a re-ask built in code).</summary>
    public string Why { get; init; } = string.Empty;

    /// <summary>Where the reason for asking comes from: source abbreviations (clinical-content/content.yaml, sources).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>Emergency and non-emergency contacts for one region (configuration, never hard-coded in messages).</summary>
public sealed record RegionContacts(
    string Code,
    string EmergencyNumber,
    string NonEmergencyNumber,
    string NonEmergencyName,
    string EmergencyDepartmentName);

/// <summary>The decision: disposition plus the findings that decided it (spec §6 `findings`).</summary>
/// <param name="Disposition">The outcome.</param>
/// <param name="Findings">The confirmed findings at the decisive tier; never a finding the person did not confirm.</param>
public sealed record TriageDecision(Disposition Disposition, IReadOnlyList<string> Findings)
{
    /// <summary>
    /// Ids of grouped questions answered "yes" without saying which finding, that decided the disposition too
    /// (docs/clinical-content.md §3: the message names the group, never a finding the person did not report).
    /// </summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Limb weakness that came on suddenly or is getting worse: it is the emergency (docs/clinical-content.md §1 limb_weakness).</summary>
    public bool WeaknessWorsening { get; init; }
}

/// <summary>An outcome message: the text to send plus the contract fields.</summary>
public sealed record OutcomeMessage(
    Disposition Disposition,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Plan,
    string Text,
    string ContentVersion);

/// <summary>
/// Everything the triage has learned about one person, in canonical ids only: never the words they typed.
/// Persisted in conversation state, so it is a plain JSON-serialisable class.
/// </summary>
public sealed class SymptomReport
{
    /// <summary>Finding id → what we know. Missing means Unknown.</summary>
    public Dictionary<string, FindingStatus> Findings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many times a hedged finding has been re-asked (finding id → count).</summary>
    public Dictionary<string, int> ReAsked { get; set; } = new(StringComparer.Ordinal);

    public int? Age { get; set; }
    public double? OnsetHours { get; set; }
    public bool? FirstEpisode { get; set; }
    public Trigger? Trigger { get; set; }
    public bool? Dehydration { get; set; }
    public bool? NsaidCaution { get; set; }

    /// <summary>Why ibuprofen and aspirin may not be safe (ids of <see cref="Catalog.MedicineCautions"/>), as the person told us.</summary>
    public List<string> CautionReasons { get; set; } = [];

    /// <summary>Grouped questions answered with a plain "yes" that did not say which finding (question ids).</summary>
    public List<string> ConfirmedGroups { get; set; } = [];

    /// <summary>Is the limb weakness getting worse, or did it come on suddenly? Null until asked (docs/clinical-content.md §1 limb_weakness).</summary>
    public bool? WeaknessWorsening { get; set; }

    /// <summary>
    /// Clarifying questions still to ask, by id (<see cref="ClarifyingQuestions"/>): the person mentioned a change of
    /// feeling or function, or a red-flag part of the body, that could not be attached to a finding.
    /// </summary>
    public List<string> Clarifications { get; set; } = [];

    /// <summary>Internal modifiers that are not spec findings (e.g. "osteoporosis", "long_term_steroids"); id → present.</summary>
    public Dictionary<string, bool> Modifiers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Red flags the hint model suggested and the recognizer had left unknown (clinical-content/hints.yaml): hedged, so
    /// asked plainly next, but never the person's own until they answer (not a reason for an outcome, not in the summary).
    /// </summary>
    public List<string> Hinted { get; set; } = [];

    /// <summary>Findings the message being handled left hedged; not stored (a new message starts it afresh).</summary>
    internal HashSet<string> HedgedByThisMessage { get; } = new(StringComparer.Ordinal);

    public FindingStatus StatusOf(string findingId) =>
        Findings.TryGetValue(findingId, out var status) ? status : FindingStatus.Unknown;
}
