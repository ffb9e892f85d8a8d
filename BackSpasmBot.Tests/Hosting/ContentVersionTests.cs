using System.Text.Json;
using BackSpasmBot.Clinical.Content;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BackSpasmBot.Tests.Hosting;

/// <summary>
/// The clinical content's version (semantic version + hash of the content files) goes everywhere an outcome is
/// recorded: the outcome's channelData, the TriageOutcome log event, and /healthz.
/// </summary>
public sealed class ContentVersionTests() : LoggedBotHostTests(LogLevel.Information)
{
    [Fact]
    public async Task HealthzNamesTheContentVersion()
    {
        using var response = await Host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(ClinicalContent.Default.Version, body.RootElement.GetProperty("contentVersion").GetString());
    }

    [Fact]
    public async Task AnOutcomeCarriesTheContentVersionInItsChannelDataAndItsLogEvent()
    {
        var chat = new HttpConversation(Host, Sink);
        await chat.JoinAsync();

        var replies = await chat.SayAsync("my back hurts and I've wet myself without noticing");

        var outcome = replies.Select(TriageData.Of).First(d => d?.IsOutcome == true)!;
        Assert.Equal(ClinicalContent.Default.Version, outcome.ContentVersion);
        var logged = Logs.Entries.Single(e => e.EventId.Name == "TriageOutcome");
        Assert.Equal(ClinicalContent.Default.Version, logged.Properties["ContentVersion"]);
    }
}
