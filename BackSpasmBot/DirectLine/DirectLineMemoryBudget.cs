namespace BackSpasmBot.DirectLine;

/// <summary>
/// The bytes of activity JSON all built-in Direct Line conversations hold together, against
/// <see cref="DirectLineOptions.MaxTotalBytes"/>. Thread-safe.
/// </summary>
public sealed class DirectLineMemoryBudget(long maxBytes)
{
    private long _used;

    public long Used => Interlocked.Read(ref _used);

    public long MaxBytes => maxBytes;

    /// <summary>Takes <paramref name="bytes"/> if that leaves <paramref name="headroom"/> free; false (nothing taken) otherwise.</summary>
    public bool TryTake(long bytes, long headroom)
    {
        while (true)
        {
            var used = Interlocked.Read(ref _used);
            if (used + bytes + headroom > maxBytes)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _used, used + bytes, used) == used)
            {
                return true;
            }
        }
    }

    /// <summary>Takes <paramref name="bytes"/> even past the limit: the bot's replies to a post already accepted (the headroom covers them).</summary>
    public void Take(long bytes) => Interlocked.Add(ref _used, bytes);

    public void Give(long bytes) => Interlocked.Add(ref _used, -bytes);

    /// <summary>Whether a new conversation's first activities would still fit.</summary>
    public bool HasRoomFor(long bytes) => Used + bytes <= maxBytes;
}
