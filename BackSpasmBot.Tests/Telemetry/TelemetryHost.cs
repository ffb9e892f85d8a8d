using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>A real host with the in-memory exporters, and a sink for its replies.</summary>
public sealed class TelemetryHost : IAsyncDisposable
{
    private TelemetryHost(BotTestHost host, ChannelSink sink, TelemetryCapture capture)
    {
        Host = host;
        Sink = sink;
        Capture = capture;
    }

    public BotTestHost Host { get; }

    public ChannelSink Sink { get; }

    public TelemetryCapture Capture { get; }

    public static async Task<TelemetryHost> StartAsync(Action<WebApplicationBuilder>? configure = null, params string[] settings)
    {
        var capture = new TelemetryCapture();
        var sink = await ChannelSink.StartAsync();
        var host = await BotTestHost.StartAsync(
            builder =>
            {
                capture.AddTo(builder);
                configure?.Invoke(builder);
            },
            settings);
        capture.Attach(host.Services);
        return new TelemetryHost(host, sink, capture);
    }

    public HttpConversation NewConversation(string channelId = "emulator", string? conversationType = null) =>
        new(Host, Sink, channelId, conversationType);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
