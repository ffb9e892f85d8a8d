using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// Every sentence of the follow-up check-in, read from the clinical content (clinical-content/en/messages.yaml, the
/// "follow_up_" messages; docs/clinical-content.md, "Follow-up check-in"). Health advice given during the check-in
/// (the outcome, the plan, the safety net) is <see cref="Wording"/>'s, reused unchanged.
/// </summary>
public static class FollowUpWording
{
    /// <summary>The message keys the check-in uses; every language must word each (checked when the content loads).</summary>
    public static IReadOnlyList<string> MessageKeys { get; } =
    [
        "follow_up_offer",
        "follow_up_tomorrow_choice",
        "follow_up_in_two_days_choice",
        "follow_up_no_thanks_choice",
        "follow_up_declined",
        "follow_up_booked_tomorrow",
        "follow_up_booked_in_two_days",
        "follow_up_stopped",
        "follow_up_nothing_to_stop",
        "follow_up_progress",
        "follow_up_progress_retry",
        "follow_up_better_choice",
        "follow_up_same_choice",
        "follow_up_worse_choice",
        "follow_up_recheck_intro",
        "follow_up_better",
        "follow_up_same",
        "follow_up_worse_reason",
        "follow_up_not_better_in_time_reason",
        "follow_up_switch_to_heat",
        "follow_up_offer_another",
        "follow_up_offer_retry",
    ];

    public static string Offer => Message("follow_up_offer");

    public static string TomorrowChoice => Message("follow_up_tomorrow_choice");

    public static string InTwoDaysChoice => Message("follow_up_in_two_days_choice");

    public static string NoThanksChoice => Message("follow_up_no_thanks_choice");

    public static string Declined => Message("follow_up_declined");

    public static string BookedTomorrow => Message("follow_up_booked_tomorrow");

    public static string BookedInTwoDays => Message("follow_up_booked_in_two_days");

    public static string Stopped => Message("follow_up_stopped");

    public static string NothingToStop => Message("follow_up_nothing_to_stop");

    public static string Progress => Message("follow_up_progress");

    public static string ProgressRetry => Message("follow_up_progress_retry");

    public static string BetterChoice => Message("follow_up_better_choice");

    public static string SameChoice => Message("follow_up_same_choice");

    public static string WorseChoice => Message("follow_up_worse_choice");

    public static string RecheckIntro => Message("follow_up_recheck_intro");

    public static string Better => Message("follow_up_better");

    public static string Same => Message("follow_up_same");

    public static string WorseReason => Message("follow_up_worse_reason");

    public static string NotBetterInTimeReason => Message("follow_up_not_better_in_time_reason");

    public static string SwitchToHeat => Message("follow_up_switch_to_heat");

    public static string OfferAnother => Message("follow_up_offer_another");

    public static string OfferRetry => Message("follow_up_offer_retry");

    /// <summary>Why the check-in sends the person to a doctor, said before the GP outcome; null when it does not.</summary>
    public static string? SeeDoctor(SeeDoctorReason reason) => reason switch
    {
        SeeDoctorReason.Worse => WorseReason,
        SeeDoctorReason.NotBetterInTime => NotBetterInTimeReason,
        _ => null,
    };

    /// <summary>The acknowledgement before the plan, for a person's progress.</summary>
    public static string Acknowledge(Progress progress) => progress switch
    {
        Rules.Progress.Better => Better,
        _ => Same,
    };

    private static string Message(string key) => ClinicalContent.Current.Text.Message(key);
}
