using BackSpasmBot.Clinical.Rules;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>The conversation's check-ins, as stored in its state: times and counts only.</summary>
public sealed class FollowUpState
{
    /// <summary>When the booked check-in is due; null when none is booked.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Check-ins booked since the outcome.</summary>
    public int Rounds { get; set; }

    /// <summary>When the outcome the plan counts from was given.</summary>
    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>How long the back had hurt when that outcome was given, if the person said.</summary>
    public double? OnsetHoursAtOutcome { get; set; }

    /// <summary>A check-in conversation is under way: its messages carry <c>channelData.triage.followUp</c>.</summary>
    public bool CheckingIn { get; set; }

    /// <summary>What the person said about their progress in the check-in under way.</summary>
    public Progress Progress { get; set; }

    /// <summary>The emergency questions already asked again in the check-in under way (question ids).</summary>
    public List<string> Rechecked { get; set; } = [];
}
