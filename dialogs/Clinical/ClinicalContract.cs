// The clinical core's public contract. The triage dialogs use only what is declared here.
// Everything in this assembly is plain C#: no Bot Framework types, no I/O, no clock, no randomness.
namespace BackSpasmBot.Clinical;

/// <summary>How urgent a finding is on its own. Ordered: a higher value is more urgent.</summary>
public enum Tier
{
    /// <summary>Not a red flag on its own (the seed's symptom list).</summary>
    None = 0,
    Gp = 1,
    Urgent = 2,
    Emergency = 3,
}

/// <summary>The outcome of a triage. Ordered: a higher value is more urgent.</summary>
public enum Disposition
{
    SelfCare = 0,
    Gp = 1,
    Urgent = 2,
    Emergency = 3,
}

/// <summary>What we know about one finding.</summary>
public enum FindingStatus
{
    Unknown = 0,
    Present = 1,
    Absent = 2,
    /// <summary>Mentioned with hedging ("not sure", "a bit odd"): must be asked once more plainly.</summary>
    Hedged = 3,
}

/// <summary>A yes/no style answer.</summary>
public enum YesNo
{
    /// <summary>Not a yes/no answer at all.</summary>
    Unrecognized = 0,
    Yes = 1,
    No = 2,
    /// <summary>"not sure", "maybe", "I don't know", "I don't think so".</summary>
    Unsure = 3,
}

/// <summary>What set the pain off (spec §3 `trigger`).</summary>
public enum Trigger
{
    Unknown = 0,
    Lifting = 1,
    ExerciseOrSport = 2,
    OtherStrain = 3,
    FallOrKnock = 4,
    NoneKnown = 5,
}

/// <summary>The kind of answer a question expects; decides its buttons and parser.</summary>
public enum AnswerKind
{
    YesNo = 0,
    Number = 1,
    Choice = 2,
    FreeText = 3,
}

/// <summary>Where a question sits in the triage order (docs/clinical-content.md §3, issue #3 §2).</summary>
public enum Stage
{
    Emergency = 0,
    Urgent = 1,
    Gp = 2,
    Symptoms = 3,
    Facts = 4,
}
