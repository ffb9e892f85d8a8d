using BackSpasmBot.Hosting;
using BackSpasmBot.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>The real host on a real loopback port, built by the same recipe as Program.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };

        // As the Web Chat page does (app.js): the token endpoint requires it.
        Client.DefaultRequestHeaders.Add(WebChatEndpoints.ClientHeader, "webchat");
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="configure">Replaces services or adds configuration before the app is built.</param>
    /// <param name="settings">Extra configuration as command-line style "--Key=Value" arguments.</param>
    public static async Task<BotTestHost> StartAsync(Action<WebApplicationBuilder>? configure = null, params string[] settings)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", .. DefaultSettings, .. settings];
        var app = BackSpasmBotApp.Build(args, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new BotTestHost(app, new Uri(app.Urls.First()));
    }

    /// <summary>
    /// Tests run in Production (as the host does unless told otherwise), anonymously (they play the channel on
    /// loopback), on the in-memory store, with the per-address limits out of the way (every test request comes from
    /// 127.0.0.1), unless they say otherwise.
    /// </summary>
    private static readonly string[] DefaultSettings =
    [
        "--environment=Production",
        "--Bot:AllowAnonymous=true",
        "--Storage:Provider=Memory",
        "--Hardening:AddressRateLimit:Burst=10000", "--Hardening:AddressRateLimit:PerPeriod=10000", "--Hardening:AddressRateLimit:Period=00:00:01",
        "--Hardening:TokenRateLimit:Burst=10000", "--Hardening:TokenRateLimit:PerPeriod=10000", "--Hardening:TokenRateLimit:Period=00:00:01",
    ];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
