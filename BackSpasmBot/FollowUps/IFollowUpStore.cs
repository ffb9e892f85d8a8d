namespace BackSpasmBot.FollowUps;

/// <summary>
/// Booked check-ins, kept in the conversation store (SQLite, Redis, or memory for development), shared by every
/// instance that shares the store.
/// </summary>
/// <remarks>
/// A due check-in is sent once: an instance takes it with <see cref="ClaimDueAsync"/>, which no other instance can do
/// until the lease runs out, and then completes it, or hands it back for a later try. Only an instance that stops
/// between sending and completing leaves a check-in that another sends again after the lease.
/// </remarks>
public interface IFollowUpStore
{
    /// <summary>Books <paramref name="record"/>, replacing the conversation's earlier one; keeps the conversation's state until it expires.</summary>
    Task ScheduleAsync(FollowUpRecord record, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's check-in; false when there was none.</summary>
    Task<bool> CancelAsync(string key, CancellationToken cancellationToken);

    /// <summary>The conversation's check-in, or null.</summary>
    Task<FollowUpRecord?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> due, unexpired check-ins that no one holds, for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<FollowUpRecord>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Removes a check-in this owner took, unless it was booked again or cancelled meanwhile.</summary>
    Task CompleteAsync(FollowUpRecord record, string owner, CancellationToken cancellationToken);

    /// <summary>Hands a check-in this owner took back, due again at <see cref="FollowUpRecord.DueAt"/>.</summary>
    Task RetryAsync(FollowUpRecord record, string owner, DateTimeOffset previousDueAt, CancellationToken cancellationToken);
}
