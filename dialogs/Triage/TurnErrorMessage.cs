using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Triage;

/// <summary>What the person is told when a turn fails on our side: what happened, when to call for help, what next.</summary>
public static class TurnErrorMessage
{
    public static string For(RegionContacts region) =>
        Compose("Sorry, something went wrong on my side and I lost my place.", region, "Otherwise, type \"restart\" and we'll start again.");

    /// <summary>When the conversation store cannot be reached: nothing was lost, and the person can try again.</summary>
    public static string StoreUnavailable(RegionContacts region) =>
        Compose(
            "Sorry, I can't reach my memory right now, so I couldn't take in your last message.",
            region,
            "Otherwise, please send your last message again in a minute: your earlier answers are kept.");

    /// <summary>When the last replies did not reach the person: their message was not taken in, so they can send it again.</summary>
    public static string RepliesNotDelivered(RegionContacts region) =>
        Compose(
            "Sorry, my reply to your last message didn't get through, so I haven't taken that message in.",
            region,
            "Otherwise, please send your last message again: your earlier answers are kept.");

    /// <summary>
    /// Every failure message names the emergency signs (the one reviewed list the safety net uses) and the emergency
    /// number, whatever else it says.
    /// </summary>
    private static string Compose(string whatHappened, RegionContacts region, string whatNext) =>
        $"{whatHappened} If you feel very unwell, or you have any of these, call {region.EmergencyNumber} now:\n{Wording.EmergencySignLines()}\n{whatNext}";
}
