using BackSpasmBot.Clinical;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Wording;

namespace BackSpasmBot.Triage;

/// <summary>
/// What the person is told when a turn fails on our side: what happened, when to call for help, what next. The
/// sentences are content (clinical-content/en/messages.yaml); each names the emergency number and the emergency
/// signs, generated from the catalog like every other list of them.
/// </summary>
public static class TurnErrorMessage
{
    public static string For(RegionContacts region) => Compose("turn_failed", region);

    /// <summary>When the conversation store cannot be reached: nothing was lost, and the person can try again.</summary>
    public static string StoreUnavailable(RegionContacts region) => Compose("store_unavailable", region);

    /// <summary>When the last replies did not reach the person: their message was not taken in, so they can send it again.</summary>
    public static string RepliesNotDelivered(RegionContacts region) => Compose("replies_not_delivered", region);

    private static string Compose(string key, RegionContacts region) => Wording.Fill(ClinicalContent.Current.Text.Message(key), region);
}
