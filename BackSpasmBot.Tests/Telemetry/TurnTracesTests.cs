using System.Diagnostics;
using BackSpasmBot.Tests.Infrastructure;
using BackSpasmBot.Tests.Triage;

namespace BackSpasmBot.Tests.Telemetry;

/// <summary>One span per turn, with the store and connector calls as its children, read from the in-memory exporter.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TurnTracesTests
{
    [Fact]
    public async Task EveryTurnIsOneRootSpanWithItsStoreAndConnectorCallsAsChildren()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var chat = bot.NewConversation();

        await QuietPatient.CompleteAsync(chat);

        var spans = bot.Capture.Spans();
        var turns = spans.Where(s => s.DisplayName.StartsWith("turn ", StringComparison.Ordinal)).ToList();
        Assert.Equal(bot.Capture.Sum("backspasmbot.turns"), turns.Count);
        Assert.All(turns, turn =>
        {
            Assert.Equal(default, turn.ParentSpanId);
            Assert.Equal(ActivityKind.Server, turn.Kind);
            Assert.Equal("emulator", turn.GetTagItem("channel"));
            var children = spans.Where(s => s.ParentSpanId == turn.SpanId).ToList();
            Assert.All(children, child => Assert.Equal(turn.TraceId, child.TraceId));
            Assert.Contains(children, c => c.DisplayName == "store read" && (string?)c.GetTagItem("provider") == "memory");
            Assert.Contains(children, c => c.DisplayName == "store write");
            Assert.Contains(children, c => c.DisplayName == "connector send" && c.Kind == ActivityKind.Client);
        });
        Assert.All(spans.Where(s => !turns.Contains(s)), span => Assert.Contains(turns, t => t.SpanId == span.ParentSpanId));
    }

    [Fact]
    public async Task TheConversationHashGroupsAConversationsTurnsAndDiffersBetweenConversations()
    {
        await using var bot = await TelemetryHost.StartAsync();
        var first = bot.NewConversation();
        var second = bot.NewConversation();
        await first.JoinAsync();
        await first.SayAsync(QuietPatient.Opening);
        await second.JoinAsync();

        var hashes = bot.Capture.Spans()
            .Where(s => s.DisplayName.StartsWith("turn ", StringComparison.Ordinal))
            .Select(s => (string?)s.GetTagItem("conversation.hash"))
            .ToList();

        Assert.Equal(3, hashes.Count);
        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
        Assert.All(hashes, hash => Assert.Matches("^[0-9a-f]{16}$", hash));
    }
}
