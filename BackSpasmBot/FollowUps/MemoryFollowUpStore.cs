namespace BackSpasmBot.FollowUps;

/// <summary>Check-ins in process memory (with <c>Storage:Provider=Memory</c>): lost when the host stops, like the state.</summary>
public sealed class MemoryFollowUpStore : IFollowUpStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task ScheduleAsync(FollowUpRecord record, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            _entries[record.Key] = new Entry(record.ToJson(), record.DueAt, record.ExpiresAt);
        }

        return Task.CompletedTask;
    }

    public Task<bool> CancelAsync(string key, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.Remove(key));
        }
    }

    public Task<FollowUpRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var entry) ? FollowUpRecord.FromJson(entry.Json) : null);
        }
    }

    public Task<IReadOnlyList<FollowUpRecord>> ClaimDueAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            foreach (var expired in _entries.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList())
            {
                _entries.Remove(expired);
            }

            var due = _entries
                .Where(pair => pair.Value.DueAt <= now && pair.Value.LeaseUntil <= now)
                .OrderBy(pair => pair.Value.DueAt)
                .Take(max)
                .ToList();
            foreach (var (key, entry) in due)
            {
                _entries[key] = entry with { Owner = owner, LeaseUntil = now + lease };
            }

            return Task.FromResult<IReadOnlyList<FollowUpRecord>>([.. due.Select(pair => FollowUpRecord.FromJson(pair.Value.Json))]);
        }
    }

    public Task CompleteAsync(FollowUpRecord record, string owner, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(record.Key, out var entry) && entry.Owner == owner && entry.DueAt == record.DueAt)
            {
                _entries.Remove(record.Key);
            }
        }

        return Task.CompletedTask;
    }

    public Task RetryAsync(FollowUpRecord record, string owner, DateTimeOffset previousDueAt, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(record.Key, out var entry) && entry.Owner == owner && entry.DueAt == previousDueAt)
            {
                _entries[record.Key] = new Entry(record.ToJson(), record.DueAt, record.ExpiresAt);
            }
        }

        return Task.CompletedTask;
    }

    private sealed record Entry(string Json, DateTimeOffset DueAt, DateTimeOffset ExpiresAt)
    {
        public string Owner { get; init; } = string.Empty;

        public DateTimeOffset LeaseUntil { get; init; } = DateTimeOffset.MinValue;
    }
}
