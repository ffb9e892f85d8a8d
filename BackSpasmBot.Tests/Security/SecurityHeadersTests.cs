using BackSpasmBot.Tests.Infrastructure;

namespace BackSpasmBot.Tests.Security;

/// <summary>The page and the API carry the browser protections, and no configured secret is ever sent.</summary>
public sealed class SecurityHeadersTests
{
    private const string DirectLineSecret = "dl-secret-never-to-the-browser-93kd";
    private const string AppPassword = "app-password-never-to-the-browser-7Qx";

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/webchat/config")]
    [InlineData("/healthz")]
    public async Task EveryResponseCarriesTheSecurityHeadersAndNoSecret(string path)
    {
        await using var host = await BotTestHost.StartAsync(null, "--Hardening:FrameAncestors:0=https://clinic.example", $"--MicrosoftAppPassword={AppPassword}", $"--DirectLine:Azure:Secret={DirectLineSecret}");

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://clinic.example", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineSecret, body + response.Headers, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPassword, body + response.Headers, StringComparison.Ordinal);
    }
}
