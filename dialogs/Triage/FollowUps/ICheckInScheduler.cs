using Microsoft.Bot.Builder;

namespace BackSpasmBot.Triage.FollowUps;

/// <summary>
/// Books and cancels check-ins for the conversation of a turn. The host keeps them durably in the conversation store
/// and sends each when it is due.
/// </summary>
public interface ICheckInScheduler
{
    /// <summary>
    /// Whether a check-in <paramref name="delay"/> from now could reach this conversation: a one-to-one conversation
    /// on a channel that takes proactive messages and still holds the conversation by then.
    /// </summary>
    bool CanReach(ITurnContext turnContext, TimeSpan delay);

    /// <summary>Books (or replaces) this conversation's check-in; the conversation's state is kept at least until it is due.</summary>
    Task ScheduleAsync(ITurnContext turnContext, CheckInRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels this conversation's check-in; false when none was booked.</summary>
    Task<bool> CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

/// <summary>What a check-in needs besides the conversation's reference, none of it typed by the person.</summary>
/// <param name="DueAt">When to send it.</param>
/// <param name="RegionCode">The region the person said they are in, or null for the deployment's.</param>
/// <param name="Recheck">The finding ids to ask about again.</param>
/// <param name="Round">1 for the first check-in after an outcome, 2 for the one more, and so on.</param>
public sealed record CheckInRequest(DateTimeOffset DueAt, string? RegionCode, IReadOnlyList<string> Recheck, int Round);

/// <summary>No check-ins (the library's default when the host registers none).</summary>
public sealed class NoCheckIns : ICheckInScheduler
{
    public static readonly NoCheckIns Instance = new();

    public bool CanReach(ITurnContext turnContext, TimeSpan delay) => false;

    public Task ScheduleAsync(ITurnContext turnContext, CheckInRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Check-ins are not available.");

    public Task<bool> CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
}
