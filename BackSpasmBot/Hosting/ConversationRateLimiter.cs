using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>
/// One token bucket per conversation, shared by /api/messages (keyed by channel and conversation id) and the built-in
/// Direct Line's posts. Charged only after the request has proved it may speak in the conversation (a Bot Framework
/// token, a Direct Line token for that conversation), so forged requests cannot use up a person's allowance. A flood
/// in one conversation never slows another.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _period;

    public ConversationRateLimiter(IOptions<HardeningOptions> options)
    {
        var limit = options.Value.RateLimit;
        _period = limit.Period;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => Partition(key, limit));
    }

    /// <summary>The bucket settings for one conversation's partition.</summary>
    public static RateLimitPartition<string> Partition(string key, ConversationRateLimitOptions limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = limit.PerPeriod,
            ReplenishmentPeriod = limit.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>Takes one permit for the conversation; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string channelId, string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(channelId + "/" + conversationId);
        return lease.IsAcquired ? null : RetryAfter(lease, _period);
    }

    /// <summary>The lease's own wait when it has one, else one replenishment period.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan period) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : period;

    /// <summary>Sets 429 and Retry-After (whole seconds, at least one).</summary>
    public static void Reject(HttpResponse response, TimeSpan retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _limiter.Dispose();
}
