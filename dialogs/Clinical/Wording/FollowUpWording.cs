using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Clinical.Wording;

/// <summary>
/// Every sentence of the follow-up check-in (docs/clinical-content.md, "Follow-up check-in"), kept apart from the content files
/// so that it can be reviewed, and moved into the clinical data file, as one piece. Health advice given during the
/// check-in (the outcome, the plan, the safety net) is <see cref="Wording"/>'s, reused unchanged.
/// </summary>
public static class FollowUpWording
{
    // The offer, after a self-care or GP outcome (one-to-one conversations only).
    public const string Offer =
        "Shall I check on you tomorrow? I'll ask how your back is and go over the warning signs again. " +
        "I only keep what I need to send that message, and you can say \"stop check-ins\" at any time.";

    public const string TomorrowChoice = "Tomorrow";
    public const string InTwoDaysChoice = "In 2 days";
    public const string NoThanksChoice = "No thanks";

    public const string Declined = "OK, no check-in. If anything changes, just message me.";

    /// <summary>Said once the check-in is booked: the person must not wait for it if something changes.</summary>
    public const string BookedTomorrow =
        "OK, I'll check on you tomorrow. Don't wait for me if anything changes: tell me, or get help straight away.";

    public const string BookedInTwoDays =
        "OK, I'll check on you in 2 days. Don't wait for me if anything changes: tell me, or get help straight away.";

    public const string Stopped = "OK, I've cancelled the check-in. I won't message you unless you message me.";

    public const string NothingToStop = "There's no check-in booked, so I won't message you unless you message me.";

    // The check-in itself.
    public const string Progress =
        "Hi, it's the back spasm helper checking in, as you asked. How is your back now, compared with when we last talked?";

    public const string ProgressRetry = "Is your back better, about the same, or worse than when we last talked?";

    public const string BetterChoice = "Better";
    public const string SameChoice = "About the same";
    public const string WorseChoice = "Worse";

    /// <summary>Before the emergency questions are asked again, whatever the answer about progress.</summary>
    public const string RecheckIntro = "Thanks. I need to ask about the warning signs again, even if you said no last time.";

    public const string Better = "Good to hear it's getting better. Here's your plan for the next few days.";

    public const string Same =
        "It can take a few weeks for back pain to settle, and staying gently active helps it. Here's your plan for now.";

    /// <summary>Worse, or not better after the time the plan allows: the reason that comes before the GP outcome.</summary>
    public const string WorseReason = "As your back is getting worse rather than better, it's time to see a doctor.";

    public const string NotBetterInTimeReason =
        "As your back still isn't better after 4 weeks, it's time to see a doctor.";

    /// <summary>Added when the plan moves on from ice to heat.</summary>
    public const string SwitchToHeat = "It's now more than 2 days since it started, so switch from ice to warmth.";

    public const string OfferAnother = "Shall I check on you again?";

    /// <summary>The offer asked once more, plainly, after an answer that was none of the choices.</summary>
    public const string OfferRetry = "Shall I check on you tomorrow, in 2 days, or not at all?";

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
}
