namespace BackSpasmBot.FollowUps;

/// <summary>One pass of the <see cref="FollowUpSender"/>: the time it looked for due check-ins, and how many it sent.</summary>
public sealed record FollowUpPass(DateTimeOffset AsOf, int Sent);
