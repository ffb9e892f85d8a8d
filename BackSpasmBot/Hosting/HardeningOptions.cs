using System.ComponentModel.DataAnnotations;

namespace BackSpasmBot.Hosting;

/// <summary>
/// Limits and browser protections, bound from the <c>Hardening</c> section. The defaults suit a person typing and
/// Web Chat's own traffic (join event, typing indicators, polling) with room to spare.
/// </summary>
public sealed class HardeningOptions
{
    public const string SectionName = "Hardening";

    /// <summary>
    /// Largest request body Kestrel accepts, in bytes: 256K characters of JSON (Direct Line's limit) at up to four
    /// UTF-8 bytes each. Bigger bodies are cut off while they arrive, before anything parses them.
    /// </summary>
    [Range(64 * 1024, 64L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How much of one message the triage reads. Longer messages are cut at a word boundary and the person is told
    /// so. Recognising symptoms costs about 40 ms per 2,000 characters and grows faster than linearly beyond.
    /// </summary>
    [Range(200, 20_000)]
    public int MaxMessageCharacters { get; set; } = 2_000;

    /// <summary>Activities one conversation may send: a token bucket per conversation, charged after authentication.</summary>
    public ConversationRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Requests one client address (IPv6: its /64) may make to everything but an authenticated /api/messages: the
    /// page, Direct Line (posts, GETs, reconnects, streams), the token endpoint and an anonymous /api/messages. A
    /// page load is about ten requests; Web Chat polling is one a second.
    /// </summary>
    public ConversationRateLimitOptions AddressRateLimit { get; set; } = new() { Burst = 200, PerPeriod = 100, Period = TimeSpan.FromSeconds(10) };

    /// <summary>New Web Chat conversations (POST /api/directline/token) one client address may open.</summary>
    public ConversationRateLimitOptions TokenRateLimit { get; set; } = new() { Burst = 10, PerPeriod = 10, Period = TimeSpan.FromMinutes(1) };

    /// <summary>Most connections Kestrel keeps open at once (HTTP and WebSocket together).</summary>
    [Range(10, 1_000_000)]
    public long MaxConcurrentConnections { get; set; } = 2_000;

    /// <summary>Most WebSocket connections (Direct Line streams) open at once.</summary>
    [Range(1, 1_000_000)]
    public long MaxConcurrentUpgradedConnections { get; set; } = 1_000;

    /// <summary>
    /// Who may show the Web Chat page in a frame (CSP frame-ancestors): origins such as https://clinic.example.
    /// Empty: only this host itself.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>Configuration mistakes that stop the host from starting.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var origin in FrameAncestors)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"Hardening:FrameAncestors: '{origin}' is not an origin such as https://clinic.example.";
            }
        }
    }
}

/// <summary>A token bucket per conversation (or per address): <see cref="Burst"/> at once, then <see cref="PerPeriod"/> every <see cref="Period"/>.</summary>
public sealed class ConversationRateLimitOptions
{
    /// <summary>Activities a conversation may send in a burst.</summary>
    [Range(1, 10_000)]
    public int Burst { get; set; } = 60;

    /// <summary>Activities added back to the bucket every <see cref="Period"/>.</summary>
    [Range(1, 10_000)]
    public int PerPeriod { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);
}
