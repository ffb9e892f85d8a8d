using System.ComponentModel.DataAnnotations;

namespace BackSpasmBot.DirectLine;

/// <summary>
/// The Web Chat channel: the built-in Direct Line 3.0 (for laptops, intranets without Azure, and tests) and the
/// token exchange with Azure Bot Service's Direct Line (production). Bound from the <c>DirectLine</c> section.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Whether the host serves Direct Line 3.0 itself at <c>/v3/directline</c>. Unset means on in Development and
    /// off elsewhere: a production host is reached through Azure Bot Service unless this is set explicitly.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Origins (scheme://host[:port]) of other sites allowed to call the Direct Line and token endpoints from a
    /// browser (CORS). Empty: only pages served by this host itself.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a built-in Direct Line token lives. Clients refresh every 15 minutes, so at least 20.</summary>
    [Range(typeof(TimeSpan), "00:20:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs built-in tokens. Empty: a random key made at start-up, so tokens
    /// do not survive a restart (neither do the in-memory conversations they point at).
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Most conversations kept in memory; the least recently active one is dropped beyond this.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>A conversation with no activity for this long is dropped.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most activities kept per conversation; beyond it the conversation accepts no more posts.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>
    /// Most bytes of activity JSON kept per conversation (each activity is kept once, as UTF-8 JSON); beyond it the
    /// conversation accepts no more posts. A full triage takes about 30 KB.
    /// </summary>
    [Range(64 * 1024, 256L * 1024 * 1024)]
    public long MaxBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>Most bytes of activity JSON kept for all conversations together; beyond it posts and new conversations get 503.</summary>
    [Range(1024 * 1024, 64L * 1024 * 1024 * 1024)]
    public long MaxTotalBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How long one WebSocket send may take; a client that reads slower than this is disconnected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The address clients reach this host at (https://bot.example, with a path if the host sits under one). When set,
    /// the Direct Line domain, stream URLs and service URLs are built from it instead of the request's Host header.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Interval of the empty keep-alive messages on a WebSocket stream.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Azure Bot Service's Direct Line, used in production.</summary>
    public AzureDirectLineOptions Azure { get; set; } = new();

    /// <summary>Whether the built-in Direct Line is on in this environment.</summary>
    public bool IsEnabledIn(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();

    /// <summary>Configuration mistakes that stop the host from starting.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"DirectLine:AllowedOrigins: '{origin}' is not an origin such as https://clinic.example.";
            }
        }

        if (!string.IsNullOrEmpty(TokenSigningKey) && DecodedSigningKey() is not { Length: >= 32 })
        {
            yield return "DirectLine:TokenSigningKey must be base64 of at least 32 bytes.";
        }

        // The secret travels to the token endpoint in a header: never in the clear, except to this very machine.
        if (!string.IsNullOrEmpty(Azure.Secret)
            && (!Uri.TryCreate(Azure.TokenEndpoint, UriKind.Absolute, out var endpoint) || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))))
        {
            yield return "DirectLine:Azure:TokenEndpoint must be an absolute https URL (http only to a loopback address).";
        }

        if (!string.IsNullOrEmpty(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var publicBase) || (publicBase.Scheme != Uri.UriSchemeHttps && publicBase.Scheme != Uri.UriSchemeHttp) || publicBase.Query.Length > 0))
        {
            yield return $"DirectLine:PublicBaseUrl: '{PublicBaseUrl}' is not an absolute http(s) URL such as https://bot.example.";
        }
    }

    /// <summary>The configured signing key, or null when it is missing or not base64.</summary>
    public byte[]? DecodedSigningKey()
    {
        if (string.IsNullOrEmpty(TokenSigningKey))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(TokenSigningKey);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>Azure Bot Service's Direct Line channel.</summary>
public sealed class AzureDirectLineOptions
{
    public const string DefaultTokenEndpoint = "https://directline.botframework.com/v3/directline/tokens/generate";

    /// <summary>The Direct Line channel secret. Kept on the server: the page only ever gets tokens made from it.</summary>
    public string? Secret { get; set; }

    /// <summary>Where the secret is exchanged for a token.</summary>
    public string TokenEndpoint { get; set; } = DefaultTokenEndpoint;

    /// <summary>
    /// The Direct Line base the page talks to, e.g. https://europe.directline.botframework.com/v3/directline for a
    /// regional channel. Empty: Web Chat's default (the global endpoint).
    /// </summary>
    public string? Domain { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(Secret);
}
