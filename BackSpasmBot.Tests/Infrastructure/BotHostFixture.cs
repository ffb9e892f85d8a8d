using BackSpasmBot.Bench.Driver;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>One real host and one sink shared by a test class; each test opens its own conversations.</summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    private BotTestHost? _host;
    private ChannelSink? _sink;

    public BotTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public ChannelSink Sink => _sink ?? throw new InvalidOperationException("The sink has not started.");

    public HttpConversation NewHttpConversation(string channelId = "emulator", string? conversationType = null, string? locale = null) =>
        new(Host, Sink, channelId, conversationType, locale);

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _host = await BotTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}
