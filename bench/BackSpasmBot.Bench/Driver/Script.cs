namespace BackSpasmBot.Bench.Driver;

/// <summary>What a simulated patient does in one conversation.</summary>
public enum Script
{
    /// <summary>No red flags: answers every question until the self-care plan.</summary>
    SelfCare,

    /// <summary>Opens with a red flag ("I wet myself"): the first message ends the triage.</summary>
    EscalatedAtOpening,

    /// <summary>Says yes when asked about bladder or bowel control, mid-triage.</summary>
    EscalatedMidway,

    /// <summary>A long conversation: full triages with "help" now and then, and "restart" after each outcome.</summary>
    LongConversation,

    /// <summary>For echo bots: a greeting and ten messages, each of which must be echoed.</summary>
    Echo,
}

/// <summary>
/// The patient's answers, chosen only from the <c>channelData.triage.asks</c> of the last question, so that the same
/// driver plays our bot and the JavaScript peer alike, whatever the wording and order of their questions.
/// </summary>
public static class Patient
{
    public const string SelfCareOpening = "my back went into spasm when I lifted a box";
    public const string RedFlagOpening = "I wet myself this morning and my back hurts";

    /// <summary>Escalated and self-care paths in the proportions 1:1:2.</summary>
    public static Script ForConversation(long index) => (index % 4) switch
    {
        0 => Script.EscalatedAtOpening,
        1 => Script.EscalatedMidway,
        _ => Script.SelfCare,
    };

    public static string Opening(Script script) => script == Script.EscalatedAtOpening ? RedFlagOpening : SelfCareOpening;

    public static string Answer(IReadOnlyList<string> asks, Script script)
    {
        if (asks.Contains("age"))
        {
            return "35";
        }

        if (asks.Contains("onset"))
        {
            return "since yesterday";
        }

        if (asks.Contains("trigger"))
        {
            return "lifting a box";
        }

        if (asks.Contains("backache"))
        {
            return "just back ache";
        }

        return script == Script.EscalatedMidway && asks.Contains("bladder_bowel") ? "yes" : "no";
    }
}
