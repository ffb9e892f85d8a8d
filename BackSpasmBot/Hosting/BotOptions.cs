namespace BackSpasmBot.Hosting;

/// <summary>
/// How the bot may run, bound from the <c>Bot</c> section; <see cref="MicrosoftAppId"/> comes from the root key the
/// Bot Framework SDK reads. Without an app id the messaging endpoint accepts unsigned requests (anonymous mode): fine
/// for the Emulator and the Agents Playground on a laptop, dangerous anywhere else.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Lets the host start without Bot Framework credentials outside Development. Default false: such a host refuses
    /// to start. When true, a warning is logged on every start.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// In anonymous mode, the service URLs (base URLs such as https://tunnel.example/emulator) the bot may reply to
    /// besides loopback addresses. Activities naming any other serviceUrl are refused with 403 and never processed.
    /// </summary>
    public string[] AnonymousServiceUrls { get; set; } = [];

    /// <summary>The root <c>MicrosoftAppId</c>; empty means anonymous mode.</summary>
    public string? MicrosoftAppId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Whether an anonymous bot may post replies to <paramref name="serviceUrl"/>: loopback, or under an allowed base URL.</summary>
    public bool MayReplyTo(Uri serviceUrl) =>
        serviceUrl.IsLoopback
        || AnonymousServiceUrls.Any(allowed => Uri.TryCreate(allowed, UriKind.Absolute, out var baseUrl) && IsUnder(serviceUrl, baseUrl));

    /// <summary>Configuration mistakes that stop the host from starting.</summary>
    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (IsAnonymous && !AllowAnonymous && !environment.IsDevelopment())
        {
            yield return $"Bot:AllowAnonymous: the {environment.EnvironmentName} environment needs Bot Framework credentials (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId). "
                + "Set them, or set Bot:AllowAnonymous=true to accept unsigned requests on /api/messages.";
        }

        foreach (var allowed in AnonymousServiceUrls)
        {
            if (!Uri.TryCreate(allowed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"Bot:AnonymousServiceUrls: '{allowed}' is not an absolute http(s) URL.";
            }
        }
    }

    private static bool IsUnder(Uri url, Uri baseUrl) =>
        string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUrl.Port
        && url.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal);
}
