using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace BackSpasmBot.Hosting;

/// <summary>
/// Token buckets per client address. Per-conversation limits alone are passed by asking for a new conversation (or
/// naming a new conversation id) for each request; an address cannot change that cheaply. An IPv6 client is counted
/// by its /64, the block one subscriber usually holds.
/// </summary>
public static class AddressRateLimiter
{
    /// <summary>The policy on the token endpoint: new conversations per address.</summary>
    public const string TokenPolicy = "TokenPerAddress";

    /// <summary>
    /// The limiter run before every endpoint. An authenticated /api/messages is exempt: all of Bot Service's traffic
    /// arrives from a few addresses, and its conversations are limited after authentication instead.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> Create(ConversationRateLimitOptions limit, BotOptions bot) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            !bot.IsAnonymous && http.Request.Path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : Partition(http, "address", limit));

    /// <summary>A token bucket for the request's client address, under <paramref name="scope"/>.</summary>
    public static RateLimitPartition<string> Partition(HttpContext http, string scope, ConversationRateLimitOptions limit) =>
        ConversationRateLimiter.Partition(scope + "/" + KeyOf(http.Connection.RemoteIpAddress), limit);

    /// <summary>The address, or its /64 for IPv6.</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
