using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Content;

/// <summary>A finding worked out from other answers (rules.yaml, derived).</summary>
public sealed record DerivedFinding(string FindingId, IReadOnlyList<Condition> When);

/// <summary>A step of the self-care plan and when it is given (rules.yaml, plan).</summary>
public sealed record PlanStepRule(string StepId, IReadOnlyList<Condition> When)
{
    /// <summary>Where the step comes from: source abbreviations, named when the person asks why it is there.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>Why a plan step is there, in one language (en/messages.yaml, plan_step_explanations).</summary>
/// <param name="Name">A short name for the step ("Ice for the first day or two"); also its line in the summary.</param>
/// <param name="Words">Words that pick the step in "why ...?", as the content writes them (compared in <see cref="Answers.WholeMessage"/> form).</param>
/// <param name="Why">The reason, in plain words.</param>
public sealed record StepExplanation(string Name, IReadOnlyList<string> Words, string Why);

/// <summary>An emergency action for a group of findings: message keys of the action and its extra line (rules.yaml).</summary>
public sealed record EmergencyAction(string Action, string? Extra, IReadOnlyList<string> Findings);

/// <summary>What the person reads about one finding in one language (en/findings.yaml).</summary>
/// <param name="Name">A short plain name.</param>
/// <param name="Reason">Why an outcome was given; reads after "because".</param>
/// <param name="Reask">The plain re-ask of a hedged answer, or null (then "do you have {name}?").</param>
/// <param name="Sign">Its line in the lists of emergency signs, or null.</param>
public sealed record FindingText(string Name, string Reason, string? Reask, string? Sign);

/// <summary>One content file as read, for the content version's hash and the review document.</summary>
public sealed record ContentFile(string Path, string Text);

/// <summary>Everything the bot says in one language.</summary>
public sealed class LanguageContent
{
    public required string Code { get; init; }

    /// <summary>The questions in the order they are asked, worded in this language.</summary>
    public required IReadOnlyList<Question> Questions { get; init; }

    public required IReadOnlyList<ClarifyingQuestion> Clarifying { get; init; }

    public required IReadOnlyDictionary<string, FindingText> Findings { get; init; }

    /// <summary>Message templates by key (en/messages.yaml).</summary>
    public required IReadOnlyDictionary<string, string> Messages { get; init; }

    public required IReadOnlyDictionary<string, string> PlanSteps { get; init; }

    public required IReadOnlyDictionary<string, string> CautionReasons { get; init; }

    /// <summary>Upgrade questions by the finding they check.</summary>
    public required IReadOnlyDictionary<string, string> Upgrade { get; init; }

    public required IReadOnlyList<string> YesNoButtons { get; init; }

    public required IReadOnlyList<string> SafetyNetAfterSigns { get; init; }

    /// <summary>Why each plan step is there, by step id.</summary>
    public required IReadOnlyDictionary<string, StepExplanation> StepExplanations { get; init; }

    /// <summary>Each source abbreviation's plain name for people.</summary>
    public required IReadOnlyDictionary<string, string> SourceNames { get; init; }

    /// <summary>Whole messages that ask "why?", in <see cref="Answers.WholeMessage"/> form (lower case, accents folded, no ¿ ? . ! ).</summary>
    public required IReadOnlyList<string> WhyWords { get; init; }

    /// <summary>Openings of "why ice?": followed by a plan step's words, they ask why that step is there.</summary>
    public required IReadOnlyList<string> WhyOpeners { get; init; }

    /// <summary>Whole messages that ask for the summary for a doctor.</summary>
    public required IReadOnlyList<string> SummaryWords { get; init; }

    /// <summary>The commands' words (messages.yaml, commands).</summary>
    public required CommandWords Commands { get; init; }

    /// <summary>Plain names of what set the pain off, by trigger id.</summary>
    public required IReadOnlyDictionary<string, string> TriggerNames { get; init; }

    /// <summary>The words the recognizer reads in this language.</summary>
    public required Vocabulary Vocabulary { get; init; }

    /// <summary>The other words of this language the mechanics read (language.yaml).</summary>
    public required LanguageWords Words { get; init; }

    /// <summary>Region code → the region's route names in this language, where they differ from regions.yaml.</summary>
    public IReadOnlyDictionary<string, (string NonEmergencyName, string EmergencyDepartment)> RegionNames { get; init; } =
        new Dictionary<string, (string, string)>();

    /// <summary>The recognizer's phrases per finding, fact or modifier (vocabulary syntax).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; }

    /// <summary>A message template; throws for a key the content lacks (validation makes that impossible for the code's keys).</summary>
    public string Message(string key) =>
        Messages.TryGetValue(key, out var text) ? text : throw new ArgumentException($"No message '{key}' in language '{Code}'.", nameof(key));
}

/// <summary>The regions and their numbers (regions.yaml).</summary>
public sealed record RegionTable(
    IReadOnlyList<RegionContacts> All,
    string DefaultCode,
    IReadOnlyDictionary<string, string> Aliases,
    IReadOnlySet<string> EuCountries);
