using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BackSpasmBot.Tests.Triage;

/// <summary>
/// The region is the deployment's (a clinic knows where its patients are): the locale chooses the language, not the
/// country, unless the deployment allows it; the person can say where they are (docs/clinical-content.md §5).
/// </summary>
public sealed class RegionTests
{
    private static async Task<string> EmergencyTextAsync(BotTestHost host, ChannelSink sink, string? locale, string? before = null)
    {
        var chat = new HttpConversation(host, sink, locale: locale);
        await chat.JoinAsync();
        if (before is not null)
        {
            await chat.SayAsync(before);
        }

        var replies = await chat.SayAsync("I've lost control of my bladder");
        return replies.Single(r => TriageData.Of(r)?.Disposition == "emergency").Text;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en-GB")]
    [InlineData("en-US")]
    [InlineData("en-AU")]
    [InlineData("de-DE")]
    [InlineData("xx-ZZ")]
    public async Task TheDeploymentsRegionGivesTheNumbersWhateverTheLocale(string? locale)
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=GB");

        var text = await EmergencyTextAsync(host, sink, locale);

        Assert.Contains("call 999 (or your local emergency number)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("911", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGbDeploymentWithAnEnUsLocaleGives999And111()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=GB");
        var chat = new HttpConversation(host, sink, locale: "en-US");
        await chat.JoinAsync();

        var replies = await chat.SayAsync("I had breast cancer a few years ago and my back hurts");
        for (var turn = 0; turn < 20 && !replies.Any(r => TriageData.Of(r)?.IsOutcome == true); turn++)
        {
            replies = await chat.SayAsync("no");
        }

        var urgent = replies.Single(r => TriageData.Of(r)?.Disposition == "urgent").Text;
        Assert.Contains("NHS 111 on 111", urgent, StringComparison.Ordinal);
        Assert.Contains("call 999", urgent, StringComparison.Ordinal);
        Assert.DoesNotContain("911", urgent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm in the US")]
    [InlineData("we live in the United States")]
    [InlineData("Hi, I am currently in America.")]
    public async Task SayingImInTheUsSwitchesTo911(string saying)
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=GB");

        var text = await EmergencyTextAsync(host, sink, "en-GB", before: saying);

        Assert.Contains("call 911 (or your local emergency number)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("999", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayingWhereYouAreMidQuestionAcknowledgesItAndAsksTheSameQuestionAgain()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=GB");
        var chat = new HttpConversation(host, sink);
        await chat.JoinAsync();
        var first = (await chat.SayAsync("my back went into spasm")).Select(TriageData.Of).Last(d => d?.IsQuestion == true);

        var replies = await chat.SayAsync("I'm in Canada");

        Assert.Contains(replies, r => r.Text.Contains("call 911", StringComparison.Ordinal));
        Assert.Equal(first!.Asks, replies.Select(TriageData.Of).Last(d => d?.IsQuestion == true)!.Asks);
    }

    [Fact]
    public async Task ADeploymentThatAllowsItCanLetTheLocaleChooseTheRegion()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotTestHost.StartAsync(null, "--Triage:DefaultRegion=GB", "--Triage:RegionFromLocale=true");

        Assert.Contains("call 911", await EmergencyTextAsync(host, sink, "en-US"), StringComparison.Ordinal);
        Assert.Contains("call 999", await EmergencyTextAsync(host, sink, "xx-ZZ"), StringComparison.Ordinal);
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

        Assert.Contains("call 555", await EmergencyTextAsync(host, sink, null), StringComparison.Ordinal);
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
