using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// The conversation's own sentences (openings, commands, confirmations), in the conversation's language
/// (clinical-content/&lt;language&gt;/messages.yaml). Everything that gives health advice lives in the clinical core's
/// Wording; these only steer the conversation.
/// </summary>
public static class TriageText
{
    public static string ShowPlanButton => Message("show_plan_button");

    public static string StartAgainButton => Message("start_again_button");

    public static string AskOpening => Message("ask_opening");

    public static string AfterOutcome => Message("after_outcome");

    public static string Restarting => Message("restarting");

    /// <summary>Said once to each person in a group chat or channel, right after the disclaimer.</summary>
    public static string SharedConversationNote => Message("shared_conversation_note");

    public static string PrivateChatButton => Message("private_chat_button");

    public static string NoPlanYet => Message("no_plan_yet");

    public static string Stopped(RegionContacts region) => Wording.Fill(Message("stopped"), region);

    public static string Erased(RegionContacts region) => Wording.Fill(Message("erased"), region);

    private static string Message(string key) => ClinicalContent.Current.Text.Message(key);
}
