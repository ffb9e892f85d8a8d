using System.Text.RegularExpressions;
using BackSpasmBot.Bench;
using BackSpasmBot.Bench.Driver;
using BackSpasmBot.Bench.Hosting;
using BackSpasmBot.Bench.Targets;
using BackSpasmBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackSpasmBot.Tests.Bench;

/// <summary>
/// The benchmark's driver against our real host, for a handful of conversations: it must complete triages on both
/// paths, see every reply before the turn's response, and print well-formed tables ending with the ratio line.
/// Speed is the benchmark's business, not these tests'.
/// </summary>
public sealed class QuickRunTests
{
    private static readonly TimeSpan Plenty = TimeSpan.FromMinutes(2);

    /// <summary>As in the benchmark: a simulated patient answers faster than any person, so the per-conversation limit is lifted.</summary>
    private static readonly string[] NoRateLimit =
        [
            "--Hardening:RateLimit:Burst=10000", "--Hardening:RateLimit:PerPeriod=10000", "--Hardening:RateLimit:Period=00:00:01",
            "--Hardening:AddressRateLimit:Burst=10000", "--Hardening:AddressRateLimit:PerPeriod=10000", "--Hardening:AddressRateLimit:Period=00:00:01",
        ];

    [Fact]
    public async Task DrivesEscalatedAndSelfCareTriagesToTheirOutcomes()
    {
        await using var host = await BotTestHost.StartAsync(null, NoRateLimit);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();

        var result = await new LoadDriver(sink, http).RunAsync(MessagesUrl(host), new LoadPlan(4, Plenty, MaxConversations: 8));

        Assert.Null(result.FirstError);
        Assert.Equal(8, result.Conversations);
        Assert.Equal(0, result.LateReplies);

        // One in four opens with a red flag and one in four admits one midway; the other half end in self-care.
        Assert.Equal(4, result.Outcomes.GetValueOrDefault("emergency"));
        Assert.Equal(4, result.Outcomes.GetValueOrDefault("selfcare"));
        Assert.Equal(result.Turns, result.LatenciesMs.Length);
        Assert.True(result.RepliesChecked > 8 * 2, "every message turn's reply is checked");
        Assert.True(result.ChannelPosts >= result.RepliesChecked, $"each checked reply was a post to the channel: {result.ChannelPosts} posts, {result.RepliesChecked} replies checked");
    }

    [Fact]
    public async Task LongConversationsRestartAfterEachOutcome()
    {
        await using var host = await BotTestHost.StartAsync(null, NoRateLimit);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();

        var result = await new LoadDriver(sink, http).RunAsync(MessagesUrl(host), new LoadPlan(2, Plenty, MaxConversations: 2, LongTurns: 80));

        Assert.Null(result.FirstError);
        Assert.Equal(2 * 81, result.Turns);
        Assert.True(result.Outcomes.GetValueOrDefault("selfcare") >= 4, $"two self-care outcomes per conversation, got {result.Outcomes.GetValueOrDefault("selfcare")}");
    }

    [Fact]
    public async Task TheEchoBaselineRunsOnTheSameHostThroughTheBuildHook()
    {
        await using var host = await BotTestHost.StartAsync(builder =>
        {
            builder.Services.RemoveAll<IBot>();
            builder.Services.AddSingleton<IBot, EchoBot>();
        }, NoRateLimit);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();

        var result = await new LoadDriver(sink, http).RunAsync(MessagesUrl(host), new LoadPlan(2, Plenty, MaxConversations: 4, Echo: true));

        Assert.Null(result.FirstError);
        Assert.Equal(4 * 11, result.Turns);
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public async Task TheJavaScriptPeerInTheRepositoryAnswersTheSameContract()
    {
        await using var peer = await StartPeerAsync(echo: false);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();

        var result = await new LoadDriver(sink, http).RunAsync(peer.MessagesUrl, new LoadPlan(4, Plenty, MaxConversations: 8));

        Assert.Null(result.FirstError);
        Assert.Equal(0, result.LateReplies);
        Assert.Equal(4, result.Outcomes.GetValueOrDefault("emergency"));
        Assert.Equal(4, result.Outcomes.GetValueOrDefault("selfcare"));

        // Its questions mirror ours, so a self-care triage takes as many turns: a join, the opening and 21 answers.
        Assert.Equal((2 * 2) + (2 * 3) + (4 * 23), result.Turns);
    }

    [Fact]
    public async Task TheJavaScriptPeerEchoes()
    {
        await using var peer = await StartPeerAsync(echo: true);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();

        var result = await new LoadDriver(sink, http).RunAsync(peer.MessagesUrl, new LoadPlan(2, Plenty, MaxConversations: 4, Echo: true));

        Assert.Null(result.FirstError);
        Assert.Equal(4 * 11, result.Turns);
    }

    [Fact]
    public async Task AQuickRunPrintsATablePerLevelAndEndsWithTheRatioLine()
    {
        await using var host = await BotTestHost.StartAsync(null, NoRateLimit);
        await using var sink = await ChannelSink.StartAsync();
        using var http = LoadDriver.CreateHttpClient();
        var driver = new LoadDriver(sink, http);
        var options = BenchOptions.Parse(["--quick"]) with { LevelDuration = TimeSpan.FromSeconds(0.5), WarmUp = TimeSpan.FromSeconds(0.2), LongTurns = 30 };
        await using var target = new InProcessTarget(Suite.SqliteTriage, MessagesUrl(host));
        var output = new StringWriter();

        var measurements = await Suite.MeasureAsync(driver, target, options, output, CancellationToken.None);
        Suite.WriteReport(measurements, options, output);

        var text = output.ToString();
        Assert.All(measurements, m => Assert.Null(m.Load.FirstError));
        Assert.Contains("### 1 concurrent conversation", text, StringComparison.Ordinal);
        Assert.Contains("### 16 concurrent conversations", text, StringComparison.Ordinal);
        Assert.Contains("### Long conversations", text, StringComparison.Ordinal);
        Assert.Matches(@"\| ours triage SQLite \| [\d,]+ \| [\d.,]+ \| [\d.,]+ \| [\d.,]+ \| [\d.,]+ \| ", text);
        var lines = text.TrimEnd().Split(Environment.NewLine);

        // No peer ran, so there is no ratio to give, but the line is still last and well formed.
        Assert.Matches(new Regex(@"^triage/peer throughput ratio: (\d+\.\d\d|n/a)$"), lines[^1]);
        Assert.Equal("triage/peer throughput ratio: n/a", lines[^1]);
    }

    /// <summary>The peer from bench/peer, installed in a temp folder as the benchmark installs it.</summary>
    private static async Task<PeerProcess> StartPeerAsync(bool echo)
    {
        var source = PeerProcess.DefaultSource() ?? throw new InvalidOperationException("bench/peer is missing from the repository.");
        var installed = await PeerProcess.PrepareAsync(source, TextWriter.Null, CancellationToken.None);
        return await PeerProcess.StartAsync(installed, echo, CancellationToken.None);
    }

    private static Uri MessagesUrl(BotTestHost host) => new(host.BaseAddress, "/api/messages");

    /// <summary>The host in this process: memory figures are the test process's, which is enough to check the output.</summary>
    private sealed class InProcessTarget(string name, Uri messagesUrl) : IBotTarget
    {
        public string Name => name;

        public Uri MessagesUrl => messagesUrl;

        public bool Echo => false;

        public Task<ProcessSample> SampleAsync(bool collect, CancellationToken cancellationToken) =>
            Task.FromResult(new ProcessSample(TimeSpan.Zero, Environment.WorkingSet, Environment.WorkingSet, GC.GetTotalAllocatedBytes(), GC.GetTotalMemory(false)));

        public void ResetPeak()
        {
        }

        public Task<StoreSample?> ProbeStoreAsync(string conversationPrefix, CancellationToken cancellationToken) => Task.FromResult<StoreSample?>(null);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
