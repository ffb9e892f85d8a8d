using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Tests.Triage;

public sealed class RegionTests
{
    private static async Task<string> EmergencyTextAsync(BotTestHost host, ChannelSink sink, string? locale)
    {
        var chat = new HttpConversation(host, sink, locale: locale);
        await chat.JoinAsync();
        var replies = await chat.SayAsync("I've lost control of my bladder");
        return replies.Single(r => TriageData.Of(r)?.Disposition == "emergency").Text;
    }

    [Theory]
    [InlineData(null, "999")]
    [InlineData("en-GB", "999")]
    [InlineData("en-US", "911")]
    [InlineData("en-AU", "000")]
    [InlineData("de-DE", "112")]
    public async Task TheEmergencyNumberFollowsTheLocaleAndFallsBackToTheDefaultRegion(string? locale, string number)
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync();

        Assert.Contains($"Call {number}", await EmergencyTextAsync(host, sink, locale), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationChoosesTheDefaultRegionAndCanOverrideItsNumbers()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null,
            "--Triage:DefaultRegion=XX",
            "--Triage:Regions:XX:EmergencyNumber=555",
            "--Triage:Regions:XX:NonEmergencyName=the clinic line",
            "--Triage:Regions:XX:NonEmergencyNumber=5550");

        Assert.Contains("Call 555", await EmergencyTextAsync(host, sink, null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDefaultRegionStopsTheHostAtStartUp()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=Atlantis");
        });

        Assert.Contains("Triage:DefaultRegion", failure.Message, StringComparison.Ordinal);
    }
}
