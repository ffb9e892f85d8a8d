namespace BackSpasmBot.Triage.FollowUps;

/// <summary>
/// The "FollowUp" section of appsettings.json: the check-in the bot offers after a self-care or GP outcome
/// (docs/follow-up.md).
/// </summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUp";

    /// <summary>Whether the offer is made at all (default true). Off: no offer; check-ins already booked are still sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>"Tomorrow": how long after the offer the check-in is sent (default 24 hours). "In 2 days" is twice this.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each instance looks for check-ins that are due (default 30 seconds).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an instance that took a due check-in has to send it before another instance may take it over (default
    /// 2 minutes): only an instance that stopped mid-send leaves one behind.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many check-ins one outcome may lead to: the first, and one more while the person is not better (default 2).</summary>
    public int MaxCheckIns { get; set; } = 2;

    /// <summary>How many times a check-in the channel refused is tried again, one poll interval apart, before it is dropped (default 5).</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>The longer choice's delay.</summary>
    public TimeSpan LongDelay => Delay * 2;

    /// <summary>Problems that make the options unusable; empty when they are valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (Delay < TimeSpan.FromSeconds(1) || Delay > TimeSpan.FromDays(14))
        {
            yield return $"FollowUp:Delay '{Delay}' must be between 00:00:01 and 14.00:00:00.";
        }

        if (PollInterval < TimeSpan.FromMilliseconds(100) || PollInterval > TimeSpan.FromHours(1))
        {
            yield return $"FollowUp:PollInterval '{PollInterval}' must be between 00:00:00.1 and 01:00:00.";
        }

        if (ClaimLease < TimeSpan.FromSeconds(10))
        {
            yield return $"FollowUp:ClaimLease '{ClaimLease}' must be at least 00:00:10.";
        }

        if (MaxCheckIns is < 1 or > 5)
        {
            yield return $"FollowUp:MaxCheckIns '{MaxCheckIns}' must be between 1 and 5.";
        }

        if (MaxSendAttempts is < 1 or > 50)
        {
            yield return $"FollowUp:MaxSendAttempts '{MaxSendAttempts}' must be between 1 and 50.";
        }
    }
}
