using BackSpasmBot.Bench.Driver;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Tests against a real bot host whose log events are captured from <paramref name="minimum"/> up, with a channel
/// sink to receive its replies. One host per test.
/// </summary>
public abstract class LoggedBotHostTests(LogLevel minimum) : IAsyncLifetime
{
    protected CapturingLoggerProvider Logs { get; } = new();

    protected ChannelSink Sink { get; private set; } = null!;

    protected BotTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync();
        Host = await BotTestHost.StartAsync(builder => builder.Logging
            .AddProvider(Logs)
            .AddFilter<CapturingLoggerProvider>(category: null, minimum));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
