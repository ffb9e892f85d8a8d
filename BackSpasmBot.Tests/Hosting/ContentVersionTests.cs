using System.Text.Json;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Hosting;

/// <summary>
/// The clinical content's version (semantic version + hash of the content files) goes everywhere an outcome is
/// recorded: the outcome's channelData, the TriageOutcome log event, and /healthz.
/// </summary>
public sealed class ContentVersionTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private ChannelSink? _sink;
    private BotTestHost? _host;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _host = await BotTestHost.StartAsync(builder => builder.Logging
            .AddProvider(_logs)
            .AddFilter<CapturingLoggerProvider>(category: null, LogLevel.Information));
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _sink!.DisposeAsync();
    }

    [Fact]
    public async Task HealthzNamesTheContentVersion()
    {
        using var response = await _host!.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(ClinicalContent.Default.Version, body.RootElement.GetProperty("contentVersion").GetString());
    }

    [Fact]
    public async Task AnOutcomeCarriesTheContentVersionInItsChannelDataAndItsLogEvent()
    {
        var chat = new HttpConversation(_host!, _sink!);
        await chat.JoinAsync();

        var replies = await chat.SayAsync("my back hurts and I've wet myself without noticing");

        var outcome = replies.Select(TriageData.Of).First(d => d?.IsOutcome == true)!;
        Assert.Equal(ClinicalContent.Default.Version, outcome.ContentVersion);
        var logged = _logs.Entries.Single(e => e.EventId.Name == "TriageOutcome");
        Assert.Equal(ClinicalContent.Default.Version, logged.Properties["ContentVersion"]);
    }
}
