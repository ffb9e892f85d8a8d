using BackSpasmBot.DirectLine;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Hosting;

/// <summary>
/// The browser protections sent with every response. The Content-Security-Policy allows what the Web Chat page needs
/// and nothing else: its own scripts, its own styles plus the ones Web Chat injects at run time ('unsafe-inline'
/// styles; no inline scripts), data:/blob: images and media for attachments, and connections to this host (the
/// built-in Direct Line, HTTP and WebSocket) or, when configured, Azure's Direct Line.
/// </summary>
public sealed class SecurityHeaders
{
    private readonly string _contentSecurityPolicy;

    public SecurityHeaders(IOptions<HardeningOptions> hardening, IOptions<DirectLineOptions> directLine)
    {
        var ancestors = hardening.Value.FrameAncestors.Length == 0 ? "'self'" : "'self' " + string.Join(' ', hardening.Value.FrameAncestors.Select(o => o.TrimEnd('/')));
        _contentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src " + ConnectSources(directLine.Value),
            "frame-ancestors " + ancestors,
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'");
    }

    public string ContentSecurityPolicy => _contentSecurityPolicy;

    public void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = _contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    private static string ConnectSources(DirectLineOptions directLine)
    {
        var sources = new List<string> { "'self'" };
        if (directLine.Azure.IsConfigured)
        {
            sources.AddRange(["https://directline.botframework.com", "wss://directline.botframework.com", "https://*.directline.botframework.com", "wss://*.directline.botframework.com"]);
            if (Uri.TryCreate(directLine.Azure.Domain, UriKind.Absolute, out var domain))
            {
                sources.Add($"{domain.Scheme}://{domain.Authority}");
                sources.Add($"{(domain.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{domain.Authority}");
            }
        }

        return string.Join(' ', sources.Distinct(StringComparer.Ordinal));
    }
}
