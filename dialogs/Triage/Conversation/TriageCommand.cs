using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>The words that work at any point of the conversation (TRIAGE-SPEC §5 rule 5), in every language the bot speaks.</summary>
public enum TriageCommand
{
    None,
    Help,
    Restart,
    Cancel,
    ForgetMe,
    ShowPlan,

    /// <summary>Cancel the booked check-in ("stop check-ins").</summary>
    StopCheckIns,

    /// <summary>"Why?": why this question, or after an outcome, why that outcome (words: en/messages.yaml, why_words).</summary>
    Why,

    /// <summary>The summary for a doctor (words: en/messages.yaml, summary_words, and its button).</summary>
    Summary,
}

/// <summary>
/// Recognises commands. Only a whole message counts ("stop" is a command; "I can't stop peeing" is not), so a
/// symptom can never be mistaken for one. The words are content (&lt;language&gt;/messages.yaml: commands, why_words,
/// summary_words), so a language is added without code.
/// </summary>
public static class TriageCommands
{
    public static TriageCommand Parse(string? text)
    {
        var command = CommandWords.Find(text) switch
        {
            CommandWords.Help => TriageCommand.Help,
            CommandWords.Restart => TriageCommand.Restart,
            CommandWords.StopCheckIns => TriageCommand.StopCheckIns,
            CommandWords.Cancel => TriageCommand.Cancel,
            CommandWords.ForgetMe => TriageCommand.ForgetMe,
            CommandWords.ShowPlan => TriageCommand.ShowPlan,
            _ => TriageCommand.None,
        };
        if (command != TriageCommand.None)
        {
            return command;
        }

        if (Explanations.IsWhy(text))
        {
            return TriageCommand.Why;
        }

        return SummaryWording.IsRequest(text) ? TriageCommand.Summary : TriageCommand.None;
    }
}
