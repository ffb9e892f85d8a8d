using BackSpasmBot.Clinical;

namespace BackSpasmBot.Triage.Conversation;

/// <summary>
/// The conversation's own sentences (openings, commands, confirmations). Everything that gives health advice
/// lives in the clinical core's Wording; these only steer the conversation.
/// </summary>
public static class TriageText
{
    public const string ShowPlanButton = "Show my plan again";
    public const string StartAgainButton = "Start again";

    public const string AskOpening =
        "In a few words, what's happening with your back? For example, when it started and what it feels like.";

    public const string AfterOutcome =
        "If anything changes or you notice any of the warning signs, tell me straight away. " +
        "You can also see your plan again, or start again.";

    public const string Restarting = "OK, let's start again.";

    /// <summary>Said once to each person in a group chat or channel, right after the disclaimer.</summary>
    public const string SharedConversationNote =
        "Everyone in this conversation can see what you write here. Your health is private: " +
        "for a check just for you, chat with me one-to-one. I'll keep the details of your answers out of my replies here.";

    public const string PrivateChatButton = "Chat with me privately";

    public const string NoPlanYet = "I haven't given you a plan yet. Let's finish the questions first.";

    public static string Stopped(RegionContacts region) =>
        $"OK, I've stopped. Type anything to start again. If you feel very unwell or notice any warning signs, call {region.EmergencyNumber}.";

    public static string Erased(RegionContacts region) =>
        "Done: I've deleted everything I stored about this conversation. " +
        $"If you need help later, just type a message. In an emergency, call {region.EmergencyNumber}.";
}
